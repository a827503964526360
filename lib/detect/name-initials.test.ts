import { describe, expect, it } from 'vitest';
import { extendNamesOverInitials } from './name-initials';
import { MODEL_SOURCE, type Finding, type PhiLabel } from './types';

/** `[[...]]` marks what was found; the result is the text with the widened spans marked. */
function widen(marked: string, label: PhiLabel = 'NAME'): string {
  const findings: Finding[] = [];
  let text = '';
  for (const part of marked.split(/(\[\[.*?\]\])/)) {
    if (!part.startsWith('[[')) {
      text += part;
      continue;
    }
    const inner = part.slice(2, -2);
    findings.push({ start: text.length, end: text.length + inner.length, label, score: 0.9, source: MODEL_SOURCE });
    text += inner;
  }
  let out = text;
  for (const { start, end } of extendNamesOverInitials(text, findings).sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}[[${out.slice(start, end)}]]${out.slice(end)}`;
  }
  return out;
}

describe('extendNamesOverInitials', () => {
  it.each([
    ['Primary Care: G. [[Micu]] Facility', 'Primary Care: [[G. Micu]] Facility'],
    ['Nurse: K. O. [[Obeng]] today', 'Nurse: [[K. O. Obeng]] today'],
    ['Lab director: K.O. [[Obeng]]', 'Lab director: [[K.O. Obeng]]'],
    ['/s/ [[Budiman, Raina]] I., PT', '/s/ [[Budiman, Raina I.]], PT'],
    ['HPI: [[SCHONENBERGER, PHILIP]] A. IS A 15', 'HPI: [[SCHONENBERGER, PHILIP A.]] IS A 15'],
    ['physician: [[HALVORSON]] C Reason', 'physician: [[HALVORSON C]] Reason'],
    ['[[STRÖM, JOAN]] D IS A 69', '[[STRÖM, JOAN D]] IS A 69'],
    ['per [[ghale, laxmi]] a., continue', 'per [[ghale, laxmi a.]], continue'],
    ['nrb. c. [[choi]] rn', 'nrb. [[c. choi]] rn'],
    ['with [[Dubravka]] P. [[Kosalec]], CLIA', 'with [[Dubravka P. Kosalec]], CLIA'],
    ['[[Violet]] I. [[Wells]] concurs', '[[Violet I. Wells]] concurs'],
  ])('%s', (marked, expected) => expect(widen(marked)).toBe(expected));

  it.each([
    // A bare capital after a mixed-case name is usually a word, and "I" always is.
    ['told [[Maria]] A was fine', 'told [[Maria]] A was fine'],
    ['[[HALVORSON]] I SAW HIM', '[[HALVORSON]] I SAW HIM'],
    // A letter followed by more than a space or a comma is a credential or a field name.
    ['Signed: [[EMARD, CLEMMIE]] M.D. 04/17', 'Signed: [[EMARD, CLEMMIE]] M.D. 04/17'],
    ['TR/[[VDN]] T: 8/12/2018', 'TR/[[VDN]] T: 8/12/2018'],
    // Lower-case letters before a capitalised name are abbreviations, not initials.
    ['seen at 3 p.m. [[Maria]] called', 'seen at 3 p.m. [[Maria]] called'],
    ['at 3 p.m. [[maria]] called', 'at 3 p.m. [[maria]] called'],
    ['family, e.g. [[Maria]], agreed', 'family, e.g. [[Maria]], agreed'],
    // The letter must stand alone: the end of a word is no initial.
    ['on vitaminD. [[Maria]]', 'on vitaminD. [[Maria]]'],
    ['Mr. [[Lopez]] came', 'Mr. [[Lopez]] came'],
  ])('%s', (marked, expected) => expect(widen(marked)).toBe(expected));

  it('takes a lone capital that ends the sentence before a name for an initial', () => {
    // One letter too many redacted, where a missed initial would leave part of a name.
    expect(widen('Hepatitis B. [[Maria]] agreed')).toBe('Hepatitis [[B. Maria]] agreed');
  });

  it('leaves other labels alone', () => {
    expect(widen('at J. [[Calvert Memorial]]', 'ORGANIZATION')).toBe('at J. [[Calvert Memorial]]');
  });

  it('does not reach into the finding before', () => {
    const text = 'ID A. Maria';
    const id: Finding = { start: 0, end: 4, label: 'ID', score: 1, source: 'mrn' };
    const name: Finding = { start: 6, end: 11, label: 'NAME', score: 0.9, source: MODEL_SOURCE };
    expect(extendNamesOverInitials(text, [id, name])).toEqual([id, name]);
    const touching: Finding = { start: 0, end: 5, label: 'ID', score: 1, source: 'mrn' };
    expect(extendNamesOverInitials(text, [touching, name])[1]).toEqual(name);
  });
});
