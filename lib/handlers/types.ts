import type { MessageType, Request } from '../messages/protocol';

// The handler types belong to the protocol (the router takes a table of them); re-exported here
// for the handlers' own imports.
export type { Handler, HandlerContext, HandlerTable } from '../messages/handler';

export type MessageOf<T extends MessageType> = Request<T>;
