/**
 * The detector the Node scripts use: the same engine as the extension, the shipped NER model
 * included, so that `npm run detect`, the evaluation and the benchmarks measure what ships.
 */
import { createDetector, type Detector } from '../lib/detect/engine';
import { ruleRecognizers } from '../lib/detect/recognizers/registry';
import { loadNodeNerRecognizer } from './ner-node';

export const ENGINES = ['both', 'rules', 'model'] as const;
export type Engine = (typeof ENGINES)[number];

export async function loadDetectorForNode(engine: Engine = 'both'): Promise<Detector> {
  if (engine === 'rules') return createDetector(ruleRecognizers());
  const model = await loadNodeNerRecognizer();
  return createDetector(engine === 'model' ? [model] : [...ruleRecognizers(), model]);
}
