import type { DetectResponse } from '../messaging/protocol';
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
  startedAt: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface DetectionHost {
  detect(text: string, personalTerms: string[], threshold: number): Promise<DetectResponse>;
}

/**
 * Owns one detection worker. A worker that crashes or stops answering is replaced on the next
 * request, and every request gets an answer: findings, or an error the dialog can show.
 */
export function createDetectionHost(startWorker: () => WorkerLike, timeoutMs = 20_000): DetectionHost {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: string) => {
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      request.resolve({ ok: false, error });
      pending.delete(id);
    }
    worker?.terminate();
    worker = undefined;
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = ({ data }) => {
      const request = pending.get(data.id);
      if (!request) return;
      pending.delete(data.id);
      clearTimeout(request.timer);
      request.resolve(
        data.ok
          ? { ok: true, findings: data.findings, modelStatus: data.modelStatus, elapsedMs: Date.now() - request.startedAt }
          : { ok: false, error: data.error },
      );
    };
    started.onerror = (event) => failAll(`The detector stopped: ${event.message || 'worker error'}`);
    worker = started;
    return started;
  };

  return {
    detect(text, personalTerms, threshold) {
      return new Promise<DetectResponse>((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => failAll('The check took too long.'), timeoutMs);
        pending.set(id, { resolve, startedAt: Date.now(), timer });
        try {
          ensureWorker().postMessage({ id, text, personalTerms, threshold });
        } catch (error) {
          failAll(`The detector could not start: ${String(error)}`);
        }
      });
    },
  };
}
