import { createPatternRecognizer } from '../pattern-recognizer';

// NANP: area code and exchange never start with 0 or 1.
const AREA = String.raw`[2-9]\d{2}`;
const EXCHANGE = String.raw`[2-9]\d{2}`;
const LINE = String.raw`\d{4}`;
const EXTENSION = String.raw`(?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,5})?`;
// Digits, slashes and dots around a candidate mean it is part of a longer number, a date or a lab value.
const NOT_AFTER = String.raw`(?<![\w/.+-])`;
const NOT_BEFORE = String.raw`(?![\w/]|[.-]\d)`;

export const phoneRecognizer = createPatternRecognizer({
  name: 'phone',
  labels: ['PHONE'],
  patterns: [
    {
      name: 'formatted ten digits',
      regex: new RegExp(
        String.raw`${NOT_AFTER}(?:\+?1[\s.-]{1,2})?(?:\(${AREA}\)\s{0,2}|${AREA}[\s./-]{1,2})${EXCHANGE}[\s.-]{1,2}${LINE}${EXTENSION}${NOT_BEFORE}`,
        'gi',
      ),
      score: 0.85,
    },
    {
      name: 'unformatted ten digits',
      regex: new RegExp(String.raw`${NOT_AFTER}(?:\+?1)?${AREA}${EXCHANGE}${LINE}${NOT_BEFORE}`, 'g'),
      score: 0.4,
    },
    {
      name: 'seven digits',
      regex: new RegExp(String.raw`${NOT_AFTER}${EXCHANGE}-${LINE}${EXTENSION}${NOT_BEFORE}`, 'gi'),
      score: 0.4,
    },
    {
      name: 'pager or extension',
      regex: new RegExp(String.raw`${NOT_AFTER}(?:x\s?\d{4,5}|\d-\d{4}|\d{4,5})${NOT_BEFORE}`, 'gi'),
      score: 0.85,
      requiredBefore: /\b(?:pager|paged?|pgr|pg|beeper|beeped|bleep|ext|extension|x|called|call|reach|reached|contact|contacted|spoke|spoken|talked|discussed)\s{0,2}(?:#|no\.?|number)?\s{0,2}[:#]?\s{0,2}(?:(?:[\w.,'-]{1,20}\s{1,2}){1,6}(?:at|@)\s{0,2})?$/i,
    },
  ],
  context: ['phone', 'tel', 'telephone', 'call', 'called', 'caller', 'callback', 'cell', 'mobile', 'home', 'work', 'fax', 'pager', 'pgr', 'beeper', 'page', 'paged', 'contact', 'number', 'ph', 'ext', 'reach', 'reached', 'at', 'self', 'voicemail', 'vm', 'tel.', 'phone:', 'billing', 'questions', 'office', 'clinic', 'wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'friend', 'emergency', 'teléfono', 'telefono', 'celular', 'llame'],
  validate: ({ source, start }) => !/\b(?:mrn|ssn|id|acct|account|#)\s{0,2}:?\s{0,2}$/i.test(source.slice(Math.max(0, start - 12), start)),
});
