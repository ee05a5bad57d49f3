import type { Settings } from '../settings/schema';
import type { MailClient } from './clients';

/** Is logging switched on for this mail client? Off with automatic logging as a whole. */
export function mailLoggingOn(settings: Settings, client: MailClient): boolean {
  return settings.autoLog && settings.mailLogging[client];
}
