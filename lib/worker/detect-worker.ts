/// <reference lib="webworker" />
import type { WorkerReply, WorkerRequest } from './detection-protocol';
import { createWorkerDetector } from './worker-detector';
import { loadBundledModel } from './bundled-model';

// The worker sits in assets/ in the extension and in the standalone demo alike, so the model and
// ONNX Runtime are one folder up: this keeps a demo hosted in a subfolder inside that folder.
const detector = createWorkerDetector(() => loadBundledModel(new URL('..', self.location.href).href));

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    const result = await detector.detect(data.text, data.personalTerms, data.threshold);
    reply = { id: data.id, ok: true, ...result };
  } catch (error) {
    reply = { id: data.id, ok: false, error: String(error) };
  }
  self.postMessage(reply);
};
