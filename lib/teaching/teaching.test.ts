import { describe, expect, it } from 'vitest';
import { detect, redact } from '../detect';
import { PHI_LABELS } from '../detect/types';
import { LOCALES } from '../i18n';
import { SAMPLE_KINDS, SAMPLE_NOTES } from '../samples/sample-notes';
import { exposureSegments, explainedIdentifiers, markPhrases } from './exposure';
import { IDENTIFIER_GUIDE, SAFE_HARBOR_IDENTIFIERS, describeSafeHarbor } from './identifier-guide';
import { teach } from './index';
import { TEACH_EN, TEACH_ES } from './messages';
import { WALKTHROUGH_STEPS, moveStep, walkthroughActionFor } from './walkthrough';

describe('teaching catalogue', () => {
  it('has every Spanish sentence, with the same parameters as the English', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(TEACH_EN) as (keyof typeof TEACH_EN)[]) {
      expect(TEACH_ES[key], key).toBeTruthy();
      expect(params(TEACH_ES[key]), key).toEqual(params(TEACH_EN[key]));
    }
  });

  it('fills parameters and keeps the names the practice tests rely on', () => {
    expect(teach('en', 'walk.progress', { step: 2, total: 9 })).toBe('Step 2 of 9');
    expect(teach('es', 'walk.progress', { step: 2, total: 9 })).toBe('Paso 2 de 9');
    expect(teach('en', 'page.title')).toBe('Practice chatbot');
    expect(teach('en', 'practice.send')).toBe('Send');
  });
});

describe('identifier guide', () => {
  it('explains every label in every language', () => {
    for (const label of PHI_LABELS) {
      for (const locale of LOCALES) {
        const entry = IDENTIFIER_GUIDE[label];
        expect(entry.text[locale].what, `${label} ${locale}`).toBeTruthy();
        expect(entry.text[locale].why, `${label} ${locale}`).toBeTruthy();
        if (entry.safeHarbor.length === 0) expect(entry.text[locale].safeHarborNote, `${label} ${locale}`).toBeTruthy();
      }
    }
  });

  it('lists the 18 Safe Harbor identifiers and maps labels within them', () => {
    for (const locale of LOCALES) expect(SAFE_HARBOR_IDENTIFIERS[locale]).toHaveLength(18);
    const covered = new Set(PHI_LABELS.flatMap((label) => IDENTIFIER_GUIDE[label].safeHarbor));
    // Biometrics (16) and photographs (17) are not text a note carries; everything else is covered.
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18]);
    expect(describeSafeHarbor([4, 5], 'en')).toBe('4 (telephone numbers), 5 (fax numbers)');
  });
});

describe('walkthrough keys', () => {
  it.each([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: ' ' }, 'next'],
    [{ key: ' ', shiftKey: true }, 'previous'],
    [{ key: 'PageDown' }, 'next'],
    [{ key: 'ArrowLeft', targetTag: 'BUTTON' }, 'previous'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: 'Escape' }, 'exit'],
    [{ key: ' ', targetTag: 'BUTTON' }, undefined],
    [{ key: 'ArrowRight', targetTag: 'TEXTAREA' }, undefined],
    [{ key: 'ArrowRight', altKey: true }, undefined],
    [{ key: 'a' }, undefined],
  ] as const)('%o → %s', (press, action) => {
    expect(walkthroughActionFor(press)).toBe(action);
  });

  it('stays within the steps', () => {
    const last = WALKTHROUGH_STEPS.length - 1;
    expect(moveStep(0, 'previous')).toBe(0);
    expect(moveStep(0, 'next')).toBe(1);
    expect(moveStep(last, 'next')).toBe(last);
    expect(moveStep(4, 'first')).toBe(0);
    expect(moveStep(1, 'last')).toBe(last);
    expect(moveStep(3, 'exit')).toBe(3);
  });
});

describe('exposure', () => {
  const text = 'Call Dr. Ana Ruiz at (608) 555-0143. Ana Ruiz will call back.';

  it('pairs each identifier with its placeholder, repeats included', async () => {
    const redaction = redact(text, await detect(text));
    const { original, redacted } = exposureSegments(text, redaction);
    expect(original.map((segment) => segment.text).join('')).toBe(text);
    expect(redacted.map((segment) => segment.text).join('')).toBe(redaction.text);
    expect(original.filter((segment) => segment.label).map((segment) => segment.text)).toEqual([
      'Ana Ruiz',
      '(608) 555-0143',
      'Ana Ruiz',
    ]);
    expect(explainedIdentifiers(text, redaction)).toEqual([
      { placeholder: '[NAME 1]', label: 'NAME', texts: ['Ana Ruiz'] },
      { placeholder: '[PHONE 1]', label: 'PHONE', texts: ['(608) 555-0143'] },
    ]);
  });

  it('marks quasi-identifying phrases still in a text', () => {
    expect(markPhrases('a coach from Mineral Point, coach', ['coach', 'Mineral Point', 'absent'])).toEqual([
      { text: 'a ', marked: false },
      { text: 'coach', marked: true },
      { text: ' from ', marked: false },
      { text: 'Mineral Point', marked: true },
      { text: ', ', marked: false },
      { text: 'coach', marked: true },
    ]);
  });
});

describe('sample notes', () => {
  it('has one of each kind, unique ids, and only fictional contact details', () => {
    expect(new Set(SAMPLE_NOTES.map((sample) => sample.kind))).toEqual(new Set(SAMPLE_KINDS));
    expect(new Set(SAMPLE_NOTES.map((sample) => sample.id)).size).toBe(SAMPLE_NOTES.length);
    for (const sample of SAMPLE_NOTES) {
      expect(sample.title, sample.id).toMatch(/fictional/i);
      for (const phone of sample.text.match(/\(\d{3}\) \d{3}-\d{4}/g) ?? []) expect(phone, sample.id).toMatch(/555-01\d\d$/);
      for (const domain of sample.text.match(/[\w-]+(\.[\w-]+)*\.(com|org|net)\b/g) ?? []) expect(domain, sample.id).toMatch(/(^|\.)example\.(com|org|net)$/);
    }
  });

  it('each gives the engine something to find, and its combination survives redaction', async () => {
    for (const sample of SAMPLE_NOTES) {
      const findings = await detect(sample.text);
      expect(findings.length, sample.id).toBeGreaterThanOrEqual(5);
      const redacted = redact(sample.text, findings).text;
      for (const phrase of sample.combination) expect(sample.text, sample.id).toContain(phrase);
      expect(sample.combination.some((phrase) => redacted.includes(phrase)), sample.id).toBe(true);
    }
  });
});
