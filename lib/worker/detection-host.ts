import { CANCELLED, type DetectResponse, type DetectWatch } from '../messaging/protocol';
import type { WorkerReply, WorkerRequest } from './detection-protocol';

/** The part of a Worker the host uses, so that tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  resolve(response: DetectResponse): void;
  onProgress?: DetectWatch['onProgress'];
  startedAt: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface DetectionHost {
  detect(text: string, personalTerms: string[], threshold: number, watch?: DetectWatch): Promise<DetectResponse>;
}

/**
 * Owns one detection worker. A worker that crashes or stops answering is replaced on the next
 * request, and every request gets an answer: findings, or an error the dialog can show. A check
 * its caller stops is answered CANCELLED at once, and the worker drops it at its next model window.
 */
export function createDetectionHost(startWorker: () => WorkerLike, timeoutMs = 20_000): DetectionHost {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number, response: DetectResponse) => {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    clearTimeout(request.timer);
    request.resolve(response);
  };

  const failAll = (error: string) => {
    for (const id of pending.keys()) settle(id, { ok: false, error });
    worker?.terminate();
    worker = undefined;
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = ({ data }) => {
      const request = pending.get(data.id);
      if (!request) return;
      if (data.kind === 'progress') request.onProgress?.(data.progress);
      else
        settle(
          data.id,
          data.ok
            ? {
                ok: true,
                findings: data.findings,
                modelStatus: data.modelStatus,
                modelReadCharacters: data.modelReadCharacters,
                elapsedMs: performance.now() - request.startedAt,
              }
            : { ok: false, error: data.error },
        );
    };
    started.onerror = (event) => failAll(`The detector stopped: ${event.message || 'worker error'}`);
    worker = started;
    return started;
  };

  return {
    detect(text, personalTerms, threshold, watch = {}) {
      return new Promise<DetectResponse>((resolve) => {
        const { signal, onProgress } = watch;
        if (signal?.aborted) return resolve({ ok: false, error: CANCELLED });
        const id = nextId++;
        const timer = setTimeout(() => failAll('The check took too long.'), timeoutMs);
        pending.set(id, { resolve, onProgress, startedAt: performance.now(), timer });
        signal?.addEventListener('abort', () => {
          if (!pending.has(id)) return;
          settle(id, { ok: false, error: CANCELLED });
          worker?.postMessage({ kind: 'cancel', id });
        });
        try {
          ensureWorker().postMessage({ kind: 'detect', id, text, personalTerms, threshold });
        } catch (error) {
          failAll(`The detector could not start: ${String(error)}`);
        }
      });
    },
  };
}
