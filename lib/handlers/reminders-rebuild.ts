import { requestReminderRebuild } from '../followup/scheduler';
import type { Handler } from './types';

/** An extension page changed records that move reminders: rebuild them from the database. */
export const remindersRebuild: Handler<'ui/reminders-rebuild'> = async () => ({
  scheduled: await requestReminderRebuild(),
});
