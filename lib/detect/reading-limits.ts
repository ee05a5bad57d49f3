// The limits belong to the message protocol (the schema of a page reading); the reader cuts to them.
export { READING_LIMITS } from '../messages/reading-limits';
