import type { MessageType, Request, Response } from './protocol';

/** What the background knows about a message's origin, after the sender check. */
export interface HandlerContext {
  /** 'page' = a content script in a web page; 'extension' = one of our own pages. */
  origin: 'page' | 'extension';
  tabId?: number;
  /** The sending frame's URL (content scripts: the web page). */
  url?: string;
  now: number;
}

/** A handler does one job: validate-then-write in one transaction, and answer with its message's response. */
export type Handler<T extends MessageType> = (msg: Request<T>, ctx: HandlerContext) => Promise<Response<T>>;

/**
 * One handler per message type. The router takes it injected (the background wires lib/handlers
 * in), so lib/messages knows the protocol but not the handlers.
 */
export type HandlerTable = { [T in MessageType]: Handler<T> };
