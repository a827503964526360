/**
 * The detect contract (shared DESIGN.md): `npx tsx scripts/detect.ts --in IN.jsonl --out OUT.jsonl`.
 * IN holds one JSON object a line with at least `id` and `text`; OUT gets one line per input line,
 * in order: {"id", "spans": [{"start", "end", "label", "score"}]}, UTF-16 offsets, end-exclusive.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseCli, requireFile } from './cli';
import { loadDetectorForNode } from './node-detector';

const values = parseCli('npx tsx scripts/detect.ts --in IN.jsonl --out OUT.jsonl', { in: { type: 'string' }, out: { type: 'string' } }, ['in', 'out']);
const input = requireFile(values.in ?? '', 'input');
const outputPath = values.out ?? '';

const detector = await loadDetectorForNode();
const output = createWriteStream(outputPath);
const started = performance.now();
let lineNumber = 0;

for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  lineNumber++;
  const record = parseRecord(line, lineNumber);
  const findings = typeof record.text === 'string' ? await detector.detect(record.text) : [];
  const spans = findings.map(({ start, end, label, score }) => ({ start, end, label, score: Math.round(score * 1000) / 1000 }));
  if (!output.write(`${JSON.stringify({ id: record.id ?? null, spans })}\n`)) await once(output, 'drain');
  if (lineNumber % 500 === 0) console.error(`detect: ${lineNumber} notes, ${elapsedSeconds()} s`);
}
output.end();
await once(output, 'finish');
console.error(`detect: done, ${lineNumber} notes in ${elapsedSeconds()} s → ${outputPath}`);

/** A line that is not a JSON object still gets its output line, so that OUT stays aligned with IN. */
function parseRecord(line: string, number: number): { id?: unknown; text?: unknown } {
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed && typeof parsed === 'object') return parsed as { id?: unknown; text?: unknown };
  } catch {
    // reported below
  }
  console.error(`detect: line ${number} is not a JSON object; writing no spans for it`);
  return {};
}

function elapsedSeconds(): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
