import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataPanel } from '../../../components/exchange/DataPanel';
import { inPageImportClient } from '../../../components/exchange/import-client';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { buildBackup, serializeBackup, type BackupData } from '../../../lib/exchange/backup';
import { settingsItem } from '../../../lib/settings/items';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { sampleData, seed, tableCounts } from './sample';

function backupFile(data: BackupData, settings?: Settings): File {
  const json = serializeBackup(
    buildBackup({
      data,
      scope: 'all',
      appVersion: '0.1.0',
      now: Date.UTC(2026, 10, 1),
      ...(settings ? { settings } : {}),
    }),
  );
  return new File([json], 'backup.json', { type: 'application/json' });
}

describe('after an import, reminders are re-armed', () => {
  let db: PaperTrailDb;
  /** Messages the page sent, with the settings stored at that moment. */
  let sent: Array<{ message: unknown; followUpDays: number }>;
  beforeEach(() => {
    db = new PaperTrailDb(`reminders-${crypto.randomUUID()}`);
    setDbForTests(db);
    sent = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push({ message, followUpDays: (await settingsItem.getValue()).remindAfterEmailWorkingDays });
      return { ok: true, data: { scheduled: 0 } };
    });
  });
  afterEach(() => {
    cleanup();
    setDbForTests(undefined);
    db.close();
  });

  it('sends ui/reminders-rebuild once the records are committed, after a replace stored the file’s settings', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(2));
    const fileSettings: Settings = { ...DEFAULT_SETTINGS, remindAfterEmailWorkingDays: 9 };
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.upload(screen.getByLabelText('Backup file'), backupFile(sampleData(5), fileSettings));
    await user.click(await screen.findByRole('radio', { name: /Replace everything/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 9 records written.');
    expect((await tableCounts(db)).attempts).toBe(5);
    expect(sent).toEqual([{ message: { type: 'ui/reminders-rebuild' }, followUpDays: 9 }]);
  });

  it('sends it after a merge too, and not after a failed import (nothing changed)', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(2));
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.upload(screen.getByLabelText('Backup file'), backupFile(sampleData(4)));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 2 records written.');
    expect(sent.map((s) => s.message)).toEqual([{ type: 'ui/reminders-rebuild' }]);

    sent = [];
    const incoming = sampleData(6);
    const poisoned = incoming.attempts[5]!.id;
    db.attempts.hook('creating', (key) => {
      if (key === poisoned) throw new Error('disk full');
    });
    await user.upload(screen.getByLabelText('Backup file'), backupFile(incoming));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The import failed \(.*disk full.*\)\. Your data was restored as it was before\.$/,
    );
    expect((await tableCounts(db)).attempts).toBe(4);
    expect(sent).toEqual([]);
  });
});
