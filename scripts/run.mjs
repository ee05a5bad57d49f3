// Small helpers shared by the npm scripts (start, test, e2e, bench). Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const chromiumPath = process.env.PT_CHROMIUM ?? '/usr/bin/chromium';
export const firefoxPath = process.env.PT_FIREFOX ?? '/usr/bin/firefox-esr';

/** Where `wxt build` writes (wxt.config.ts honours PT_OUT_DIR). */
export function outDir(env = process.env) {
  return resolve(root, env.PT_OUT_DIR ?? '.output');
}

/** Run a command from the project root with inherited output; returns the exit status. */
export function run(command, args, env = {}) {
  const bin = existsSync(join(root, 'node_modules/.bin', command)) ? join(root, 'node_modules/.bin', command) : command;
  const result = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/**
 * Make sure one of Debian's browsers is there. As root (CI, containers) install its package with
 * apt-get; otherwise say how. Returns true when the browser is available.
 */
function ensureDebianBrowser(name, path, pkg, envVar) {
  if (existsSync(path)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${name} is missing: installing it with apt-get…`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update'], env) === 0 &&
      run('apt-get', ['install', '-y', '--no-install-recommends', pkg], env) === 0
    ) {
      return existsSync(path);
    }
    return false;
  }
  console.error(
    `${name} was not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y ${pkg})` +
      ` or point ${envVar} at a ${name} binary.`,
  );
  return false;
}

export function ensureChromium() {
  return ensureDebianBrowser('Chromium', chromiumPath, 'chromium', 'PT_CHROMIUM');
}

export function ensureFirefox() {
  return ensureDebianBrowser('Firefox', firefoxPath, 'firefox-esr', 'PT_FIREFOX');
}
