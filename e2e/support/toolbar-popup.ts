import type { BrowserContext, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

/**
 * Opens the real toolbar popup over the given tab (chrome.action.openPopup from the service
 * worker) and returns a way to run script in it. Playwright does not list the popup as a page,
 * so it is reached through the Chrome DevTools Protocol's Target domain.
 */
export interface ToolbarPopup {
  (expression: string): Promise<unknown>;
  screenshot(path: string): Promise<void>;
}

export async function openToolbarPopup(context: BrowserContext, over: Page): Promise<ToolbarPopup> {
  // A fresh profile opens the welcome tab on install; if it opens late it becomes the active tab
  // the popup describes. Wait for it and close it first.
  const isWelcome = (candidate: Page) => candidate.url().endsWith('/welcome.html');
  for (let tries = 0; tries < 50 && !context.pages().some(isWelcome); tries++) await over.waitForTimeout(100);
  for (const welcome of context.pages().filter(isWelcome)) await welcome.close();
  await over.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
  const cdp = await context.newCDPSession(over);
  let popup: { targetId: string } | undefined;
  for (let tries = 0; tries < 50 && !popup; tries++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    popup = targetInfos.find((target) => target.url.endsWith('/popup.html'));
    if (!popup) await over.waitForTimeout(100);
  }
  if (!popup) throw new Error('The toolbar popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
  const replies = new Map<number, { result?: Record<string, unknown> }>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
    if (reply.id) replies.set(reply.id, reply);
  });
  let nextId = 1;
  const call = async (method: string, params: object) => {
    const id = nextId++;
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    for (let tries = 0; tries < 100 && !replies.has(id); tries++) await over.waitForTimeout(50);
    return replies.get(id)?.result;
  };
  const evaluate = async (expression: string) =>
    ((await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as { result?: { value?: unknown } })
      ?.result?.value;
  return Object.assign(evaluate, {
    async screenshot(path: string) {
      const { data } = (await call('Page.captureScreenshot', { format: 'png' })) as unknown as { data: string };
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
  });
}


/** Script for the popup: its text once it has rendered the tab's status. */
export const popupText = `(async () => {
  for (let tries = 0; tries < 100 && !document.querySelector('[data-testid="tab-status"]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return document.body.innerText;
})()`;
