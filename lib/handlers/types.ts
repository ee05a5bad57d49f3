import type { AnyMessage } from '../messages/protocol';

/** What the background knows about a message's origin, after the sender check. */
export interface HandlerContext {
  /** 'page' = a content script in a web page; 'extension' = one of our own pages. */
  origin: 'page' | 'extension';
  tabId?: number;
  /** The sending frame's URL (content scripts: the web page). */
  url?: string;
  now: number;
}

export type MessageOf<T extends AnyMessage['type']> = Extract<AnyMessage, { type: T }>;

/** A handler does one job: validate-then-write in one transaction, and return plain data. */
export type Handler<T extends AnyMessage['type']> = (msg: MessageOf<T>, ctx: HandlerContext) => Promise<unknown>;
