import { describe, expect, it } from 'vitest';
import { emailRecognizer } from './email';
import { detectedTexts } from '../test-support';

describe('emailRecognizer', () => {
  it.each([
    ['Contact maria.lopez@gmail.com today', ['maria.lopez@gmail.com']],
    ['email: J_Smith+notes@mail.example.org.', ['J_Smith+notes@mail.example.org']],
    ['two a@b.co and x.y@z-host.net', ['a@b.co', 'x.y@z-host.net']],
    ['(pt.email@clinic.health)', ['pt.email@clinic.health']],
  ])('finds the address in %j', async (text, expected) => {
    expect(await detectedTexts([emailRecognizer], text)).toEqual(expected);
  });

  it.each([['follow up @ 3pm'], ['ratio 2@3'], ['user@localhost'], ['no at sign here.com']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([emailRecognizer], text)).toEqual([]);
    },
  );
});
