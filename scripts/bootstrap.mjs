// Makes a fresh Debian machine ready for `npm start` and `npm test`: npm packages, and Debian's
// Chromium and Firefox ESR (installed when running as root, explained otherwise). Plain Node: nothing is installed yet.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' } });

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('NoteGuard: installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}
// The generated types WXT's tsconfig extends; npm may skip the postinstall that makes them.
if (!existsSync('.wxt/tsconfig.json')) run('npx wxt prepare');

// Debian's browsers: Chromium for the Playwright suite, Firefox ESR for the Firefox smoke test.
const browsers = [
  { name: 'chromium', path: CHROMIUM, env: 'CHROMIUM_PATH' },
  { name: 'firefox-esr', path: FIREFOX, env: 'FIREFOX_PATH' },
].filter((browser) => !existsSync(browser.path));
if (browsers.length > 0) {
  const names = browsers.map((browser) => browser.name).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`NoteGuard: installing Debian's ${names}…`);
    run(`apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${names}`);
  } else {
    console.error(
      `NoteGuard needs ${browsers.map((browser) => `${browser.name} at ${browser.path}`).join(' and ')}. Install as root:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${names}\n` +
        `or point ${browsers.map((browser) => browser.env).join(' / ')} at another build.`,
    );
    process.exit(1);
  }
}
