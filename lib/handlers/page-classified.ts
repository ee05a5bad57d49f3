import type { Handler } from './types';

export const pageClassified: Handler<'cs/page-classified'> = async () => {
  throw new Error('not implemented yet');
};
