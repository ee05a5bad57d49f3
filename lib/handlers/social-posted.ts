import type { Handler } from './types';

export const socialPosted: Handler<'cs/social-posted'> = async () => {
  throw new Error('not implemented yet');
};
