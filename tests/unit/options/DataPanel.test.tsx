import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../../components/exchange/DataPanel';
import { inPageImportClient } from '../../../components/exchange/import-client';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { buildBackup, serializeBackup } from '../../../lib/exchange/backup';
import { settingsItem } from '../../../lib/settings/items';
import { sampleData, seed, tableCounts } from '../exchange/sample';

function backupFile(attempts: number, name = 'backup.json'): File {
  const json = serializeBackup(
    buildBackup({ data: sampleData(attempts), scope: 'all', appVersion: '0.1.0', now: Date.UTC(2026, 10, 1) }),
  );
  return new File([json], name, { type: 'application/json' });
}

describe('Your data panel', () => {
  let db: PaperTrailDb;
  let downloads: string[];
  beforeEach(() => {
    db = new PaperTrailDb(`panel-${crypto.randomUUID()}`);
    setDbForTests(db);
    downloads = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => {
    cleanup();
    setDbForTests(undefined);
    db.close();
  });

  it('imports a file after showing what a merge would do', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(2));
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.upload(screen.getByLabelText('Backup file'), backupFile(5));
    const table = await screen.findByRole('table', { name: /What a merge would do/ });
    const attemptsRow = Array.from(table.querySelectorAll('tr')).find((row) =>
      row.textContent?.startsWith('Contact attempts'),
    );
    expect(Array.from(attemptsRow?.querySelectorAll('td') ?? []).map((td) => td.textContent)).toEqual([
      '3',
      '2',
      '0',
      '0',
    ]);
    expect((await tableCounts(db)).attempts).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 3 records written.')).toBeTruthy();
    expect((await tableCounts(db)).attempts).toBe(5);
  });

  it('lists precise problems for a bad file and writes nothing', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(2));
    const before = await tableCounts(db);
    render(<DataPanel createImportClient={inPageImportClient} />);
    const json = serializeBackup(buildBackup({ data: sampleData(3), scope: 'all', appVersion: '1', now: 1 })).replace(
      '"channel":"email"',
      '"channel":"fax"',
    );
    await user.upload(screen.getByLabelText('Backup file'), new File([json], 'bad.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('attempts[1].channel: expected one of phone, email');
    expect(alert.textContent).toContain('but got "fax"');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await tableCounts(db)).toEqual(before);
  });

  it('replace downloads a safety backup first, then loads the file', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(6));
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.upload(screen.getByLabelText('Backup file'), backupFile(1));
    await user.click(await screen.findByRole('radio', { name: /Replace everything/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 5 records written.');
    expect(downloads.some((name) => /^paper-trail-before-import-\d{4}-\d\d-\d\d\.json$/.test(name))).toBe(true);
    expect((await tableCounts(db)).attempts).toBe(1);
  });

  it('exports a full backup and records when', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(2));
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/^paper-trail-backup-\d{4}-\d\d-\d\d\.json$/);
    await waitFor(async () => expect((await settingsItem.getValue()).lastExportAt).toBeGreaterThan(0));
  });

  it('deletes everything only after confirming, and offers a backup first', async () => {
    const user = userEvent.setup();
    await seed(db, sampleData(2));
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete your whole history?' });
    expect(document.activeElement?.id).toBe('erase-confirm-title');
    await user.click(screen.getByRole('button', { name: 'Download a backup first' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect((await tableCounts(db)).cases).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText('Everything was deleted.');
    expect(dialog.isConnected).toBe(false);
    expect(await tableCounts(db)).toEqual({ companies: 0, cases: 0, attempts: 0, escalations: 0, responses: 0 });
  });

  it('Escape cancels the confirmation and returns focus', async () => {
    const user = userEvent.setup();
    render(<DataPanel createImportClient={inPageImportClient} />);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Delete everything…');
  });
});
