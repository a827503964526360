// Makes a fresh Debian machine ready for `npm start` and `npm test`: npm packages, and Debian's
// Chromium (installed when running as root, explained otherwise). Plain Node: nothing is installed yet.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' } });

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('NoteGuard: installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}
// The generated types WXT's tsconfig extends; npm may skip the postinstall that makes them.
if (!existsSync('.wxt/tsconfig.json')) run('npx wxt prepare');

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log("NoteGuard: installing Debian's chromium…");
    run('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium');
  } else {
    console.error(
      `NoteGuard needs Debian's Chromium at ${CHROMIUM}. Install it as root:\n  sudo apt-get update && sudo apt-get install -y chromium\n` +
        'or point CHROMIUM_PATH at another Chromium build.',
    );
    process.exit(1);
  }
}
