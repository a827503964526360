import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ChatPage } from './support/chat-page';
import { findByRole } from './support/closed-shadow';
import { EXTENSION_DIR, expect, serveFixture, test } from './support/fixtures';

const PHONE = '(608) 555-0143';
const NOTE = `Seen by Dr. Okafor on 03/14/2024. Call ${PHONE} with questions.`;
const FAILED = /could not finish checking/;

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

test.describe('a model file that is corrupt', () => {
  test.use({
    extensionDir: async ({}, use) =>
      use(damagedCopy((dir) => writeFileSync(join(dir, 'models/noteguard-phi-ner/onnx/model.onnx'), 'not an onnx model'))),
  });

  test('leaves the rules running and says names may be missed', async ({ context, network, page }) => {
    const chat = await openChat(context, network, page);
    await chat.paste(NOTE);
    const warning = await chat.warningText();
    expect(warning).toContain(PHONE);
    expect(warning).toContain('only the pattern check could run');
  });
});

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
