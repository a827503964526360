/**
 * Node inference time of the shipped NER model through transformers.js (onnxruntime-node):
 * a 3,000-character synthetic note, 3 warm-up runs, then the median of 20.
 *
 *   npx tsx scripts/bench-ner.ts [--models DIR]   (DIR holds noteguard-phi-ner/; default: the repo's models/)
 */
import { performance } from 'node:perf_hooks';
import { loadNodeNerRecognizer } from './ner-node';

const SENTENCES = [
  'Patient seen today with her daughter Maria for follow-up of type 2 diabetes.',
  'She reports good adherence to metformin 850 mg twice daily and walks 30 minutes most days.',
  'Spoke with Dr. Okonkwo at Calvert Memorial about the echocardiogram results.',
  'BP 132/84, HR 76, afebrile. Lungs clear. No edema. Foot exam normal, monofilament intact.',
  'A1c 7.4% from 8.1% in March. Lipids at goal on atorvastatin 40 mg.',
  'Plan: continue current regimen, repeat labs in three months, diabetic eye exam referral.',
  'Husband Tadeusz drives her to appointments; lives in Dayton with two grandchildren.',
];

function makeNote(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${SENTENCES[i % SENTENCES.length]}${i % 3 === 2 ? '\n' : ' '}`;
  return text.slice(0, chars);
}

async function main() {
  const t0 = performance.now();
  const at = process.argv.indexOf('--models');
  const recognizer = at > 0 ? await loadNodeNerRecognizer({ modelBaseUrlOrPath: process.argv[at + 1] }) : await loadNodeNerRecognizer();
  const loadMs = performance.now() - t0;
  const note = makeNote(3000);
  const ctx = { personalTerms: [] };
  for (let i = 0; i < 3; i++) await recognizer.recognize(note, ctx);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    findings = (await recognizer.recognize(note, ctx)).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = (times[9] + times[10]) / 2;
  console.log(
    `NER on a ${note.length}-character note: median ${median.toFixed(1)} ms over 20 runs ` +
      `(min ${times[0].toFixed(1)}, max ${times[19].toFixed(1)}); model load ${loadMs.toFixed(0)} ms; ${findings} findings`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
