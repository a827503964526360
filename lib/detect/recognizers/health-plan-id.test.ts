import { describe, expect, it } from 'vitest';
import { healthPlanIdRecognizer } from './health-plan-id';
import { detectedTexts } from '../test-support';

describe('healthPlanIdRecognizer', () => {
  it.each([
    ['Member ID: XJH449912001', ['XJH449912001']],
    ['policy # 88-201-4471', ['88-201-4471']],
    ['Group number 004512', ['004512']],
    ['Medicare ID 1EG4-TE5-MK73', ['1EG4-TE5-MK73']],
    ['MBI: 1EG4TE5MK73', ['1EG4TE5MK73']],
    ['Medicaid # 55120034', ['55120034']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([healthPlanIdRecognizer], text)).toEqual(expected);
  });

  it.each([['Group B strep'], ['member of the family'], ['insurance pending'], ['plan: follow up'], ['Plan: PHQ-9 1, GAD-7 5']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([healthPlanIdRecognizer], text)).toEqual([]);
    },
  );
});
