/// <reference lib="webworker" />
import type { WorkerReply, WorkerRequest } from './detection-protocol';
import { createWorkerDetector } from './worker-detector';
import { loadBundledModel } from './bundled-model';

const detector = createWorkerDetector(() => loadBundledModel(self.location.origin));

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    const result = await detector.detect(data.text, data.personalTerms);
    reply = { id: data.id, ok: true, ...result };
  } catch (error) {
    reply = { id: data.id, ok: false, error: String(error) };
  }
  self.postMessage(reply);
};
