import { describe, expect, it } from 'vitest';
import { personalTermsRecognizer } from './personal-terms';
import { foundTexts } from '../test-support';

function labelsFound(text: string, terms: string[]) {
  const findings = personalTermsRecognizer.recognize(text, { personalTerms: terms }) as { start: number; end: number; label: string }[];
  return findings.map((finding) => [text.slice(finding.start, finding.end), finding.label]);
}

describe('personalTermsRecognizer', () => {
  it.each([
    ['Maria Lopez seen', ['Maria Lopez'], ['Maria Lopez', 'Maria', 'Lopez']],
    ['MARIA   LOPEZ seen', ['maria lopez'], ['MARIA   LOPEZ', 'MARIA', 'LOPEZ']],
    ['Maria-Lopez', ['Maria Lopez'], ['Maria-Lopez', 'Maria', 'Lopez']],
    ['Ms. Lopez called', ['Maria Lopez'], ['Lopez']],
    ['Maria de la Cruz; Cruz', ['Maria de la Cruz'], ['Maria de la Cruz', 'Maria', 'Cruz', 'Cruz']],
    ['MRN 4417823', ['4417823'], ['4417823']],
    ['she may call; May Wills visited', ['May Wills'], ['May Wills', 'May', 'Wills']],
  ])('in %j finds %j', (text, terms, expected) => {
    expect(foundTexts(personalTermsRecognizer, text, terms).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Lopezville', ['Lopez']],
    ['ALopez', ['Lopez']],
    ['the lopez family', ['Maria Lopez']],
    ['nothing registered', []],
    ['punctuation only', ['--']],
  ])('in %j finds nothing for %j', (text, terms) => {
    expect(foundTexts(personalTermsRecognizer, text, terms)).toEqual([]);
  });

  it('labels terms by what they look like', () => {
    expect(labelsFound('x 03/14/1950 y 4417823 z m@x.org w Ana 617-555-0142', ['03/14/1950', '4417823', 'm@x.org', 'Ana', '617-555-0142'])).toEqual([
      ['03/14/1950', 'DATE'],
      ['4417823', 'ID'],
      ['m@x.org', 'EMAIL'],
      ['Ana', 'NAME'],
      ['617-555-0142', 'PHONE'],
    ]);
  });
});
