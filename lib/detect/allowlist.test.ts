import { describe, expect, it } from 'vitest';
import { isAllowListed, normalizedTokens } from './allowlist';
import type { PhiLabel } from './types';

function allowListed(text: string, span: string, label: PhiLabel = 'NAME', source = 'ner'): boolean {
  const start = text.indexOf(span);
  return isAllowListed(text, { start, end: start + span.length, label, score: 0.9, source });
}

describe('isAllowListed', () => {
  it.each([
    ['Parkinson disease', 'Parkinson disease'],
    ['Parkinson disease', 'Parkinson'],
    ["Parkinson's tremor", "Parkinson's"],
    ['Foley catheter placed', 'Foley catheter'],
    ['Foley catheter placed', 'Foley'],
    ['Apgar 8 and 9', 'Apgar'],
    ['non-Hodgkin lymphoma', 'Hodgkin'],
    ['Babinski negative', 'Babinski'],
    ['Down syndrome', 'Down syndrome'],
    ['Wilson disease', 'Wilson'],
    ["Bell's palsy", 'Bell'],
    ['started Tylenol', 'Tylenol'],
    ['on lisinopril', 'lisinopril'],
    ['metoprolol 25 mg', 'metoprolol'],
    ['Level 3 trauma', 'Level 3'],
    ['on Room air', 'Room air'],
    ['40 mg', 'mg'],
    ['coughing at night since Tuesday.', 'Tuesday'],
    ['CLINIC CLOSED SATURDAY', 'SATURDAY'],
    ['3. AKI on CKD 3a', 'AKI'],
    ['HFrEF, NYHA III', 'NYHA III'],
    ['BMP in AM', 'AM'],
    ['Paroxysmal AF', 'AF'],
    ['family mtg set for tues at 2pm', 'tues'],
    ['ogt to lcws, min drainage', 'ogt to lcws'],
    ['dtr lisa in to visit', 'dtr'],
    ['SHE WAS SEEN BY HER CARDIOLOGIST', 'CARDIOLOGIST'],
    ['SEEN BY RENAL, CR PEAKED AT 2.4', 'RENAL, CR'],
  ])('in %j, %j is not PHI', (text, span) => {
    expect(allowListed(text, span)).toBe(true);
  });

  it.each([
    ['Dr. Foley saw her', 'Foley', 'NAME'],
    ['Dr. Friday saw her', 'Friday', 'NAME'],
    ['Dear Turner, thank you', 'Turner', 'NAME'],
    ['Mr. Brown agreed', 'Brown', 'NAME'],
    ['Brown, 17yoM', 'Brown', 'NAME'],
    ['Ms. Wilson called', 'Wilson', 'NAME'],
    ['Maria Lopez', 'Maria Lopez', 'NAME'],
    ['Methodist Health System', 'Methodist Health System', 'ORGANIZATION'],
    ['lives in Boston', 'Boston', 'ADDRESS'],
    ['3/14/2024', '3/14/2024', 'DATE'],
    ['Seen with Son Heung-min', 'Son', 'NAME'],
    ['Lived in Sun City', 'Sun', 'ADDRESS'],
  ] as const)('in %j, %j stays a finding', (text, span, label) => {
    expect(allowListed(text, span, label)).toBe(false);
  });

  it.each([
    ['Transcribed by: HR 4/11/13', 'HR', 'titled-name'],
    ['Returns to the TX clinic', 'TX', 'ner'],
    ['Dr. AKI saw her', 'AKI', 'ner'],
  ])('in %j, the clinical abbreviation %j stays a name when a rule found it, a title precedes it, or it is also a place', (text, span, source) => {
    expect(allowListed(text, span, 'NAME', source)).toBe(false);
  });

  it.each([
    ['TELEPHONE NOTE\nCaller: M. Maduma (son)', 'Caller', true],
    ['Seen 2/4. Copy to Dr. Adesiyan.', 'Copy', true],
    ['Caller: Scot Huel (self) called back', 'self', true],
    ['My mother wrote this. Help me.', 'wrote', true],
    ['Triage nurse: Bill Page, RN. Seen by Page today.', 'Page', false],
    ['HCP: Cash Fields (neighbor)', 'Cash Fields', false],
    ['encouraged cash to call if fever. per dr. park', 'cash', false],
    ['Patient: Maria Lopez', 'Maria Lopez', false],
    ['3 DAYS OF INCREASING DYSPNEA', 'INCREASING', true],
    ['EMERGENCY CONTACT: SUMMER FIELDS (SISTER)', 'SUMMER FIELDS', false],
  ])('in %j, the model name %j made of everyday words is dropped: %s', (text, span, dropped) => {
    expect(allowListed(text, span, 'NAME', 'ner')).toBe(dropped);
  });

  it('leaves a rule finding made of everyday words alone', () => {
    expect(allowListed('Caller: M. Maduma', 'Caller', 'NAME', 'titled-name')).toBe(false);
  });

  it('never drops a term the person registered', () => {
    expect(allowListed('Foley catheter', 'Foley', 'NAME', 'personal-terms')).toBe(false);
  });
});

describe('normalizedTokens', () => {
  it.each([
    ["Parkinson's", ['parkinson']],
    ['MARIA  Lopez', ['maria', 'lopez']],
    ['St. Mary’s', ['st', 'mary']],
    ['', []],
  ])('%j → %j', (span, expected) => {
    expect(normalizedTokens(span)).toEqual(expected);
  });
});
