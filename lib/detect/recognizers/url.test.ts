import { describe, expect, it } from 'vitest';
import { urlRecognizer } from './url';
import { detectedTexts } from '../test-support';

describe('urlRecognizer', () => {
  it.each([
    ['see https://mychart.example.org/visit?id=42.', ['https://mychart.example.org/visit?id=42']],
    ['(http://x.io/a)', ['http://x.io/a']],
    ['www.lopezfamily.net/photos, then', ['www.lopezfamily.net/photos']],
    ['portal: patient.bmc.org', ['patient.bmc.org']],
    ['blog maria-lopez.com/about', ['maria-lopez.com/about']],
  ])('finds the address in %j', async (text, expected) => {
    expect(await detectedTexts([urlRecognizer], text)).toEqual(expected);
  });

  it.each([['mail maria@gmail.com'], ['Dr. Smith.Next'], ['3.5 mg'], ['file notes.txt'], ['e.g. this']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([urlRecognizer], text)).toEqual([]);
    },
  );
});
