import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ChatPage } from './support/chat-page';
import { clickByRole, findByRole, waitForRole } from './support/closed-shadow';
import { expect, sharedTest as test } from './support/fixtures';
import { docxWithParagraphs, pdfWithLines } from './support/test-files';

/**
 * Every way a note gets into a chatbot (paste, drop, Enter, the send button, a file upload), on
 * a fixture of each chatbot rebuilt with the editor library it uses and its composer's markers,
 * served under the chatbot's real URL. One browser serves the whole file (sharedTest).
 */

const EMAIL = 'rosa.whitfield@example.net';
const PHONE = '(608) 555-0143';
const DATE = '03/14/2024';
const NOTE = `Follow-up visit on ${DATE}. Call ${PHONE} or write to ${EMAIL} with questions.\nContinue lisinopril 10 mg daily.`;
/** What a person types: one line, since typing Enter would send it. */
const TYPED = `Seen on ${DATE}, call ${PHONE} or ${EMAIL} about the lisinopril dose`;
const IDENTIFIERS = [EMAIL, PHONE, DATE];

interface Chatbot {
  id: string;
  origin: string;
  path?: string;
  fixture: string;
  editor: string;
  /** How the test (not the extension) finds the composer and the send control. */
  composer: string;
  send: string;
}

const CHATBOTS: Chatbot[] = [
  { id: 'chatgpt', origin: 'https://chatgpt.com', fixture: 'chatgpt-prosemirror', editor: 'ProseMirror', composer: '#prompt-textarea', send: '[data-testid="send-button"]' },
  { id: 'claude', origin: 'https://claude.ai', fixture: 'claude-prosemirror', editor: 'ProseMirror (TipTap)', composer: '[data-testid="chat-input"]', send: 'button[aria-label="Send message"]' },
  { id: 'gemini', origin: 'https://gemini.google.com', fixture: 'gemini-quill', editor: 'Quill', composer: 'rich-textarea .ql-editor', send: 'button.send-button' },
  { id: 'copilot', origin: 'https://copilot.microsoft.com', fixture: 'copilot-textarea', editor: 'React textarea', composer: '#userInput', send: '[data-testid="submit-button"]' },
  { id: 'perplexity', origin: 'https://www.perplexity.ai', fixture: 'perplexity-lexical', editor: 'Lexical', composer: '#ask-input', send: '[data-testid="submit-button"]' },
  { id: 'deepseek', origin: 'https://chat.deepseek.com', fixture: 'deepseek-textarea', editor: 'React textarea', composer: '#chat-input', send: '[data-send]' },
  { id: 'meta-ai', origin: 'https://www.meta.ai', fixture: 'meta-lexical', editor: 'Lexical', composer: '[data-lexical-editor]', send: '[aria-label="Send message"]' },
  { id: 'grok', origin: 'https://grok.com', fixture: 'grok-textarea', editor: 'React textarea', composer: 'textarea', send: 'button[aria-label="Submit"]' },
  { id: 'mistral', origin: 'https://chat.mistral.ai', fixture: 'mistral-prosemirror', editor: 'ProseMirror', composer: '.ProseMirror', send: 'button[aria-label="Send question"]' },
  { id: 'poe', origin: 'https://poe.com', fixture: 'poe-textarea', editor: 'React textarea', composer: 'textarea', send: 'button[data-button-send]' },
  { id: 'huggingchat', origin: 'https://huggingface.co', path: '/chat/', fixture: 'huggingchat-textarea', editor: 'textarea', composer: 'textarea', send: 'button[type="submit"]' },
];

const fixtureState = (page: Page) =>
  page.evaluate(() => ({ sent: window.__fixture.sent, uploads: window.__fixture.uploads, model: window.__fixture.modelText() }));

async function typeInto(chat: ChatPage, text: string) {
  await chat.composer.click();
  await chat.page.keyboard.insertText(text);
  await expect.poll(() => chat.modelText()).toContain(text);
}

