import { describe, expect, it } from 'vitest';
import { streetAddressRecognizer } from './street-address';
import { detectedTexts } from '../test-support';

describe('streetAddressRecognizer', () => {
  it.each([
    ['lives at 123 Main St with', ['123 Main St']],
    ['Address: 1420 N. Lakeshore Dr., Apt 3B, Chicago', ['1420 N. Lakeshore Dr., Apt 3B']],
    ['88 Old Farm Rd', ['88 Old Farm Rd']],
    ['12 New Street', ['12 New Street']],
    ['123 Main St., Apt 4B', ['123 Main St., Apt 4B']],
    ['4417 N. Martin Luther King Jr Blvd', ['4417 N. Martin Luther King Jr Blvd']],
    ['88 West 5th Avenue', ['88 West 5th Avenue']],
    ['12-14 Elm Court #3', ['12-14 Elm Court #3']],
    ['1600 PENNSYLVANIA AVE', ['1600 PENNSYLVANIA AVE']],
    ['Apt. 4B', ['Apt. 4B']],
    ['Suite 210', ['Suite 210']],
    ['PO Box 12', ['PO Box 12']],
    ['P.O. Box 4471', ['P.O. Box 4471']],
    ['Clinic RR 4 Box 247, Kearny', ['RR 4 Box 247']],
    ['Home to 56726 Orchard Streets Apt 14C Cordes', ['56726 Orchard Streets Apt 14C']],
    ['161 Azizov Trace San Jose', ['161 Azizov Trace']],
    ['5770 VALLEY DAM APT 835 TANGERINE', ['5770 VALLEY DAM APT 835']],
    ['Resident of Jackson County; APS', ['Jackson County']],
    ['Lives with family at 7660 Maple Key Haviland', ['7660 Maple Key']],
    ['at 156 Lutfullohov Club Dubuque', ['156 Lutfullohov Club']],
    ['Lives at 8127 Mountain Pass, Unit 792 Quakertown', ['8127 Mountain Pass, Unit 792']],
    ['ALONE AT 104 EAST ZHU WALKS, # 347 WESTON', ['104 EAST ZHU WALKS, # 347']],
  ])('finds the address in %j', async (text, expected) => {
    expect(await detectedTexts([streetAddressRecognizer], text)).toEqual(expected);
  });

  it.each([['gave 2 tabs'], ['3 times daily'], ['took 2 Tylenol'], ['suite of tests'], ['box of gloves'], ['Level 3 trauma'], ['NOTE 3/14/2026 07:33 BY DR. HILTUNEN'], ['ROOM 453A FALL PRECAUTIONS IN PLACE.'], ['ADMITTED 9 OCTOBER TO THE SERVICE OF DR. DERSIM'], ['had 2 falls'], ['WT 160 KG NECK: JVP 9 CM'], ['LEVEL 3 FALL RISK. HILL-SACHS LESION'], ['the county'], ['In The County'], ['Seen 3 Times By Dr'], ['Gave 2 Of The Pills On Rd']])(
    'finds nothing in %j',
    async (text) => {
      expect(await detectedTexts([streetAddressRecognizer], text)).toEqual([]);
    },
  );
});
