import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeFirstUseTour } from './support/first-use-tour';
import { launchExtension, type ExtensionHarness } from './support/harness';

const DEMO_URL = 'https://www.acme-energy.example.com/contact';

// What `npm start` shows on a machine without a display: it must keep working as the UI changes.
describe('the first-use tour of a headless npm start (real Chromium)', () => {
  let h: ExtensionHarness;
  const dir = mkdtempSync(join(tmpdir(), 'pt-tour-'));
  beforeAll(async () => {
    h = await launchExtension({ keepWelcome: true });
    h.route(DEMO_URL, readFileSync('tests/fixtures/demo/contact.html'));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the welcome page, a logged form and the popup with the new case', async () => {
    const shots = await takeFirstUseTour(h, DEMO_URL, dir);
    expect(shots.map((s) => s.file.slice(dir.length + 1))).toEqual([
      '1-welcome.png',
      '2-form-sent-and-logged.png',
      '3-popup.png',
    ]);
    // PNG files with something in them.
    for (const shot of shots) {
      expect(readFileSync(shot.file).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(shot.file).size).toBeGreaterThan(5_000);
    }
  });
});
