import type { Handler } from './types';

export const callChanged: Handler<'ui/call-changed'> = async () => {
  throw new Error('not implemented yet');
};
