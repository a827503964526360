/**
 * The detector the Node scripts use. It is the seam for the NER model: when the model ships,
 * this is the one place that adds its recognizer, so that `npm run detect`, the evaluation and
 * the benchmark run the same engine as the extension.
 */
import { createDetector, type Detector } from '../lib/detect/engine';
import { ruleRecognizers } from '../lib/detect/recognizers/registry';

export async function loadDetectorForNode(): Promise<Detector> {
  return createDetector(ruleRecognizers());
}
