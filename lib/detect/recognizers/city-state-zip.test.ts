import { describe, expect, it } from 'vitest';
import { cityStateZipRecognizer } from './city-state-zip';
import { detectedTexts } from '../test-support';

describe('cityStateZipRecognizer', () => {
  it.each([
    ['lives in Boston, MA 02114.', ['Boston, MA 02114']],
    ['Boston, MA', ['Boston, MA']],
    ['Baltimore, MD', ['Baltimore, MD']],
    ['Springfield, Illinois 62704', ['Springfield, Illinois 62704']],
    ['St. Louis, MO', ['St. Louis, MO']],
    ['Winston-Salem, NC 27101', ['Winston-Salem, NC 27101']],
    ['Austin TX 78701', ['Austin TX 78701']],
    ['Unit 792\nQuakertown,  PA   19018\nFollow-up', ['Quakertown,  PA   19018']],
    ['Port Keenan, WY', ['Port Keenan, WY']],
    ['NEW YORK, NY 10001', ['NEW YORK, NY 10001']],
    ['# 347 WESTON, WEST VIRGINIA 26201. CAREGIVER', ['WESTON, WEST VIRGINIA 26201']],
    ['He lives in Candler-McAfee, GA with', ['Candler-McAfee, GA']],
    ['she lives in Au Sable, MI with', ['Au Sable, MI']],
    ['HE LIVES IN UNIVERSITY HEIGHTS, IA WITH', ['UNIVERSITY HEIGHTS, IA']],
  ])('finds the place in %j', async (text, expected) => {
    expect(await detectedTexts([cityStateZipRecognizer], text)).toEqual(expected);
  });

  it.each([['Jane Smith, MD'], ['Roberts, PA'], ['Plan: continue, OK'], ['Mass, ME'], ['boston, ma'], ['Screened by S. Volkov, CT(ASCP)'], ['Lovenox, SC daily'], ['with Doctor, Arkansas']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([cityStateZipRecognizer], text)).toEqual([]);
    },
  );
});
