// npm start — build the Chrome extension and open Chromium with it loaded, on a demo contact page
// (an invented company, served locally: this browser sends every host name to a local server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { ensureChromium, outDir, root, run } from './run.mjs';

const DEMO_URL = 'https://www.acme-energy.example.com/contact';
const extDir = join(outDir(), 'chrome-mv3');

console.log(`Building the Chrome extension into ${outDir()}…`);
if (run('wxt', ['build']) !== 0) process.exit(1);

const howToLoad = [
  `The extension is built in ${extDir}.`,
  'To load it by hand: open chrome://extensions (or edge://extensions), switch on Developer mode,',
  `choose "Load unpacked" and pick ${extDir}.`,
];

// PT_START_SMOKE=1: the same path headless, closing once the demo page has loaded (checks this script).
const smoke = process.env.PT_START_SMOKE === '1';

if (!smoke && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(['', 'No display here (DISPLAY is not set), so no browser window can open.', ...howToLoad].join('\n'));
  process.exit(0);
}
if (!ensureChromium()) {
  console.log(howToLoad.join('\n'));
  process.exit(1);
}

// The e2e harness is TypeScript; Vite's module runner loads it without a separate compile step.
const { module: harness } = await runnerImport(join(root, 'tests/e2e/support/harness.ts'), {
  configFile: false,
  logLevel: 'error',
});
// A person trying the extension sees its first run as it is: the welcome tab stays open.
const h = await harness.launchExtension({ extensionDir: extDir, headed: !smoke, keepWelcome: true });
h.route(DEMO_URL, readFileSync(join(root, 'tests/fixtures/demo/contact.html')));
const page = h.context.pages().find((p) => p !== h.welcomePage) ?? (await h.context.newPage());
await page.goto(DEMO_URL);
await page.bringToFront();
if (smoke) {
  console.log(`Smoke check: "${await page.title()}" loaded with extension ${h.extensionId}.`);
  await h.close();
  process.exit(0);
}
console.log(
  [
    '',
    `Paper Trail is running in Chromium on ${DEMO_URL} (a demo page: nothing leaves this machine).`,
    'Pin the extension from the puzzle-piece menu, then try the form, the phone link or the chat.',
    'Close the browser window or press Ctrl+C to stop.',
  ].join('\n'),
);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await h.close();
  process.exit(0);
};
h.context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
