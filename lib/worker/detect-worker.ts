/// <reference lib="webworker" />
import { CANCELLED } from '../messaging/protocol';
import type { WorkerReply, WorkerRequest } from './detection-protocol';
import { createWorkerDetector } from './worker-detector';
import { loadBundledModel } from './bundled-model';

// The worker sits in assets/ in the extension and in the standalone demo alike, so the model and
// ONNX Runtime are one folder up: this keeps a demo hosted in a subfolder inside that folder.
const detector = createWorkerDetector(() => loadBundledModel(new URL('..', self.location.href).href));
/** The checks under way, so that a cancel can stop one. */
const running = new Map<number, AbortController>();
const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  if (data.kind === 'cancel') {
    running.get(data.id)?.abort();
    return;
  }
  const { id } = data;
  const stop = new AbortController();
  running.set(id, stop);
  try {
    const result = await detector.detect(data.text, data.personalTerms, data.threshold, {
      signal: stop.signal,
      onProgress: (progress) => post({ kind: 'progress', id, progress }),
    });
    post({ kind: 'result', id, ok: true, ...result });
  } catch (error) {
    post({ kind: 'result', id, ok: false, error: stop.signal.aborted ? CANCELLED : String(error) });
  } finally {
    running.delete(id);
  }
};
