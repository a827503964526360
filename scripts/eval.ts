/**
 * Token-level evaluation against a gold corpus:
 * `npx tsx scripts/eval.ts --gold GOLD.jsonl [--pred PRED.jsonl] [--engine both|rules|model|all] [--top 25] [--label NAME]`
 * (--label lists only that label's errors).
 * Without --pred it runs the Node detector (scripts/node-detector.ts) on the gold texts: rules and
 * model together by default, either alone, or `all` for the three side by side.
 */
import { readFileSync } from 'node:fs';
import { evaluate, type LabelledSpan, type Scores, type ScoredDocument, type SpanError } from '../lib/detect/evaluate';
import { PHI_LABELS } from '../lib/detect/types';
import { parseCli, requireFile } from './cli';
import { ENGINES, loadDetectorForNode, type Engine } from './node-detector';

interface Record {
  id: string;
  text?: string;
  spans: LabelledSpan[];
}

const values = parseCli(
  'npx tsx scripts/eval.ts --gold GOLD.jsonl [--pred PRED.jsonl] [--engine both|rules|model|all] [--top 25] [--label NAME]',
  {
    gold: { type: 'string' },
    pred: { type: 'string' },
    top: { type: 'string', default: '25' },
    label: { type: 'string' },
    engine: { type: 'string', default: 'both' },
  },
  ['gold'],
);

const gold = readJsonl(requireFile(values.gold ?? '', 'gold corpus'));
const top = Number(values.top);
const engines: Engine[] = values.engine === 'all' ? [...ENGINES] : [values.engine as Engine];
if (!engines.every((engine) => ENGINES.includes(engine))) {
  console.error(`--engine must be one of ${ENGINES.join(', ')} or all`);
  process.exit(2);
}

if (values.pred) {
  report('predictions', readJsonl(values.pred), true);
} else {
  // With several engines, the last one printed in full is the shipped one (rules and model).
  for (const engine of [...engines].reverse()) report(engine, await detectAll(gold, engine), engine === engines[0]);
}

function report(name: string, predicted: Record[], withErrors: boolean): void {
  if (predicted.length !== gold.length) throw new Error(`gold has ${gold.length} lines, predictions ${predicted.length}`);
  const documents: ScoredDocument[] = gold.map((record, index) => {
    if (predicted[index].id !== record.id) throw new Error(`line ${index + 1}: gold id ${record.id}, prediction id ${predicted[index].id}`);
    return { id: record.id, text: record.text ?? '', gold: record.spans, predicted: predicted[index].spans };
  });
  const result = evaluate(documents);
  console.log(`\n== ${name}: ${documents.length} notes, token level\n`);
  console.log(row('label', 'P', 'R', 'F2', 'TP', 'FP', 'FN'));
  for (const label of PHI_LABELS) printScores(label, result.perLabel[label]);
  printScores('label-aware', result.labelAware);
  printScores('label-agnostic', result.labelAgnostic);
  const names = result.spansFullyCaught.NAME;
  console.log(`\nnames fully caught: ${(names.caught / Math.max(1, names.total)).toFixed(3)} (${names.caught} of ${names.total} gold names, every token found)`);
  if (!withErrors) return;
  printErrors('Top misses (gold spans with tokens not found)', result.misses);
  printErrors('Top false positives (predicted spans with non-PHI tokens)', result.falsePositives);
}

function readJsonl(path: string): Record[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record);
}

async function detectAll(records: readonly Record[], engine: Engine): Promise<Record[]> {
  const detector = await loadDetectorForNode(engine);
  const started = performance.now();
  const results: Record[] = [];
  for (const record of records) {
    const findings = await detector.detect(record.text ?? '');
    results.push({ id: record.id, spans: findings.map(({ start, end, label }) => ({ start, end, label })) });
  }
  console.error(`${engine}: detected ${records.length} notes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return results;
}

function row(...cells: (string | number)[]): string {
  return cells.map((cell, index) => String(cell).padStart(index === 0 ? 0 : 8).padEnd(index === 0 ? 16 : 0)).join('');
}

function printScores(name: string, scores: Scores): void {
  if (scores.truePositives + scores.falsePositives + scores.falseNegatives === 0) return;
  const format = (value: number) => value.toFixed(3);
  console.log(
    row(name, format(scores.precision), format(scores.recall), format(scores.f2), scores.truePositives, scores.falsePositives, scores.falseNegatives),
  );
}

/** The most frequent error texts, each with its count and one example in context. */
function printErrors(title: string, errors: readonly SpanError[]): void {
  const byText = new Map<string, { count: number; example: SpanError }>();
  for (const error of errors.filter((candidate) => !values.label || candidate.label === values.label)) {
    const key = `${error.label} ${error.text.toLowerCase().replace(/\d/g, '9')}`;
    const entry = byText.get(key);
    if (entry) entry.count++;
    else byText.set(key, { count: 1, example: error });
  }
  console.log(`\n${title}: ${errors.length} spans`);
  for (const { count, example } of [...byText.values()].sort((a, b) => b.count - a.count).slice(0, top)) {
    console.log(`${String(count).padStart(5)}  ${example.label.padEnd(12)} ${example.context}`);
  }
}
