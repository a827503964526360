import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ChatPage } from './support/chat-page';
import { findByRole, waitForRole } from './support/closed-shadow';
import { EXTENSION_DIR, expect, serveFixture, test } from './support/fixtures';

const PHONE = '(608) 555-0143';
const NOTE = `Seen by Dr. Okafor on 03/14/2024. Call ${PHONE} with questions.`;
const FAILED = /could not finish checking/;
/** A name the person registered, so that it is always caught. */
const OWN_NAME = 'Quillon Abernathy-Tse';

/** A copy of the built extension with one part broken, as a failed update or disk would leave it. */
function damagedCopy(damage: (dir: string) => void): string {
  // Made when a test starts, not when the file loads: the build exists only then.
  const dir = mkdtempSync(join(tmpdir(), 'noteguard-damaged-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  damage(dir);
  return dir;
}

function replaceWorker(dir: string, source: string) {
  const assets = join(dir, 'assets');
  const worker = readdirSync(assets).find((file) => file.startsWith('detect-worker-'));
  if (!worker) throw new Error('no detection worker in the build');
  writeFileSync(join(assets, worker), source);
}

async function openChat(context: BrowserContext, network: Parameters<typeof serveFixture>[1], page: Page) {
  await serveFixture(context, network, 'https://www.perplexity.ai', 'react-textarea');
  await page.goto('https://www.perplexity.ai/');
  return new ChatPage(page, page.locator('textarea'));
}

const MODEL_FILE = 'models/noteguard-phi-ner/onnx/model.onnx';
for (const [fault, damage] of [
  ['corrupt', (dir: string) => writeFileSync(join(dir, MODEL_FILE), 'not an onnx model')],
  ['missing', (dir: string) => rmSync(join(dir, MODEL_FILE))],
] as const) {
  test.describe(`a model file that is ${fault}`, () => {
    test.use({ extensionDir: async ({}, use) => use(damagedCopy(damage)) });

    test('leaves the rules running and says names may be missed', async ({ context, network, page }) => {
      const chat = await openChat(context, network, page);
      await chat.paste(NOTE);
      const warning = await chat.warningText();
      expect(warning).toContain(PHONE);
      expect(warning).toContain('only the pattern check could run');
    });
  });
}

test.describe('a detector that crashes', () => {
  test.use({
    extensionDir: async ({}, use) => use(damagedCopy((dir) => replaceWorker(dir, "throw new Error('injected crash');"))),
  });

  test('ends in a dialog that keeps the text and pastes nothing unchecked', async ({ context, network, page }) => {
    const chat = await openChat(context, network, page);
    await chat.paste(NOTE);
    expect(await chat.warningText(FAILED)).toContain('Nothing has been pasted');
    expect(await chat.modelText()).toBe('');
    await chat.cancel();
    expect(await chat.modelText()).toBe('');

    // The next paste meets the same broken detector and gets the same honest choice.
    await chat.paste(NOTE);
    await chat.warningText(FAILED);
    await chat.choosePasteAnyway(/Yes, paste it unchecked/);
    expect(await chat.modelText()).toBe(NOTE);
  });
});

test.describe('a detector that never answers', () => {
  test.use({
    extensionDir: async ({}, use) => use(damagedCopy((dir) => replaceWorker(dir, 'self.onmessage = () => {};'))),
  });

  test('gives the person the choice after the time budget', async ({ context, network, page }) => {
    test.setTimeout(60_000);
    const chat = await openChat(context, network, page);
    await chat.paste(NOTE);
    expect(await chat.warningText(/Checking your text/)).toContain('Nothing has been pasted yet');
    expect(await chat.warningText(FAILED)).toContain('took too long');
    expect(await chat.modelText()).toBe('');
  });
});

test.describe('parts of the extension that the browser stops', () => {
  test('the offscreen document is recreated after it was closed', async ({ context, network, page }) => {
    const chat = await openChat(context, network, page);
    await chat.paste(NOTE);
    await chat.warningText();
    await chat.cancel();

    const cdp = await context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const offscreen = targetInfos.find((target) => target.url.endsWith('/offscreen.html'));
    expect(offscreen, 'the offscreen document ran the first check').toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: offscreen!.targetId });

    await chat.paste(NOTE);
    expect(await chat.warningText()).toContain(PHONE);
  });

  test('a stopped service worker is started again by the next paste', async ({ context, network, page }) => {
    const chat = await openChat(context, network, page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await chat.paste(NOTE);
    expect(await chat.warningText()).toContain(PHONE);
    expect(await findByRole(page, 'alertdialog', FAILED)).toBeUndefined();
  });
});

test.describe('a service worker stopped while a check is in flight', () => {
  test('the paste still ends in a dialog, with nothing pasted unchecked', async ({ context, network, page }) => {
    test.setTimeout(120_000);
    const chat = await openChat(context, network, page);
    // A long paste, so that the check is still running when the worker is stopped.
    await chat.paste(`${NOTE}\n`.repeat(15_000));
    await waitForRole(page, 'progressbar', 'How much is checked', 30_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Either the answer got through or the person is told the check could not finish.
    const warning = await chat.warningText(/personal details in it|could not finish checking/);
    console.log(`service worker stopped mid-check; the dialog said: ${warning.slice(0, 120)}`);
    expect(warning).toMatch(/Okafor|555-0143|Nothing has been pasted/);
    expect(await chat.modelText()).toBe('');
  });
});

test.describe('an extension reloaded while a chatbot tab is open', () => {
  test('tells the person to reload the page and keeps the text', async ({ context, network, page, extensionId }) => {
    const chat = await openChat(context, network, page);
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    // The old tab's content script is cut off from the reloaded extension.
    const reloaded = context.waitForEvent('serviceworker');
    // The options page closes with the extension it belongs to, so the call never returns.
    await settings
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);
    await reloaded;
    await chat.paste(NOTE);
    expect(await chat.warningText(FAILED)).toContain('Reload this page to keep it protected');
    expect(await chat.modelText()).toBe('');
  });
});

test.describe('a settings database that is corrupt', () => {
  test('protection runs on the defaults and the person is told', async ({ context, network, page, extensionId }) => {
    // The person's own choices first, so that losing them shows: Spanish, and dates keep their year.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('#date-style-keep-year').check();
    await options.locator('#language').selectOption('es');
    await expect(options.locator('html')).toHaveAttribute('lang', 'es');
    await expect(options.locator('#date-style-keep-year')).toBeChecked();

    // The database is replaced by one under the same name and version whose settings table has
    // another primary key: Dexie cannot open it (it cannot change a primary key in an upgrade).
    const replaceWithForeignDatabase = () =>
      options.evaluate(
        () =>
          new Promise<boolean>((resolve, reject) => {
            const remove = indexedDB.deleteDatabase('noteguard');
            remove.onerror = () => reject(remove.error);
            remove.onsuccess = () => {
              // NoteGuard's schema version 2 is IndexedDB version 20 (Dexie multiplies by ten).
              const open = indexedDB.open('noteguard', 20);
              let replaced = false;
              open.onupgradeneeded = () => {
                open.result.createObjectStore('settings', { keyPath: 'name' });
                replaced = true;
              };
              // A NoteGuard page or the background may create the database again first; then retry.
              open.onerror = () => resolve(false);
              open.onsuccess = () => {
                open.result.close();
                resolve(replaced);
              };
            };
          }),
      );
    await expect.poll(replaceWithForeignDatabase, { intervals: [100, 250, 500] }).toBe(true);
    await options.close();

    for (const path of ['options.html', 'popup.html']) {
      const screen = await context.newPage();
      await screen.goto(`chrome-extension://${extensionId}/${path}`);
      await expect(screen.getByTestId('settings-notice')).toHaveText(
        'Settings could not be loaded; NoteGuard is protecting you with its defaults',
      );
      await expect(screen.locator('html')).toHaveAttribute('lang', 'en');
      await screen.close();
    }

    const chat = await openChat(context, network, page);
    await chat.paste(NOTE);
    expect(await chat.warningText()).toContain(PHONE);
    await chat.chooseRedact();
    const redacted = await chat.modelText();
    expect(redacted).not.toContain(PHONE);
    // The default date style, not the person's lost "keep the year" ([DATE 1, 2024]).
    expect(redacted).toContain('[DATE 1]');
  });

  test('rows of the wrong shape: the person is told, and their registered name is still caught', async ({ context, network, page, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('h1')).toBeVisible();
    // Written beside NoteGuard's own rows, as a damaged disk or another program could leave them.
    await popup.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('noteguard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const write = open.result.transaction(['settings', 'personalTerms'], 'readwrite');
            write.objectStore('settings').put({ key: 'dateStyle', value: 7 });
            write.objectStore('personalTerms').add({ term: name, kind: 'name' });
            write.objectStore('personalTerms').add({ term: 42, kind: 'mrn' });
            write.oncomplete = () => {
              open.result.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        }),
      OWN_NAME,
    );
    await popup.reload();
    await expect(popup.getByTestId('settings-notice')).toBeVisible();
    await popup.close();

    const chat = await openChat(context, network, page);
    await chat.paste(`${OWN_NAME} asked about the results. ${NOTE}`);
    const warning = await chat.warningText();
    expect(warning).toContain(OWN_NAME);
    expect(warning).toContain(PHONE);
    await chat.chooseRedact();
    expect(await chat.modelText()).toMatch(/^\[NAME 1\] asked about the results\. .*\[DATE 1\]/);
  });
});
