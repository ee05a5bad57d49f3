import type { Handler } from './types';

export const remindersRebuild: Handler<'ui/reminders-rebuild'> = async () => {
  throw new Error('not implemented yet');
};
