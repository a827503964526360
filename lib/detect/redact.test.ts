import { describe, expect, it } from 'vitest';
import { redactFindings, yearOf } from './redact';
import { PLACEHOLDER_PATTERN, REMOVED_MARKER } from './placeholder';
import type { Finding, PhiLabel } from './types';

function findingsAt(text: string, spans: readonly [string, PhiLabel][]): Finding[] {
  let from = 0;
  return spans.map(([span, label]) => {
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`${span} not in text`);
    from = start + span.length;
    return { start, end: start + span.length, label, score: 0.9, source: 'test' };
  });
}

describe('redactFindings', () => {
  it('numbers placeholders per label and reuses a number for the same text', () => {
    const text = 'Maria Lopez seen 3/14/2024. MARIA  LOPEZ called 617-555-0142 on 3/15/2024.';
    const findings = findingsAt(text, [
      ['Maria Lopez', 'NAME'],
      ['3/14/2024', 'DATE'],
      ['MARIA  LOPEZ', 'NAME'],
      ['617-555-0142', 'PHONE'],
      ['3/15/2024', 'DATE'],
    ]);
    expect(redactFindings(text, findings).text).toBe('[NAME 1] seen [DATE 1]. [NAME 1] called [PHONE 1] on [DATE 2].');
  });

  it('gives a later surname-only mention the full name’s number', () => {
    const text = 'Maria Lopez and John Smith. Ms. Lopez agreed.';
    const findings = findingsAt(text, [
      ['Maria Lopez', 'NAME'],
      ['John Smith', 'NAME'],
      ['Lopez', 'NAME'],
    ]);
    expect(redactFindings(text, findings).text).toBe('[NAME 1] and [NAME 2]. Ms. [NAME 1] agreed.');
  });

  it('redacts other whole-word occurrences of a found text, but not inside longer words', () => {
    const text = 'Dr. Al Reyes saw the patient. Reyes gave albuterol; Al agreed.';
    const findings = findingsAt(text, [['Al Reyes', 'NAME']]);
    const redaction = redactFindings(text, findings);
    expect(redaction.text).toBe('Dr. [NAME 1] saw the patient. Reyes gave albuterol; Al agreed.');
    const text2 = 'Dr. Reyes saw the patient. REYES gave albuterol.';
    expect(redactFindings(text2, findingsAt(text2, [['Reyes', 'NAME']])).text).toBe(
      'Dr. [NAME 1] saw the patient. [NAME 1] gave albuterol.',
    );
  });

  it('keeps only the year with dateStyle keep-year', () => {
    const text = 'Seen March 14, 2024, again 3/14/24 and 4/2.';
    const findings = findingsAt(text, [
      ['March 14, 2024', 'DATE'],
      ['3/14/24', 'DATE'],
      ['4/2', 'DATE'],
    ]);
    expect(redactFindings(text, findings, { dateStyle: 'keep-year' }).text).toBe(
      'Seen [DATE 1, 2024], again [DATE 2, 2024] and [DATE 3].',
    );
  });

  it('removes dates with dateStyle remove', () => {
    const text = 'Seen 3/14/2024 by Dr. Reyes.';
    const findings = findingsAt(text, [['3/14/2024', 'DATE'], ['Reyes', 'NAME']]);
    expect(redactFindings(text, findings, { dateStyle: 'remove' }).text).toBe(`Seen ${REMOVED_MARKER} by Dr. [NAME 1].`);
  });

  it('reports each replacement with its finding', () => {
    const text = 'Call 617-555-0142';
    const [finding] = findingsAt(text, [['617-555-0142', 'PHONE']]);
    expect(redactFindings(text, [finding]).replacements).toEqual([{ finding, replacement: '[PHONE 1]' }]);
  });

  it('writes placeholders that PLACEHOLDER_PATTERN recognises', () => {
    const text = 'Maria 3/14/2024';
    const findings = findingsAt(text, [['Maria', 'NAME'], ['3/14/2024', 'DATE']]);
    for (const dateStyle of ['placeholder', 'keep-year', 'remove'] as const) {
      const redacted = redactFindings(text, findings, { dateStyle }).text;
      expect(redacted.replace(new RegExp(PLACEHOLDER_PATTERN.source, 'g'), '')).toBe(' ');
    }
  });

  it('handles overlapping and out-of-range findings', () => {
    const text = 'Maria Lopez';
    const findings: Finding[] = [
      { start: 0, end: 8, label: 'NAME', score: 0.9, source: 'a' },
      { start: 6, end: 40, label: 'NAME', score: 0.8, source: 'b' },
    ];
    expect(redactFindings(text, findings).text).toBe('[NAME 1]');
  });
});

describe('yearOf', () => {
  it.each([
    ['March 14, 2024', 2024],
    ['3/14/24', 2024],
    ['03-14-1987', 1987],
    ["Mar '98", 1998],
    ['3/14', undefined],
    ['March 14th', undefined],
  ])('%j → %s', (date, expected) => {
    expect(yearOf(date)).toBe(expected);
  });
});
