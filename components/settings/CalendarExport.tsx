import { useState } from 'react';
import { remindersCalendar } from '../../lib/followup/ics';
import { allReminders } from '../../lib/followup/reminder-store';
import { localTimeZone } from '../../lib/followup/zoned-time';
import { plural, t } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/items';
import { downloadBlob } from '../exchange/export-actions';

/** How far back a reminder still goes into the calendar file: a promise broken last week is news. */
const RECENT_MS = 7 * 86_400_000;

/** Saves the reminders of every open case — promises due, silences to chase, fixes to check — as an .ics file. */
export function CalendarExport() {
  const [status, setStatus] = useState('');
  const save = async () => {
    const now = Date.now();
    const reminders = (await allReminders(await loadSettings(), now, localTimeZone())).filter(
      (r) => r.dueAt >= now - RECENT_MS,
    );
    const day = new Date(now).toISOString().slice(0, 10);
    downloadBlob(
      new Blob([remindersCalendar(reminders, now)], { type: 'text/calendar' }),
      `paper-trail-reminders-${day}.ics`,
    );
    setStatus(plural(reminders.length, 'followup.calendar.saved'));
  };
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('followup.calendar.heading')}</h2>
      <p>{t('followup.calendar.intro')}</p>
      <p className="actions">
        <button type="button" onClick={() => void save()}>
          {t('followup.calendar.save')}
        </button>
        <span role="status">{status}</span>
      </p>
    </section>
  );
}
