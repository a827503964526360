import { ChatPage } from './support/chat-page';
import type { Page } from '@playwright/test';
import { SAMPLE_NOTES } from '../lib/samples/sample-notes';
import { findByRole, waitForRole } from './support/closed-shadow';
import { expect, serveFixture, test } from './support/fixtures';

const PHONE = '(608) 555-0143';
const NOTE = `Patient Rosa Whitfield, call ${PHONE}. Seen 03/14/2024.`;

test.describe('a hostile chatbot page', () => {
  test.beforeEach(async ({ context, network, page }) => {
    await serveFixture(context, network, 'https://www.perplexity.ai', 'react-textarea');
    await page.goto('https://www.perplexity.ai/');
  });

  test('cannot read the findings or press the dialog buttons', async ({ page }) => {
    const chat = new ChatPage(page, page.locator('textarea'));
    await chat.paste(NOTE);
    await chat.warningText();

    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('noteguard-dialog');
      // What a page script can try: open the shadow root, read the markup, fake key presses.
      host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return {
        hostExists: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        markup: document.documentElement.outerHTML,
        attributes: host ? [...host.attributes].map((attribute) => `${attribute.name}=${attribute.value}`) : [],
      };
    });
    expect(seenByPage.hostExists).toBe(true);
    expect(seenByPage.shadowRoot).toBeNull();
    expect(seenByPage.attributes).toEqual([]);
    expect(seenByPage.markup).not.toContain('555-0143');
    expect(seenByPage.markup).not.toContain('Whitfield');
    // The faked events chose nothing: the dialog is still waiting and nothing was pasted.
    expect(await findByRole(page, 'alertdialog', /personal details in it/)).toBeDefined();
    expect(await chat.modelText()).toBe('');
  });

  test('markup in a pasted note is shown as text, never run', async ({ page }) => {
    const chat = new ChatPage(page, page.locator('textarea'));
    const hostile = `Dr. <img src=x onerror="window.__ngPwned=1">Okafor <b>bold</b> call ${PHONE}`;
    await chat.paste(hostile);
    const warning = await chat.warningText();
    // The dialog shows the tags as characters (split by its highlights), not as elements.
    expect(warning).toContain('<b>');
    expect(warning).toContain('</b>');
    expect(await page.evaluate(() => (window as unknown as { __ngPwned?: number }).__ngPwned)).toBeUndefined();
    await chat.chooseRedact();
    expect(await chat.modelText()).toMatch(/<b>.*<\/b>/);
    expect(await chat.modelText()).not.toContain(PHONE);
  });

  test('odd text (NUL, lone surrogates, right-to-left, emoji) gets the dialog, not a crash', async ({ page }) => {
    const chat = new ChatPage(page, page.locator('textarea'));
    const odd = `\u0000\u0007 مريض 👩‍⚕️ \uD800 call ${PHONE} \u202Eevil\u202C ${'🙂'.repeat(50)}`;
    await chat.paste(odd);
    expect(await chat.warningText()).toContain(PHONE);
    await chat.chooseRedact();
    const model = await chat.modelText();
    expect(model).toContain('[PHONE 1]');
    expect(model).toContain('👩‍⚕️');
  });

  test('HTML on the clipboard with no plain text: its text is checked, its scripts never run', async ({ page }) => {
    const chat = new ChatPage(page, page.locator('textarea'));
    const html = `<p>Patient Rosa Whitfield, call ${PHONE}.</p><script>window.__ngPwned = 1</script><img src="x" onerror="window.__ngPwned = 2"><span style="display:none">MRN 4417823</span>`;
    // A copy that puts only HTML on the clipboard, as a page can.
    await page.evaluate((markup) => {
      document.addEventListener('copy', (event) => {
        event.clipboardData!.setData('text/html', markup);
        event.preventDefault();
      }, { once: true });
    }, html);
    await chat.composer.click();
    await page.keyboard.press('ControlOrMeta+C');
    await page.keyboard.press('ControlOrMeta+V');
    const warning = await chat.warningText();
    expect(warning).toContain(PHONE);
    // Hidden text is checked too: an editor that takes the HTML keeps it.
    expect(warning).toContain('4417823');
    await chat.chooseRedact();
    const model = await chat.modelText();
    expect(model).toContain('[PHONE 1]');
    expect(model).not.toContain(PHONE);
    expect(model).not.toContain('__ngPwned');
    expect(await page.evaluate(() => (window as unknown as { __ngPwned?: number }).__ngPwned)).toBeUndefined();
  });

  test('a paste of 100,000 lines gets the dialog', async ({ page }) => {
    test.setTimeout(60_000);
    const chat = new ChatPage(page, page.locator('textarea'));
    await chat.paste(`${NOTE}\n${'ok\n'.repeat(100_000)}`);
    expect(await chat.warningText()).toContain(PHONE);
    await chat.cancel();
    expect(await chat.modelText()).toBe('');
  });

  test('a 1 MB paste shows a moving progress bar, then the warning', async ({ page }) => {
    test.setTimeout(120_000);
    const chat = new ChatPage(page, page.locator('textarea'));
    const megabyte = notesOfLength(1_000_000);
    await chat.paste(megabyte);
    // From the paste (writing a megabyte to the clipboard before it takes the test a while).
    const started = Date.now();
    const progress = await progressWhileChecking(page);
    const warning = await chat.warningText();
    console.log(`1 MB paste: warning found ${Date.now() - started} ms after the paste (progress bar at ${progress.join(', ')}%)`);
    // The bar was seen part way: it fills as the model reads, it does not jump from empty to done.
    expect(progress.some((percent) => percent > 0 && percent < 100)).toBe(true);
    expect(warning).toMatch(/first [\d,]+ characters/);
    expect(warning).toContain('and all of it is in the preview below');
    await chat.cancel();
    expect(await chat.modelText()).toBe('');
  });

  test('the redacted copy of a 1 MB paste lands in a React textarea in seconds', async ({ page }) => {
    test.setTimeout(120_000);
    const chat = new ChatPage(page, page.locator('textarea'));
    await chat.paste(notesOfLength(1_000_000));
    await chat.warningText();
    const started = Date.now();
    // Typing a megabyte in with insertText would hold the page for minutes.
    await chat.chooseRedact();
    const model = await chat.modelText();
    console.log(`1 MB paste: redacted copy in the composer ${Date.now() - started} ms after the choice (${model.length} characters)`);
    expect(model.length).toBeGreaterThan(900_000);
    expect(model).toContain('[NAME 1]');
    expect(model).not.toContain('00482913'); // an MRN of the first sample note, found by the rules all through
  });

  test('Cancel while a 1 MB paste is checked pastes nothing and the next paste is checked at once', async ({ page }) => {
    test.setTimeout(120_000);
    const chat = new ChatPage(page, page.locator('textarea'));
    await chat.paste(notesOfLength(1_000_000));
    await waitForRole(page, 'progressbar', 'How much is checked', 30_000);
    await chat.cancel();
    expect(await chat.modelText()).toBe('');

    await chat.paste(NOTE);
    const started = Date.now();
    const warning = await chat.warningText();
    console.log(`after a cancelled 1 MB check, the next paste's warning came after ${Date.now() - started} ms`);
    expect(warning).toContain(PHONE);
    await chat.chooseRedact();
    expect(await chat.modelText()).toContain('[PHONE 1]');
  });
});

/** The practice sample notes over and over: about 20,000 details in a megabyte. */
function notesOfLength(length: number): string {
  const parts: string[] = [];
  for (let index = 0, total = 0; total < length; index++) {
    parts.push(SAMPLE_NOTES[index % SAMPLE_NOTES.length].text);
    total += parts.at(-1)!.length + 2;
  }
  return parts.join('\n\n').slice(0, length);
}

/** The values the checking dialog's progress bar shows until the check ends. */
async function progressWhileChecking(page: Page): Promise<number[]> {
  const seen: number[] = [];
  for (;;) {
    const bar = await findByRole(page, 'progressbar', 'How much is checked');
    if (!bar) {
      if (seen.length > 0 || (await findByRole(page, 'alertdialog', /personal details in it/))) return seen;
    } else if (bar.value !== undefined && Number(bar.value.value) !== seen.at(-1)) {
      seen.push(Number(bar.value.value));
    }
    await page.waitForTimeout(25);
  }
}
