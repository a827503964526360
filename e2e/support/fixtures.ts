import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NetworkRecorder } from './network-recorder';
import { FIXTURE_OUT_DIR } from './fixture-build';

/** A private copy may be named when others rebuild .output while a suite runs. */
export const EXTENSION_DIR = process.env.NOTEGUARD_EXTENSION_DIR ?? resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(proxy: string, extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--proxy-server=${proxy}`,
    // Loopback too goes through the recorder: no request may slip past it.
    '--proxy-bypass-list=<-loopback>',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,NetworkTimeServiceQuerying,ExtensionsManifestV3Only',
    '--disable-client-side-phishing-detection',
    '--no-pings',
    '--disable-domain-reliability',
    '--extensions-update-frequency=31536000',
    '--google-base-url=http://127.0.0.1:9',
    '--gaia-url=http://127.0.0.1:9',
  ];
}

export async function launchWithExtension(
  userDataDir: string,
  proxy: string,
  extensionDir = EXTENSION_DIR,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(proxy, extensionDir),
    viewport: { width: 1100, height: 800 },
  });
}

/** Serves a fixture page built with a real editor library under a chatbot's real URL. */
export async function serveFixture(
  context: BrowserContext,
  network: NetworkRecorder,
  origin: string,
  fixture: string,
): Promise<void> {
  network.allowServedHost(new URL(origin).hostname);
  const script = readFileSync(join(FIXTURE_OUT_DIR, `${fixture}.js`), 'utf8');
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/fixture.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${fixture}</title></head><body><div id="root"></div><script src="/fixture.js"></script></body></html>`,
    });
  });
}

interface Fixtures {
  /** The unpacked extension to load; fault tests point it at a damaged copy. */
  extensionDir: string;
  context: BrowserContext;
  extensionId: string;
  network: NetworkRecorder;
  page: Page;
}

export const test = base.extend<Fixtures>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  network: async ({}, use) => {
    const recorder = new NetworkRecorder();
    await use(recorder);
  },
  context: async ({ network, extensionDir }, use) => {
    const proxy = await network.start();
    const userDataDir = mkdtempSync(join(tmpdir(), 'noteguard-e2e-'));
    const context = await launchWithExtension(userDataDir, proxy, extensionDir);
    await use(context);
    await context.close();
    await network.stop();
    rmSync(userDataDir, { recursive: true, force: true });
    // The promise that never bends: no context of the extension talked to the network.
    expect(network.requests, 'requests that left the browser').toEqual([]);
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };

/** One Chromium with the extension, shared by every test of a worker that asks for it. */
export interface SharedBrowser {
  context: BrowserContext;
  network: NetworkRecorder;
  /** Serves a fixture under a chatbot's origin once for the whole worker. */
  serve(origin: string, fixture: string): Promise<void>;
}

interface SharedFixtures {
  /** A fresh tab in the shared browser, closed after the test. */
  sharedPage: Page;
}

/**
 * For suites of many short tests (e2e/sites.spec.ts): starting Chromium costs more than most of
 * their tests, so one browser serves the worker and each test gets its own tab. Tests that need
 * a clean profile keep using `test`.
 */
export const sharedTest = base.extend<SharedFixtures, { sharedBrowser: SharedBrowser }>({
  sharedBrowser: [
    async ({}, use) => {
      const network = new NetworkRecorder();
      const proxy = await network.start();
      const userDataDir = mkdtempSync(join(tmpdir(), 'noteguard-e2e-shared-'));
      const context = await launchWithExtension(userDataDir, proxy);
      const served = new Map<string, string>();
      await use({
        context,
        network,
        async serve(origin, fixture) {
          if (served.get(origin) === fixture) return;
          if (served.has(origin)) await context.unroute(`${origin}/**`);
          served.set(origin, fixture);
          await serveFixture(context, network, origin, fixture);
        },
      });
      await context.close();
      await network.stop();
      rmSync(userDataDir, { recursive: true, force: true });
      expect(network.requests, 'requests that left the browser').toEqual([]);
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ sharedBrowser }, use) => {
    const page = await sharedBrowser.context.newPage();
    await use(page);
    await page.close();
  },
});