/** A drop from outside the page (another window), as trusted input through the DevTools protocol. */
async function dropOnto(page: Page, selector: string, data: { text?: string; files?: string[] }) {
  const box = (await page.locator(selector).boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  const payload = {
    items: data.text ? [{ mimeType: 'text/plain', data: data.text }] : [],
    files: data.files,
    dragOperationsMask: 1,
  };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data: payload });
  }
  await cdp.detach();
}

async function chooseSendRedacted(page: Page) {
  await clickByRole(page, 'button', 'Send without my details');
}

function tempFile(name: string, content: Buffer): string {
  const path = join(tmpdir(), `noteguard-${process.pid}-${name}`);
  writeFileSync(path, content);
  return path;
}

let pdf: Buffer;
let docx: Buffer;
test.beforeAll(async () => {
  pdf = pdfWithLines(['Discharge summary', `Seen ${DATE}. Phone ${PHONE}.`, `E-mail ${EMAIL}.`]);
  docx = await docxWithParagraphs(['Clinic letter', `Please call ${PHONE} or write to ${EMAIL}.`, 'Continue lisinopril 10 mg daily.']);
});

for (const bot of CHATBOTS) {
  test.describe(`${bot.id} (${bot.editor})`, () => {
    let chat: ChatPage;
    test.beforeEach(async ({ sharedBrowser, sharedPage }) => {
      await sharedBrowser.serve(bot.origin, bot.fixture);
      await sharedPage.goto(`${bot.origin}${bot.path ?? '/'}`);
      chat = new ChatPage(sharedPage, sharedPage.locator(bot.composer));
    });

    test('a pasted note is held back; the redacted copy lands in the editor model', async ({ sharedPage: page }) => {
      await chat.paste(NOTE);
      expect(await chat.warningText()).toContain(EMAIL);
      await chat.chooseRedact();
      await expect.poll(() => chat.modelText()).toContain('Continue lisinopril 10 mg daily.');
      const model = await chat.modelText();
      for (const identifier of IDENTIFIERS) expect(model).not.toContain(identifier);
      // The page hears at most NoteGuard's own paste of the redacted copy (rich editors), never the note.
      const seen = await page.evaluate(() => window.__fixture.pastedTextsSeenByPage);
      expect(seen.length).toBeLessThanOrEqual(1);
      for (const identifier of IDENTIFIERS) expect(seen.join('\n')).not.toContain(identifier);
    });

    test('a dropped note is held back', async ({ sharedPage: page }) => {
      await dropOnto(page, bot.composer, { text: NOTE });
      expect(await chat.warningText()).toContain(PHONE);
      await chat.chooseRedact();
      await expect.poll(() => chat.modelText()).toMatch(/\[PHONE 1\]/);
      const model = await chat.modelText();
      for (const identifier of IDENTIFIERS) expect(model).not.toContain(identifier);
    });

    test('Enter on a typed note is held back; the page sends only the redacted text', async ({ sharedPage: page }) => {
      await typeInto(chat, TYPED);
      await page.keyboard.press('Enter');
      expect(await chat.warningText()).toContain(EMAIL);
      expect((await fixtureState(page)).sent).toEqual([]);
      await chooseSendRedacted(page);
      await expect.poll(async () => (await fixtureState(page)).sent.length).toBe(1);
      const [sent] = (await fixtureState(page)).sent;
      expect(sent).toContain('lisinopril');
      for (const identifier of IDENTIFIERS) expect(sent).not.toContain(identifier);
    });

    test('the send button on a typed note is held back; "Send anyway" sends it as typed', async ({ sharedPage: page }) => {
      await typeInto(chat, TYPED);
      await page.locator(bot.send).click();
      await chat.warningText();
      expect((await fixtureState(page)).sent).toEqual([]);
      await chat.choosePasteAnyway('Yes, send with my details', 'Send anyway');
      await expect.poll(async () => (await fixtureState(page)).sent).toEqual([expect.stringContaining(EMAIL)]);
    });

    test('Cancel at send keeps the draft and sends nothing', async ({ sharedPage: page }) => {
      await typeInto(chat, TYPED);
      await page.keyboard.press('Enter');
      await chat.warningText();
      await chat.cancel();
      const state = await fixtureState(page);
      expect(state.sent).toEqual([]);
      expect(state.model).toContain(TYPED);
    });

    test("an input method's Enter is not a send", async ({ sharedPage: page }) => {
      await typeInto(chat, TYPED);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send('Input.insertText', { text: 'に' });
      await cdp.detach();
      await page.waitForTimeout(300);
      expect(await findByRole(page, 'alertdialog')).toBeUndefined();
      expect((await fixtureState(page)).sent).toEqual([]);
    });

    test('a PDF and a Word file with personal details are caught at upload', async ({ sharedPage: page }) => {
      const picker = page.locator('input[type=file]');
      await picker.setInputFiles({ name: 'discharge.pdf', mimeType: 'application/pdf', buffer: pdf });
      expect(await chat.warningText()).toContain(PHONE);
      await chat.cancel();
      expect((await fixtureState(page)).uploads).toEqual([]);

      await picker.setInputFiles({
        name: 'letter.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: docx,
      });
      expect(await chat.warningText()).toContain(EMAIL);
      // Instead of the file, its text without the details goes into the composer.
      await chat.chooseRedact();
      await expect.poll(() => chat.modelText()).toContain('Continue lisinopril 10 mg daily.');
      const state = await fixtureState(page);
      expect(state.uploads).toEqual([]);
      for (const identifier of IDENTIFIERS) expect(state.model).not.toContain(identifier);
    });

    test('a composer re-rendered after single-page navigation is still guarded', async ({ sharedPage: page }) => {
      await page.evaluate(() => window.__fixture.navigate('/c/0f1e2d3c'));
      await typeInto(chat, TYPED);
      await page.locator(bot.send).click();
      await chat.warningText();
      await chooseSendRedacted(page);
      await expect.poll(async () => (await fixtureState(page)).sent.length).toBe(1);
      for (const identifier of IDENTIFIERS) expect((await fixtureState(page)).sent[0]).not.toContain(identifier);
    });
  });
}

