import { describe, expect, it } from 'vitest';
import { labeledIdentifierRecognizer } from './labeled-identifier';
import { detectedTexts } from '../test-support';

describe('labeledIdentifierRecognizer', () => {
  it.each([
    ['Patient ID: 4471823', ['4471823']],
    ['#4471823', ['4471823']],
    ['ID AB44X19', ['AB44X19']],
    ['confirmation number 77-1200-34', ['77-1200-34']],
    ['4417823 BMC', ['4417823']],
    ['CPS report no. 1748U8618 filed', ['1748U8618']],
  ])('finds the code in %j', async (text, expected) => {
    expect(await detectedTexts([labeledIdentifierRecognizer], text)).toEqual(expected);
  });

  it.each([['# 12'], ['number of episodes'], ['ID: unknown'], ['code status full'], ['platelets 250000'], ['WBC 12.5'], ['Ref 150-400'], ['ref range 30-400']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([labeledIdentifierRecognizer], text)).toEqual([]);
    },
  );
});
