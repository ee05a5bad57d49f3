import type { Handler } from './types';

export const socialReplySeen: Handler<'cs/social-reply-seen'> = async () => {
  throw new Error('not implemented yet');
};
