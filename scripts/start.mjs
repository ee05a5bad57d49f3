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

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const howToLoad = [
  `The extension is built in ${extDir}.`,
  'To use it in a browser on a machine with a desktop:',
  `  - there, run \`npm install && npm start\` in a copy of this project; or`,
  `  - copy ${extDir} there, open chrome://extensions (or edge://extensions), switch on`,
  '    Developer mode, choose "Load unpacked" and pick the copied folder; or',
  `  - run \`npm run zip\` here and install ${join(outDir(), `${pkg.name}-${pkg.version}-chrome.zip`)}`,
  '    unpacked the same way (Firefox: the -firefox.zip, from about:debugging → This Firefox →',
  '    "Load Temporary Add-on…").',
  'To check it here without a window: `npm test` runs every check in a headless Chromium.',
];

// PT_START_SMOKE=1: the same path headless, closing once the demo page has loaded (checks this script).
const smoke = process.env.PT_START_SMOKE === '1';
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

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
const h = await harness.launchExtension({ extensionDir: extDir, headed: !smoke && !noDisplay, keepWelcome: true });
h.route(DEMO_URL, readFileSync(join(root, 'tests/fixtures/demo/contact.html')));

if (noDisplay && !smoke) {
  // No window can open here: run the first minutes of a new user headless and show them as pictures.
  const { module: tour } = await runnerImport(join(root, 'tests/e2e/support/first-use-tour.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  const shots = await tour.takeFirstUseTour(h, DEMO_URL, join(outDir(), 'tour'));
  await h.close();
  console.log(
    [
      '',
      'No display here (DISPLAY is not set), so no browser window can open. Paper Trail ran in a',
      'headless Chromium instead and took these pictures of a first use (open them in any image viewer):',
      ...shots.map((s) => `  ${s.file}  ${s.what}`),
      '',
      ...howToLoad,
    ].join('\n'),
  );
  process.exit(0);
}
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
