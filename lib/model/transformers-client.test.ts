import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Recognizer } from '../detect/types';
import { loadTransformersNerClient, loadNerRecognizer } from './transformers-client';

// The shipped model, loaded from the repo's models/ folder through transformers.js and
// onnxruntime-node, exactly as scripts/ner-node.ts does.
const MODELS = fileURLToPath(new URL('../../models/', import.meta.url));
const hasModel = existsSync(`${MODELS}noteguard-phi-ner/onnx/model.onnx`);

const ctx = { personalTerms: [] };

/**
 * Sentences where only context says that a word is a name or a place: no rule can find them.
 * `exact`: the span must be exactly the name; otherwise a span of that label must cover it (the
 * model is case-blind, so in "Tadeusz will drive" it may take "will" for a surname: over-redaction
 * is the cheap mistake).
 */
const CASES: { text: string; expected: [string, string][]; exact: boolean }[] = [
  { text: 'She was seen with her daughter Maria today.', expected: [['Maria', 'NAME']], exact: true },
  { text: 'Spoke with Okonkwo about the results.', expected: [['Okonkwo', 'NAME']], exact: true },
  { text: 'Patient was transferred from Calvert Memorial yesterday.', expected: [['Calvert Memorial', 'ORGANIZATION']], exact: true },
  { text: 'SEEN BY DR KHAN, DAU AT BEDSIDE', expected: [['KHAN', 'NAME']], exact: true },
  { text: 'Her husband Tadeusz will drive her home.', expected: [['Tadeusz', 'NAME']], exact: false },
];

describe.skipIf(!hasModel)('shipped NER model in Node', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await loadNerRecognizer({ modelBaseUrlOrPath: MODELS, readText: (path) => readFile(path, 'utf8') });
  }, 60_000);

  it.each(CASES)('finds the names in "$text"', async ({ text, expected, exact }) => {
    const found = await recognizer.recognize(text, ctx);
    const got = found.map((f) => [text.slice(f.start, f.end), f.label]);
    for (const [name, label] of expected) {
      if (exact) expect(got).toContainEqual([name, label]);
      else {
        const at = text.indexOf(name);
        expect(found.some((f) => f.label === label && f.start <= at && f.end >= at + name.length)).toBe(true);
      }
    }
    for (const f of found) expect(f.source).toBe('ner');
  });

  it('takes no everyday word beside a name for part of it', async () => {
    const text = 'Follow-up visit on 03/14/2024. Reviewed the scan; Adaeze agreed with the plan. Call (608) 555-0143.';
    const found = await recognizer.recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Adaeze']);
  });

  it('finds nothing in a redacted copy, whose placeholders it never saw in training', async () => {
    const text =
      'Hi Dr. [NAME 3] [NAME 4] (DOB [DATE 2], MRN [ID 1]) has been coughing at night since Tuesday. ' +
      'He uses the albuterol inhaler about 3 times a day now. You can reach me at [PHONE 1]. Thank you, [NAME 1]';
    expect(await recognizer.recognize(text, ctx)).toEqual([]);
  });

  it('keeps kinship words out of the name beside them', async () => {
    const text = 'Hi Dr. Whitaker, my son Mateo has been coughing at night since Tuesday.';
    const names = (await recognizer.recognize(text, ctx)).map((f) => text.slice(f.start, f.end));
    expect(names.filter((name) => /\b(?:my|son)\b/.test(name))).toEqual([]);
  });

  it('maps offsets back to the original text past emoji and accents', async () => {
    const text = '🙂🙂 Seen with her daughter Maria today. Café.';
    const found = await recognizer.recognize(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toContain('Maria');
  });

  it('finds a name at the end of a note longer than one window', async () => {
    const filler = 'Blood pressure was stable and the wound is healing well. '.repeat(60);
    const text = `${filler}She was seen with her daughter Maria today.`;
    const found = await recognizer.recognize(text, ctx);
    expect(found.map((f) => [text.slice(f.start, f.end), f.label])).toContainEqual(['Maria', 'NAME']);
  });

  it('gives the same predictions as PyTorch did at export', async () => {
    const golden = JSON.parse(readFileSync(new URL('./fixtures/golden-logits.json', import.meta.url), 'utf8')) as {
      text: string;
      ids: number[];
      argmax: number[];
    }[];
    const client = await loadTransformersNerClient({ modelBaseUrlOrPath: MODELS, readText: (path) => readFile(path, 'utf8') });
    for (const g of golden) {
      const enc = client.tokenizer.encode(g.text);
      expect([client.tokenizer.clsId, ...enc.ids, client.tokenizer.sepId]).toEqual(g.ids);
      const [logits] = await client.logits([g.ids]);
      const n = client.labels.length;
      const argmax = Array.from({ length: g.ids.length }, (_, t) => {
        const row = Array.from(logits.subarray(t * n, (t + 1) * n));
        return row.indexOf(Math.max(...row));
      });
      expect(argmax).toEqual(g.argmax);
    }
    await client.dispose();
  }, 60_000);
});
