// Firefox smoke test: the built Firefox extension (.output/firefox-mv2) loads in Debian's Firefox
// ESR, guards the practice page, and puts a redacted copy into the composer. Puppeteer drives
// Firefox over WebDriver BiDi and installs the unpacked extension temporarily, as about:debugging
// does. The warning lives in a closed shadow root that no page script (and so no test script) can
// enter, so the test observes it the honest way: its host element is there, the composer stays
// empty until a choice is made, and Enter on the focused safe choice pastes the redacted copy.
//
// Run: npx wxt build -b firefox && node e2e/firefox/smoke.mjs   (FIREFOX_PATH to use another build)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv2');
const GECKO_ID = 'noteguard@noteguard.example';
// Firefox gives each add-on a random internal UUID per profile; this pref fixes it, so the test
// knows the practice page's moz-extension:// address without reading about:debugging.
const UUID = '3c1f4a52-7a0e-4d4b-9d7e-2f6f0c0e9a11';
const PHONE = '(608) 555-0143';
const NOTE = `Follow-up visit on 03/14/2024. Call ${PHONE} with questions. Continue lisinopril 10 mg daily.`;

function fail(message) {
  console.error(`Firefox smoke test FAILED: ${message}`);
  process.exitCode = 1;
}

async function waitFor(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

if (!existsSync(FIREFOX)) {
  fail(`no Firefox at ${FIREFOX}: run node scripts/bootstrap.mjs as root (installs firefox-esr) or set FIREFOX_PATH`);
  process.exit(1);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  fail(`no Firefox build at ${EXTENSION_DIR}: run npx wxt build -b firefox first`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'noteguard-firefox-'));
const started = Date.now();
const browser = await puppeteer.launch({
  browser: 'firefox',
  protocol: 'webDriverBiDi',
  executablePath: FIREFOX,
  headless: true,
  userDataDir: profile,
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    // No network here: keep Firefox's own services quiet.
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  },
});
try {
  const version = await browser.version();
  const installedId = await browser.installExtension(EXTENSION_DIR);
  if (installedId !== GECKO_ID) throw new Error(`installed as ${installedId}, expected ${GECKO_ID}`);

  // WebDriver BiDi may not navigate a tab to a moz-extension:// page, but an extension page may
  // open its own pages: NoteGuard opens its welcome page on install, and that tab goes on to the
  // practice page.
  const origin = `moz-extension://${UUID}`;
  // (Puppeteer may still report such a tab as about:blank, so ask each tab where it is.)
  const locationOf = (tab) => tab.evaluate(() => location.href).catch(() => '');
  const page = await waitFor('the welcome page', async () => {
    for (const tab of await browser.pages()) if ((await locationOf(tab)).startsWith(origin)) return tab;
    return undefined;
  });
  await page.evaluate((url) => (location.href = url), `${origin}/practice.html`);
  await waitFor('the practice page', async () => (await locationOf(page)).endsWith('/practice.html'));
  const composer = await page.waitForSelector('[data-testid="practice-composer"]', { timeout: 30_000 });

  // Put the note on the (headless) clipboard with real keystrokes: type it, select it, cut it.
  await composer.click();
  await page.keyboard.type(NOTE);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.press('x');
  await page.keyboard.up('Control');
  await waitFor('the composer to be empty after the cut', () => page.$eval('[data-testid="practice-composer"]', (el) => el.value === ''));

  // A trusted paste: NoteGuard holds it, checks it and shows the warning.
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  await waitFor('the warning (noteguard-dialog host)', () => page.evaluate(() => document.querySelector('noteguard-dialog') !== null));
  // Let the check finish; until the person chooses, nothing lands in the composer.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const heldBack = await page.$eval('[data-testid="practice-composer"]', (el) => el.value);
  if (heldBack !== '') throw new Error(`the composer changed before a choice was made: ${JSON.stringify(heldBack)}`);

  // The safe choice has focus: Enter chooses "Paste without my details".
  await page.keyboard.press('Enter');
  const composed = await waitFor('the redacted copy in the composer', () =>
    page.$eval('[data-testid="practice-composer"]', (el) => el.value),
  );
  if (!composed.includes('[PHONE 1]')) throw new Error(`no [PHONE 1] placeholder in ${JSON.stringify(composed)}`);
  if (composed.includes(PHONE)) throw new Error('the phone number reached the composer');
  if (!composed.includes('lisinopril 10 mg daily')) throw new Error(`the clinical text was lost: ${JSON.stringify(composed)}`);
  if (await page.evaluate(() => document.querySelector('noteguard-dialog') !== null)) throw new Error('the warning stayed open');

  console.log(
    `Firefox smoke test passed on ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `the warning held the paste and the composer got ${JSON.stringify(composed)}`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
