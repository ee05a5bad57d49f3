import { isNeverSite } from '../autolog/site';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import type { Settings } from '../settings/schema';

/**
 * The settings under which a contact seen on a page is logged, or a refusal saying why it is not:
 * automatic logging switched off, or the page's site on the "never log on this site" list. Read
 * afresh for each report: a report replayed from the outbox must obey the settings of now.
 */
export async function pageLoggingSettings(pageUrl: string): Promise<Settings> {
  const settings = await loadSettings();
  if (!settings.autoLog) throw new Refusal('not logged: automatic logging is switched off');
  if (isNeverSite(pageUrl, settings.neverOnSites)) {
    throw new Refusal('not logged: this site is on the "never log on this site" list');
  }
  return settings;
}
