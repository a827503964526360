// `npm start`: builds NoteGuard and opens Chromium with it on the built-in practice chatbot.
// Without a display it walks through a sample paste headlessly and saves a screenshot.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ChatPage } from '../e2e/support/chat-page';
import { CHROMIUM, EXTENSION_DIR } from '../e2e/support/fixtures';
import { QUICK_START_NOTE } from '../lib/samples/sample-notes';

const SCREENSHOT = resolve('noteguard-quick-start.png');

execSync('npx wxt build', { stdio: 'inherit' });
const headless = !process.env.DISPLAY;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'noteguard-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: { width: 1100, height: 900 },
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--disable-gpu'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const practiceUrl = `chrome-extension://${new URL(worker.url()).host}/practice.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(practiceUrl);

if (!headless) {
  console.log(`NoteGuard is running on the practice chatbot (${practiceUrl}). Close the browser to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

console.log('No display: pasting a fictional sample note into the practice chatbot, headless.\n');
const chat = new ChatPage(page, page.getByTestId('practice-composer'));
const started = performance.now();
await chat.paste(QUICK_START_NOTE.text);
const warning = await chat.warningText();
const elapsed = performance.now() - started;
await page.screenshot({ path: SCREENSHOT });
console.log(`NoteGuard's warning appeared ${elapsed.toFixed(0)} ms after the paste. It said:\n\n${warning}\n`);
await chat.chooseRedact();
console.log(`After "Paste without my details" the chat box holds:\n\n${await chat.composer.inputValue()}\n`);
console.log(`Screenshot of the warning: ${SCREENSHOT}`);
await context.close();
