// Speed and memory of detection inside the built extension, in real Chromium: the path a paste
// takes (extension page → background → offscreen document → Web Worker with rules and the model).
// Prints figures; asserts nothing, so a noisy machine cannot make it flaky.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, chromiumArgs } from '../e2e/support/fixtures';
import { SAMPLE_NOTES } from '../lib/samples/sample-notes';

const WARM_RUNS = 30;
const REPEATED_PASTES = 100;

function noteOfLength(length: number): string {
  const parts: string[] = [];
  for (let index = 0; parts.join('\n\n').length < length; index++) parts.push(SAMPLE_NOTES[index % SAMPLE_NOTES.length].text);
  return parts.join('\n\n').slice(0, length);
}

/** Resident memory of Chromium's extension process, which holds the offscreen document and its worker. */
function extensionProcessMegabytes(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) / 1024;
    } catch {
      // The process ended while we read it.
    }
  }
  return total;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

if (process.argv.includes('--build')) execSync('npx wxt build', { stdio: 'inherit' });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'noteguard-bench-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs('http://127.0.0.1:9'),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(worker.url()).host}/practice.html`);

interface Timed {
  ms: number;
  ok: boolean;
  modelStatus?: string;
  findings: number;
  error?: string;
}
const detect = (text: string): Promise<Timed> =>
  page.evaluate(async (value) => {
    const started = performance.now();
    // An extension page may message the background directly, as the content script does.
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<any> } } }).chrome.runtime;
    const answer = await runtime.sendMessage({ to: 'background', kind: 'detect', text: value });
    return {
      ms: performance.now() - started,
      ok: answer.ok,
      modelStatus: answer.modelStatus,
      findings: answer.findings?.length ?? 0,
      error: answer.error,
    };
  }, text);

const note = noteOfLength(3_000);
const first = await detect(note);
console.log(`first detection after browser start (3,000 chars, offscreen document + worker + model load): ${first.ms.toFixed(0)} ms, model ${first.modelStatus}, ${first.findings} findings${first.error ? `, error: ${first.error}` : ''}`);

const warm: number[] = [];
for (let run = 0; run < WARM_RUNS; run++) warm.push((await detect(note)).ms);
console.log(`warm 3,000-char note, ${WARM_RUNS} runs: median ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms`);

const megabyte = noteOfLength(1_000_000);
const big = await detect(megabyte);
console.log(`1 MB paste: ${big.ms.toFixed(0)} ms, ${big.ok ? `${big.findings} findings` : `failed: ${big.error}`}`);

const before = extensionProcessMegabytes();
for (let run = 0; run < REPEATED_PASTES; run++) await detect(noteOfLength(3_000 + run * 10));
const after = extensionProcessMegabytes();
console.log(`extension process memory: ${before.toFixed(0)} MB before and ${after.toFixed(0)} MB after ${REPEATED_PASTES} more pastes`);
await context.close();