test.describe('beyond one composer', () => {
  for (const sendOn of ['pointerdown', 'mousedown']) {
    test(`a send button the page acts on at ${sendOn} is held back; the page sends only the redacted text, once`, async ({
      sharedBrowser,
      sharedPage: page,
    }) => {
      await sharedBrowser.serve('https://poe.com', 'poe-textarea');
      await page.goto(`https://poe.com/?send-on=${sendOn}`);
      const chat = new ChatPage(page, page.locator('textarea'));
      await typeInto(chat, TYPED);
      await page.locator('button[data-button-send]').click();
      await chat.warningText();
      expect((await fixtureState(page)).sent).toEqual([]);
      await chooseSendRedacted(page);
      await expect.poll(async () => (await fixtureState(page)).sent.length).toBe(1);
      for (const identifier of IDENTIFIERS) expect((await fixtureState(page)).sent[0]).not.toContain(identifier);
    });
  }

  test('a photo dropped on the page is named as a risk; "Upload anyway" uploads it', async ({ sharedBrowser, sharedPage: page }) => {
    await sharedBrowser.serve('https://chatgpt.com', 'chatgpt-prosemirror');
    await page.goto('https://chatgpt.com/');
    const photo = tempFile('note-photo.png', Buffer.from('89504e470d0a1a0a', 'hex'));
    await dropOnto(page, '#prompt-textarea', { files: [photo] });
    await waitForRole(page, 'alertdialog', /picture|photo|image/i);
    await clickByRole(page, 'button', /upload anyway/i);
    await expect.poll(async () => (await fixtureState(page)).uploads).toEqual([expect.stringContaining('note-photo.png')]);
  });

  test('a PDF dropped on the page is read and checked', async ({ sharedBrowser, sharedPage: page }) => {
    await sharedBrowser.serve('https://claude.ai', 'claude-prosemirror');
    await page.goto('https://claude.ai/');
    const file = tempFile('dropped.pdf', pdf);
    await dropOnto(page, '[data-testid="chat-input"]', { files: [file] });
    const chat = new ChatPage(page, page.locator('[data-testid="chat-input"]'));
    expect(await chat.warningText()).toContain(PHONE);
    await chat.cancel();
    expect((await fixtureState(page)).uploads).toEqual([]);
  });

  test('a paste into another editable box than the composer is checked too', async ({ sharedBrowser, sharedPage: page }) => {
    await sharedBrowser.serve('https://claude.ai', 'claude-prosemirror');
    await page.goto('https://claude.ai/');
    const chat = new ChatPage(page, page.locator('[aria-label="Edit your earlier message"]'));
    await chat.paste(NOTE);
    expect(await chat.warningText()).toContain(EMAIL);
    await chat.cancel();
  });

  test('a composer in a same-origin iframe is guarded', async ({ sharedBrowser, sharedPage: page }) => {
    await sharedBrowser.serve('https://poe.com', 'poe-textarea');
    await page.goto('https://poe.com/');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/embedded';
      frame.style.cssText = 'width: 600px; height: 300px';
      document.body.prepend(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve));
    });
    const frame = page.frameLocator('iframe');
    await frame.locator('textarea').click();
    await page.keyboard.insertText(TYPED);
    await page.keyboard.press('Enter');
    // The dialog opens in the frame the composer is in: read that frame's accessibility tree.
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { childFrames?: { frame: { id: string } }[] } };
    const frameId = frameTree.childFrames![0].frame.id;
    await expect
      .poll(async () => {
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
        return nodes.find((node) => node.role?.value === 'alertdialog')?.name?.value ?? '';
      }, { timeout: 30_000 })
      .toContain('personal details in it');
    await page.keyboard.press('Escape');
    const inner = page.frames().find((candidate) => candidate.url().endsWith('/embedded'))!;
    expect(await inner.evaluate(() => window.__fixture.sent)).toEqual([]);
  });

  test('a composer and file picker inside a shadow root are guarded', async ({ sharedBrowser, sharedPage: page }) => {
    await sharedBrowser.serve('https://chat.openai.com', 'shadow-dom-chat');
    await page.goto('https://chat.openai.com/');
    const chat = new ChatPage(page, page.locator('chat-composer textarea'));
    await typeInto(chat, TYPED);
    await page.locator('chat-composer button[type="submit"]').click();
    await chat.warningText();
    await chooseSendRedacted(page);
    await expect.poll(async () => (await fixtureState(page)).sent.length).toBe(1);
    for (const identifier of IDENTIFIERS) expect((await fixtureState(page)).sent[0]).not.toContain(identifier);

    await page.locator('chat-composer input[type=file]').setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE) });
    expect(await chat.warningText()).toContain(EMAIL);
    await chat.cancel();
    expect((await fixtureState(page)).uploads).toEqual([]);
  });

  test('when the redacted text does not land, nothing is sent and the person is told', async ({ sharedBrowser, sharedPage: page }) => {
    await sharedBrowser.serve('https://chatgpt.com', 'chatgpt-prosemirror');
    await page.goto('https://chatgpt.com/');
    // An editor that swallows pastes it did not get from the person, without taking them.
    await page.evaluate(() =>
      document.querySelector('#prompt-textarea')!.addEventListener(
        'paste',
        (event) => {
          if (event.isTrusted) return;
          event.preventDefault();
          event.stopImmediatePropagation();
        },
        { capture: true },
      ),
    );
    const chat = new ChatPage(page, page.locator('#prompt-textarea'));
    await typeInto(chat, TYPED);
    await page.keyboard.press('Enter');
    await chat.warningText();
    await chooseSendRedacted(page);
    await waitForRole(page, 'alertdialog', /did not go into the chat box/);
    expect((await fixtureState(page)).sent).toEqual([]);
  });
});
