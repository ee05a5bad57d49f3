import { send } from '../background-client';

/** Tells the background that records moved reminders (a promise, a fix…); it re-arms its alarm. */
export function remindersChanged(): void {
  void send({ type: 'ui/reminders-rebuild' });
}
