import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/detect';
import { expectedKind, loadPage, readManifest } from './load-page';

const sorted = (values: readonly string[]) => [...values].sort();

for (const folder of ['pages', 'hard']) {
  const dir = join(__dirname, '../../fixtures', folder);
  describe(`classifier on tests/fixtures/${folder}`, () => {
    for (const entry of readManifest(dir)) {
      it(`${entry.file}: ${entry.kind}`, () => {
        const verdict = classifyPage(loadPage(dir, entry.file), entry.url);
        expect({
          kind: verdict.kind,
          referenceNumber: verdict.referenceNumber ?? null,
          channels: sorted(verdict.channels),
          phones: sorted(verdict.phones),
          emails: sorted(verdict.emails),
        }).toEqual({
          kind: expectedKind(entry.kind),
          referenceNumber: entry.referenceNumber,
          channels: sorted(entry.channels),
          phones: sorted(entry.phones),
          emails: sorted(entry.emails),
        });
      });
    }
  });
}
