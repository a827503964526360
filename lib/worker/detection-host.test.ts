import { describe, expect, it, vi } from 'vitest';
import { CANCELLED, type DetectProgress } from '../messaging/protocol';
import { createDetectionHost, type WorkerLike } from './detection-host';
import type { WorkerReply, WorkerRequest } from './detection-protocol';

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  received: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
}

describe('createDetectionHost', () => {
  it('answers each request with the worker findings', async () => {
    const worker = new FakeWorker();
    const host = createDetectionHost(() => worker);
    const answer = host.detect('call 555-123-4567', [], 0.5);
    const finding = { start: 5, end: 17, label: 'PHONE' as const, score: 0.9, source: 'phone' };
    worker.reply({ kind: 'result', id: worker.received[0].id, ok: true, findings: [finding], modelStatus: 'ready' });
    await expect(answer).resolves.toMatchObject({ ok: true, findings: [finding], modelStatus: 'ready' });
  });

  it('answers with an error and replaces the worker after a crash', async () => {
    const workers: FakeWorker[] = [];
    const host = createDetectionHost(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const answer = host.detect('text', [], 0.5);
    workers[0].onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(answer).resolves.toEqual({ ok: false, error: 'The detector stopped: boom' });
    expect(workers[0].terminated).toBe(true);

    const second = host.detect('more', [], 0.5);
    expect(workers).toHaveLength(2);
    workers[1].reply({ kind: 'result', id: workers[1].received[0].id, ok: true, findings: [], modelStatus: 'ready' });
    await expect(second).resolves.toMatchObject({ ok: true, findings: [] });
  });

  it('passes the worker progress to the caller of that check', async () => {
    const worker = new FakeWorker();
    const host = createDetectionHost(() => worker);
    const seen: DetectProgress[] = [];
    const answer = host.detect('long text', [], 0.5, { onProgress: (progress) => seen.push(progress) });
    const { id } = worker.received[0];
    worker.reply({ kind: 'progress', id, progress: { done: 1, total: 4 } });
    worker.reply({ kind: 'progress', id, progress: { done: 2, total: 4 } });
    worker.reply({ kind: 'result', id, ok: true, findings: [], modelStatus: 'partial', modelReadCharacters: 20 });
    await expect(answer).resolves.toMatchObject({ ok: true, modelStatus: 'partial', modelReadCharacters: 20 });
    expect(seen).toEqual([
      { done: 1, total: 4 },
      { done: 2, total: 4 },
    ]);
  });

  it('answers a stopped check at once and tells the worker to drop it, keeping the worker for the next', async () => {
    const worker = new FakeWorker();
    const host = createDetectionHost(() => worker);
    const stop = new AbortController();
    const answer = host.detect('a megabyte', [], 0.5, { signal: stop.signal });
    stop.abort();
    await expect(answer).resolves.toEqual({ ok: false, error: CANCELLED });
    expect(worker.received.at(-1)).toEqual({ kind: 'cancel', id: worker.received[0].id });
    expect(worker.terminated).toBe(false);

    const next = host.detect('next paste', [], 0.5);
    const nextRequest = worker.received.at(-1)!;
    expect(nextRequest).toMatchObject({ kind: 'detect', text: 'next paste' });
    worker.reply({ kind: 'result', id: worker.received[0].id, ok: false, error: CANCELLED });
    worker.reply({ kind: 'result', id: nextRequest.id, ok: true, findings: [], modelStatus: 'ready' });
    await expect(next).resolves.toMatchObject({ ok: true, findings: [] });
  });

  it('does not start a check whose caller already stopped it', async () => {
    const worker = new FakeWorker();
    const stop = new AbortController();
    stop.abort();
    await expect(createDetectionHost(() => worker).detect('text', [], 0.5, { signal: stop.signal })).resolves.toEqual({ ok: false, error: CANCELLED });
    expect(worker.received).toEqual([]);
  });

  it('gives up on a worker that does not answer in time', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const host = createDetectionHost(() => worker, 1_000);
    const answer = host.detect('slow', [], 0.5);
    vi.advanceTimersByTime(1_001);
    await expect(answer).resolves.toEqual({ ok: false, error: 'The check took too long.' });
    expect(worker.terminated).toBe(true);
    vi.useRealTimers();
  });
});
