import type { Handler } from './types';

export const attemptDetected: Handler<'cs/attempt-detected'> = async () => {
  throw new Error('not implemented yet');
};
