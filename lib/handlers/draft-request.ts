import type { Handler } from './types';

export const draftRequest: Handler<'cs/draft-request'> = async () => {
  throw new Error('not implemented yet');
};
