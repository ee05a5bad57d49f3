import { serialQueue } from '../capture/queue';

/**
 * Mail reports are handled one after another: a report that arrives as a message and through the
 * outbox at once is then stored once, the second seeing what the first wrote.
 */
export const mailQueue = serialQueue();
