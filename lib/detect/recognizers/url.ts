import { createPatternRecognizer } from '../pattern-recognizer';

// A URL ends before trailing punctuation that belongs to the sentence.
const URL_BODY = String.raw`[^\s<>"'\`]{0,2000}[^\s<>"'\`.,;:!?)\]}]`;
const HOST_LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const COMMON_TLDS = String.raw`(?:com|org|net|edu|gov|mil|int|io|us|info|biz|health|care|clinic|hospital|app|co|uk|ca)`;

export const urlRecognizer = createPatternRecognizer({
  name: 'url',
  labels: ['URL'],
  patterns: [
    { name: 'with scheme', regex: new RegExp(String.raw`\b(?:https?|ftp)://${URL_BODY}`, 'gi'), score: 0.9 },
    { name: 'www', regex: new RegExp(String.raw`(?<![\w.@/-])www\.${URL_BODY}`, 'gi'), score: 0.85 },
    {
      name: 'bare domain',
      regex: new RegExp(
        String.raw`(?<![\w.@/-])(?:${HOST_LABEL}\.){1,6}${COMMON_TLDS}(?![\w@-]|\.[a-z0-9])(?:/${URL_BODY})?`,
        'gi',
      ),
      score: 0.6,
    },
  ],
  context: ['url', 'website', 'web', 'site', 'portal', 'link', 'visit', 'online'],
});
