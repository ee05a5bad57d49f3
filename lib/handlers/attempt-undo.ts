import type { Handler } from './types';

export const attemptUndo: Handler<'cs/attempt-undo'> = async () => {
  throw new Error('not implemented yet');
};
