import { DEFAULT_THRESHOLD } from '@/lib/detect/engine';
import { createDetectionHost } from '@/lib/worker/detection-host';
import { startDetectionWorker } from '@/lib/worker/start-detection-worker';
import type { TeachingDetectText } from '@/lib/teaching';

/**
 * The demo's detection seam: one Web Worker of this page (lib/worker/detect-worker.ts, rules and
 * the bundled model), no personal terms — the demo knows no one.
 */
export function createDemoDetectText(): TeachingDetectText {
  const host = createDetectionHost(startDetectionWorker);
  return (text) => host.detect(text, [], DEFAULT_THRESHOLD);
}
