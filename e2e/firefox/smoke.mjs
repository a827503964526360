// Firefox smoke test: the built Firefox extension (.output/firefox-mv2) loads in Debian's Firefox
// ESR, guards the practice page, and puts a redacted copy into the composer, with a name only the
// model finds. Puppeteer drives Firefox over WebDriver BiDi and installs the unpacked extension
// temporarily, as about:debugging does. The warning lives in a closed shadow root that no page
// script (and so no test script) can enter, so the test observes it the honest way: its host
// element is there, the composer stays empty until a choice is made, and Enter on the focused
// safe choice pastes the redacted copy.
// As root it also starts Firefox with a policies.json (3rdparty section, as docs/ADMIN.md says),
// checks storage.managed holds it and that redact-only takes "Paste anyway" away; the file is
// removed again afterwards.
//
// Run: npx wxt build -b firefox && node e2e/firefox/smoke.mjs   (FIREFOX_PATH to use another build)
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve('.output/firefox-mv2');
const GECKO_ID = 'noteguard@noteguard.example';
// Firefox gives each add-on a random internal UUID per profile; this pref fixes it, so the test
// knows the practice page's moz-extension:// address without reading about:debugging.
const UUID = '3c1f4a52-7a0e-4d4b-9d7e-2f6f0c0e9a11';
const PHONE = '(608) 555-0143';
// "Adaeze" is found by the model alone (no rule reads it as a name): its placeholder shows that
// the model ran in Firefox's background page.
const NOTE = `Reviewed the scan; Adaeze agreed with the plan. Call ${PHONE} with questions.`;

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

/**
 * Starts Firefox, installs the extension, pastes the note on the practice page and checks the
 * warning held it. With `policy`, Firefox starts with an enterprise policies.json whose 3rdparty
 * section is NoteGuard's managed configuration.
 */
async function pasteOnPracticePage({ policy, choose }) {
  const profile = mkdtempSync(join(tmpdir(), 'noteguard-firefox-'));
  // Firefox reads policies.json from the distribution folder next to its program, at start.
  const policiesFile = join(dirname(realpathSync(FIREFOX)), 'distribution', 'policies.json');
  if (policy) {
    writeFileSync(policiesFile, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }));
  }
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
    // practice page. (Puppeteer may still report such a tab as about:blank, so ask each tab.)
    const origin = `moz-extension://${UUID}`;
    const locationOf = (tab) => tab.evaluate(() => location.href).catch(() => '');
    const page = await waitFor('the welcome page', async () => {
      for (const tab of await browser.pages()) if ((await locationOf(tab)).startsWith(origin)) return tab;
      return undefined;
    });
    await page.evaluate((url) => (location.href = url), `${origin}/practice.html`);
    await waitFor('the practice page', async () => (await locationOf(page)).endsWith('/practice.html'));
    const composer = await page.waitForSelector('[data-testid="practice-composer"]', { timeout: 30_000 });
    // What Firefox handed the extension from the enterprise policy.
    const managed = await page.evaluate(() => browser.storage.managed.get().catch((error) => ({ error: String(error) })));

    // Put the note on the (headless) clipboard with real keystrokes: type it, select it, cut it.
    await composer.click();
    await page.keyboard.type(NOTE);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.press('x');
    await page.keyboard.up('Control');
    const composerValue = () => page.$eval('[data-testid="practice-composer"]', (el) => el.value);
    await waitFor('the composer to be empty after the cut', async () => (await composerValue()) === '');

    // A trusted paste: NoteGuard holds it, checks it and shows the warning.
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    const dialogShown = () => page.evaluate(() => document.querySelector('noteguard-dialog') !== null);
    await waitFor('the warning (noteguard-dialog host)', dialogShown);
    // Let the check finish; until the person chooses, nothing lands in the composer.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const heldBack = await composerValue();
    if (heldBack !== '') throw new Error(`the composer changed before a choice was made: ${JSON.stringify(heldBack)}`);

    // The safe choice has focus; `choose` presses keys from there.
    for (const key of choose) await page.keyboard.press(key);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return { version, managed, composed: await composerValue(), dialogOpen: await dialogShown() };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    if (policy) rmSync(policiesFile, { force: true });
  }
}

const started = Date.now();
try {
  // 1. No policy: Enter on the focused "Paste without my details" pastes the redacted copy.
  const plain = await pasteOnPracticePage({ choose: ['Enter'] });
  const composed = plain.composed;
  if (!composed.includes('[PHONE 1]')) throw new Error(`no [PHONE 1] placeholder in ${JSON.stringify(composed)}`);
  if (composed.includes(PHONE)) throw new Error('the phone number reached the composer');
  if (!composed.includes('; [NAME 1] agreed')) throw new Error(`the model's name is not redacted in ${JSON.stringify(composed)}`);
  if (!composed.includes('agreed with the plan. Call')) throw new Error(`the rest of the text was lost: ${JSON.stringify(composed)}`);
  if (plain.dialogOpen) throw new Error('the warning stayed open');
  console.log(`Firefox (${plain.version}): the warning held the paste and the composer got ${JSON.stringify(composed)}`);

  // 2. A health system's policy (policies.json 3rdparty) in redact-only mode. In the default mode
  //    Tab goes from the safe choice to "Paste anyway" (which only asks for confirmation); here
  //    there is no "Paste anyway", so Tab lands on Cancel and Enter closes the warning unpasted.
  if (process.getuid?.() !== 0) {
    console.log('Firefox policy check skipped: writing Firefox policies.json needs root (CI runs as root).');
  } else {
    const policy = { organizationName: 'Lakeside Health', enforcementMode: 'redact-only' };
    const managed = await pasteOnPracticePage({ policy, choose: ['Tab', 'Enter'] });
    if (managed.managed?.enforcementMode !== 'redact-only' || managed.managed?.organizationName !== 'Lakeside Health') {
      throw new Error(`storage.managed did not hold the policy: ${JSON.stringify(managed.managed)}`);
    }
    if (managed.dialogOpen || managed.composed !== '') {
      throw new Error(`redact-only: Tab, Enter should cancel; dialog open ${managed.dialogOpen}, composer ${JSON.stringify(managed.composed)}`);
    }
    const warn = await pasteOnPracticePage({ choose: ['Tab', 'Enter'] });
    if (!warn.dialogOpen || warn.composed !== '') {
      throw new Error(`warn mode: Tab, Enter should ask to confirm "Paste anyway"; dialog open ${warn.dialogOpen}`);
    }
    console.log('Firefox: policies.json 3rdparty reached storage.managed, and redact-only took "Paste anyway" away.');
  }
  console.log(`Firefox smoke test passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
