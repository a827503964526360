// Every test NoteGuard has, in the order that fails fastest: types, unit tests, both builds,
// then the Firefox checks (addons-linter, a smoke test in Firefox ESR) and the end-to-end suite
// in real Chromium against the built extension.
import { execSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx tsc --noEmit -p .'],
  ['unit tests', 'npx vitest run'],
  ['Firefox build', 'npx wxt build -b firefox'],
  ['Chrome build', 'npx wxt build'],
  ['standalone demo build', 'npm run build:demo'],
  ['Firefox lint (addons-linter)', 'npx addons-linter .output/firefox-mv2'],
  ['Firefox smoke test', 'node e2e/firefox/smoke.mjs'],
  ['end-to-end tests', 'npx playwright test'],
];

const timings = [];
for (const [name, command] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command}`);
  try {
    execSync(command, { stdio: 'inherit' });
  } catch {
    console.error(`\nNoteGuard tests: ${name} failed.`);
    process.exit(1);
  }
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\nNoteGuard tests: all steps passed (${timings.join(', ')}).`);
