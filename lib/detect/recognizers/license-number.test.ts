import { describe, expect, it } from 'vitest';
import { licenseNumberRecognizer } from './license-number';
import { detectedTexts } from '../test-support';

describe('licenseNumberRecognizer', () => {
  it.each([
    ["Driver's license: S530-4417-8821", ['S530-4417-8821']],
    ['DL# D1234567', ['D1234567']],
    ['License no. MD-44120', ['MD-44120']],
    ['death certificate 2024-00188', ['2024-00188']],
    ['Lab director: V. Shanahan, CLIA M9261463', ['M9261463']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([licenseNumberRecognizer], text)).toEqual(expected);
  });

  it.each([['licensed practical nurse'], ['certificate pending'], ['registration desk'], ['Glucose 292 mg/dL 70-99'], ['Creatinine mg/dL 0.60-1.20']])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([licenseNumberRecognizer], text)).toEqual([]);
  });
});
