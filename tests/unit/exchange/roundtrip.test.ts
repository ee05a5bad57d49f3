import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, serializeBackup } from '../../../lib/exchange/backup';
import { parseBackupText } from '../../../lib/exchange/parse';
import { readAllData } from '../../../lib/exchange/read';
import { ImportSession } from '../../../lib/exchange/session';
import { dataArb, settingsArb } from './arbitraries';
import { freshDb, seed, textSource } from './sample';

const byId = (records: ReadonlyArray<{ id: string }>) => [...records].sort((a, b) => a.id.localeCompare(b.id));

describe('backup round trip', () => {
  it('serialise → parse → validate gives back the same data and settings (1,000 runs)', () => {
    fc.assert(
      fc.property(
        dataArb,
        fc.option(settingsArb, { nil: undefined }),
        fc.integer({ min: 0, max: 4e12 }),
        (data, settings, now) => {
          const backup = buildBackup({
            data,
            scope: 'all',
            appVersion: '0.1.0',
            now,
            ...(settings ? { settings } : {}),
          });
          const parsed = parseBackupText(serializeBackup(backup), '0.1.0');
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
          expect(parsed.backup).toEqual(backup);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('export from one database → import into an empty one gives the same tables (50 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        const source = await freshDb();
        const target = await freshDb();
        try {
          await seed(source, data);
          const json = serializeBackup(
            buildBackup({ data: await readAllData(source), scope: 'all', appVersion: '0.1.0', now: 1 }),
          );
          const session = new ImportSession(target, { appVersion: '0.1.0', chunkSize: 3 });
          const loaded = await session.load(textSource(json));
          if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
          const result = await session.commit('merge', { now: 2 });
          expect(result.ok).toBe(true);
          const after = await readAllData(target);
          for (const name of ['companies', 'cases', 'attempts', 'escalations', 'responses'] as const) {
            expect(byId(after[name])).toEqual(byId(data[name]));
          }
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
