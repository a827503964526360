import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, redact } from './index';
import { PLACEHOLDER_PATTERN } from './placeholder';
import type { Finding } from './types';

// Pieces that stress the recognizers: digits, separators, titles, keywords, month names.
const ADVERSARIAL_PIECES = [
  '0', '1', '9', '12', '/', '-', '.', ':', ' ', '\n', '\t', ',', '#', '@', '(', ')', "'", 'Dr. ', 'Mr. ', 'MRN ',
  'SSN ', 'x', 'March ', 'the ', '14th ', 'St ', 'Apt ', 'Hospital ', 'Smith ', 'www.', 'http://', '.com', 'é', '東',
  '\u{1F600}', 'MD', ', MA ', '02114', 'age ', '92 yo ', 'PO Box ', 'Maria ', 'Lopez',
];
const adversarialText = fc
  .array(fc.constantFrom(...ADVERSARIAL_PIECES), { maxLength: 400 })
  .map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), adversarialText);

/** The first finding out of the text or out of order, if any; one expect keeps 1 MB checks fast. */
function firstMalformed(text: string, findings: readonly Finding[]): Finding | undefined {
  return findings.find(
    (finding, index) =>
      finding.start < 0 ||
      finding.end > text.length ||
      finding.end <= finding.start ||
      (index > 0 && finding.start < findings[index - 1].start),
  );
}

/** Whole-word, case- and spacing-insensitive occurrences of `needle` in `haystack`. */
function containsWholeWord(haystack: string, needle: string): boolean {
  const core = needle.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!/[\p{L}\p{N}]/u.test(core)) return false;
  const source = core
    .split(/\s+/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join(String.raw`\s+`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'iu').test(haystack);
}

describe('detect on random and adversarial text', () => {
  it('reports sorted spans inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        expect(firstMalformed(text, await detect(text, { personalTerms: ['Maria Lopez'] }))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  // Redaction can bring words together into a new pattern ("Smith PO Box MD" → "[NAME 1] PO Box MD"),
  // so a second pass may find new text; it must never find the placeholders themselves.
  it('never reports a placeholder of its own redaction', async () => {
    await fc.assert(
      fc.asyncProperty(adversarialText, async (text) => {
        const redacted = redact(text, await detect(text)).text;
        const placeholders = [...redacted.matchAll(new RegExp(PLACEHOLDER_PATTERN.source, 'g'))];
        for (const finding of await detect(redacted)) {
          for (const placeholder of placeholders) {
            const overlaps = finding.start < placeholder.index + placeholder[0].length && finding.end > placeholder.index;
            expect(overlaps).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['digits', '1234567890'.repeat(100_000)],
    ['slashes and digits', '1/2/'.repeat(250_000)],
    ['dots and digits', '1.2.'.repeat(250_000)],
    ['spaces', ' '.repeat(1_000_000)],
    ['titles', 'Dr. '.repeat(250_000)],
    ['capitalised words', 'Smith Jones '.repeat(83_334)],
    ['dates', '03/14/2024 '.repeat(90_910)],
    ['dashes and digits', '12-34-'.repeat(166_667)],
    ['at signs', 'a@b.'.repeat(250_000)],
    ['keywords without codes', 'MRN ID # member policy '.repeat(43_479)],
    ['100,000 short lines', 'BP 120/80\n'.repeat(100_000)],
  ])('handles 1 MB of %s within 5 s', async (_name, text) => {
    const started = performance.now();
    const findings = await detect(text);
    const elapsed = performance.now() - started;
    expect(firstMalformed(text, findings)).toBeUndefined();
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('redaction guarantee', () => {
  // Spans that start and end anywhere, overlapping or not, so that the guarantee does not lean on recognizers.
  const textWithSpans = fc.string({ minLength: 1, maxLength: 300 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('NAME', 'DATE', 'ID', 'PHONE') as fc.Arbitrary<Finding['label']>),
        { maxLength: 8 },
      ),
    ),
  );

  it('leaves no whole-word occurrence of any found text outside placeholders', () => {
    fc.assert(
      fc.property(textWithSpans, fc.constantFrom('placeholder', 'keep-year', 'remove') as fc.Arbitrary<'placeholder'>, ([text, spans], dateStyle) => {
        const findings: Finding[] = spans
          .map(([a, b, label]) => ({ start: Math.min(a, b), end: Math.max(a, b), label, score: 0.9, source: 'test' }))
          .filter((finding) => finding.end > finding.start);
        const redacted = redact(text, findings, { dateStyle }).text;
        // A placeholder is cut out with a character that is neither a letter nor a space.
        const outsidePlaceholders = redacted.replace(new RegExp(PLACEHOLDER_PATTERN.source, 'g'), '\u0000');
        for (const finding of findings) {
          expect(containsWholeWord(outsidePlaceholders, text.slice(finding.start, finding.end))).toBe(false);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('holds for adversarial repeats of names and numbers', () => {
    const text = 'Al Reyes; AL REYES; al  reyes; Reyes; Alreyes; 617-555-0142 and 617-555-0142.';
    const phone = text.indexOf('617');
    const findings: Finding[] = [
      { start: 0, end: 8, label: 'NAME', score: 0.9, source: 'test' },
      { start: phone, end: phone + 12, label: 'PHONE', score: 0.9, source: 'test' },
    ];
    const redacted = redact(text, findings).text;
    expect(redacted).toBe('[NAME 1]; [NAME 1]; [NAME 1]; Reyes; Alreyes; [PHONE 1] and [PHONE 1].');
  });
});
