import { ChatPage } from './support/chat-page';
import { findByRole } from './support/closed-shadow';
import { expect, serveFixture, test } from './support/fixtures';

const EMAIL = 'rosa.whitfield@example.net';
const PHONE = '(608) 555-0143';
const DATE = '03/14/2024';
const NOTE = `Follow-up visit on ${DATE}. Call ${PHONE} or write to ${EMAIL} with questions.\nContinue lisinopril 10 mg daily.`;
const CLEAN = 'Can you explain what an A1c of 7.9% means and whether metformin helps?';

const EDITORS = [
  { name: 'ChatGPT (ProseMirror)', origin: 'https://chatgpt.com', fixture: 'chatgpt-prosemirror', composer: '#prompt-textarea' },
  { name: 'Perplexity (React textarea)', origin: 'https://www.perplexity.ai', fixture: 'react-textarea', composer: 'textarea' },
];

test('the extension loads: service worker, popup and practice page', async ({ context, extensionId, network }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'NoteGuard' })).toBeVisible();
  await expect(popup.getByTestId('tab-status')).toBeVisible();

  // The recorder sees requests from extension contexts: a fetch from an extension page is caught.
  await popup.evaluate(() => fetch('https://cdn.jsdelivr.net/npm/probe').catch(() => undefined));
  await expect.poll(() => network.requests).toContain('CONNECT cdn.jsdelivr.net:443');
  network.forget('CONNECT cdn.jsdelivr.net:443');

  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/practice.html`);
  await expect(practice.getByRole('heading', { name: 'Practice chatbot' })).toBeVisible();
});

for (const editor of EDITORS) {
  test.describe(editor.name, () => {
    test.beforeEach(async ({ context, network, page }) => {
      await serveFixture(context, network, editor.origin, editor.fixture);
      await page.goto(`${editor.origin}/`);
    });

    test('"Paste without my details" puts a redacted copy into the editor model', async ({ page }) => {
      const chat = new ChatPage(page, page.locator(editor.composer));
      await chat.paste(NOTE);
      const warning = await chat.warningText();
      expect(warning).toContain(EMAIL);
      expect(warning).toContain(PHONE);
      expect(warning).toContain(DATE);
      await chat.chooseRedact();
      const model = await chat.modelText();
      expect(model).toContain('Continue lisinopril 10 mg daily.');
      expect(model).toMatch(/\[EMAIL 1\]/);
      for (const identifier of [EMAIL, PHONE, DATE]) expect(model).not.toContain(identifier);
      expect(await page.evaluate(() => window.__fixture.pasteEventsSeenByPage)).toBeLessThanOrEqual(1);
    });

    test('"Cancel" leaves the composer as it was', async ({ page }) => {
      const chat = new ChatPage(page, page.locator(editor.composer));
      await chat.composer.click();
      await page.keyboard.type('Hello');
      await chat.paste(NOTE);
      await chat.warningText();
      await chat.cancel();
      expect((await chat.modelText()).trim()).toBe('Hello');
    });

    test('"Paste anyway" inserts the original', async ({ page }) => {
      const chat = new ChatPage(page, page.locator(editor.composer));
      await chat.paste(NOTE);
      await chat.warningText();
      await chat.choosePasteAnyway();
      const model = await chat.modelText();
      for (const identifier of [EMAIL, PHONE, DATE]) expect(model).toContain(identifier);
    });

    test('a paste with nothing personal goes straight in', async ({ page }) => {
      const chat = new ChatPage(page, page.locator(editor.composer));
      await chat.paste(CLEAN);
      await expect.poll(() => chat.modelText()).toContain(CLEAN);
      expect(await findByRole(page, 'alertdialog')).toBeUndefined();
    });
  });
}

test('the settings database exists and holds no pasted text', async ({ context, extensionId, network, page }) => {
  await serveFixture(context, network, 'https://www.perplexity.ai', 'react-textarea');
  await page.goto('https://www.perplexity.ai/');
  const chat = new ChatPage(page, page.locator('textarea'));
  await chat.paste(NOTE);
  await chat.warningText();
  await chat.chooseRedact();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const dump = await options.evaluate(async () => {
    const databases = await indexedDB.databases();
    const contents: Record<string, unknown[]> = {};
    for (const { name } of databases) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        contents[`${name}.${store}`] = await new Promise((resolve) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
        });
      }
      db.close();
    }
    return contents;
  });
  expect(Object.keys(dump)).toEqual(expect.arrayContaining(['noteguard.settings', 'noteguard.history']));
  expect(dump['noteguard.history']).toEqual([expect.objectContaining({ outcome: 'redacted', site: 'www.perplexity.ai' })]);
  const stored = JSON.stringify(dump);
  for (const text of [EMAIL, PHONE, DATE, 'lisinopril', 'Follow-up']) expect(stored).not.toContain(text);
});

test('the practice page is guarded like a chatbot', async ({ context, extensionId }) => {
  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/practice.html`);
  const chat = new ChatPage(practice, practice.getByTestId('practice-composer'));
  await chat.paste(NOTE);
  expect(await chat.warningText()).toContain(PHONE);
  await chat.chooseRedact();
  const composed = await chat.composer.inputValue();
  expect(composed).toContain('[PHONE 1]');
  expect(composed).not.toContain(PHONE);
  await practice.getByRole('button', { name: 'Send' }).click();
  await expect(practice.getByTestId('sent-message')).toContainText('[PHONE 1]');
});

test('the model finds a bare name no rule can, and the dialog lists it', async ({ context, extensionId }) => {
  const practice = await context.newPage();
  await practice.goto(`chrome-extension://${extensionId}/practice.html`);
  const chat = new ChatPage(practice, practice.getByTestId('practice-composer'));
  // No title, no role word, no shape: the rules find nothing here (checked in Node); only the
  // model reads "Adaeze" as a person.
  await chat.paste('Reviewed the scan; Adaeze agreed with the plan.');
  const warning = await chat.warningText();
  expect(warning).toContain('Adaeze');
  expect(warning).not.toContain('only the pattern check could run');
  await chat.chooseRedact();
  expect(await chat.composer.inputValue()).toBe('Reviewed the scan; [NAME 1] agreed with the plan.');
});
