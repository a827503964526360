import { describe, expect, it } from 'vitest';
import { cityRecognizer } from './city';
import { detectedTexts } from '../test-support';

describe('cityRecognizer', () => {
  it.each([
    ['He lives in Clinton with his friend', ['Clinton']],
    ['Born in Purwakarta. FH:', ['Purwakarta']],
    ['Moved here from Netanya. Lives with', ['Netanya']],
    ['Originally from Tando Adam. Works', ['Tando Adam']],
    ['Resident of Cheshire; eligible', ['Cheshire']],
    ['transferred from Aurora by private vehicle', ['Aurora']],
    ['ORIGINALLY FROM LATINA. IN 10TH GRADE', ['LATINA']],
    ['lives in Winston-Salem', ['Winston-Salem']],
    ['Moved here from Hsinchu. Employed by', ['Hsinchu']],
    ['born in St. Louis', ['St. Louis']],
    ['transferred from Sutter Hospital in Lakewood for higher level of care', ['Lakewood']],
    ['Recently traveled to Guilin in 2017.', ['Guilin']],
  ])('finds the place in %j', async (text, expected) => {
    expect(await detectedTexts([cityRecognizer], text)).toEqual(expected);
  });

  it.each([
    ['lives in a group home'],
    ['lives in his car'],
    ['born in 1950'],
    ['transferred from Mercy Hospital'],
    ['lives in Kaplan House'],
    ['moved to ICU'],
    ['Moved from Nigeria last year'],
    ['Grew up in Puerto Rico in 2016'],
    ['Moved from the Philippines.'],
    ['Moved from Texas as a child'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([cityRecognizer], text)).toEqual([]);
  });
});
