import type { WorkerLike } from './detection-host';

/** Kept in its own module so Vite sees the worker URL and bundles the worker as a chunk. */
export function startDetectionWorker(): WorkerLike {
  return new Worker(new URL('./detect-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
