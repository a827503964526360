import { describe, expect, it } from 'vitest';
import { dateRecognizer } from './date';
import { detectedTexts } from '../test-support';

describe('dateRecognizer', () => {
  it.each([
    ['seen 03/14/2024 for f/u', ['03/14/2024']],
    ['on 3/14', ['3/14']],
    ['Seen 3/14 with cough', ['3/14']],
    ['DOB 3-14-24', ['3-14-24']],
    ['admitted 3.14.2024', ['3.14.2024']],
    ['March 14th', ['March 14th']],
    ['Mar 14, 2024', ['Mar 14, 2024']],
    ['Sept. 3, 2021', ['Sept. 3, 2021']],
    ['14-Mar-2024', ['14-Mar-2024']],
    ['14-MAR-24', ['14-MAR-24']],
    ['2024-03-14', ['2024-03-14']],
    ['2024-03-14T08:30', ['2024-03-14']],
    ['shifted 02/10/2110', ['02/10/2110']],
    ['DOB 03141950', ['03141950']],
    ['F/u PCP 7/8.', ['7/8']],
    ['14 March 2024', ['14 March 2024']],
    ['the 14th of March', ['the 14th of March']],
    ['returned on the 14th', ['the 14th']],
    ['since March 2024', ['March 2024']],
    ['in March of 2019', ['March of 2019']],
    ['colonoscopy 3/2019', ['3/2019']],
    ['03/14/2024 14:30 vitals', ['03/14/2024']],
    ['3/14/24 at 2:30 PM.', ['3/14/24']],
    ['March 14, 2024 at 10am', ['March 14, 2024']],
    ['born 2/29/2024', ['2/29/2024']],
    ['15/03/2024 (day first)', ['15/03/2024']],
    ['May 5, 2020', ['May 5, 2020']],
    ['appointment: may 11, 2024 with', ['may 11, 2024']],
    ['received: may 18th source', ['may 18th']],
    ['admitted on 23-may-2024 to', ['23-may-2024']],
    ['prescribed on 31 may 2103 8)', ['31 may 2103']],
    ['on 1/2 she called', ['1/2']],
    ['PRIOR ADMISSIONS: 2018-01-11-2018-07-05 (RHC)', ['2018-01-11', '2018-07-05']],
    ['Prior admissions: 7/4/18-04/26/2019 (Ademola)', ['7/4/18', '04/26/2019']],
  ])('finds the date in %j', async (text, expected) => {
    expect(await detectedTexts([dateRecognizer], text)).toEqual(expected);
  });

  it.each([
    ['a bare year: in 2024'],
    ['dose 5/325 mg'],
    ['oxycodone 10/325'],
    ['BP 120/80'],
    ['BP 90/60 sitting'],
    ['GCS 3/15'],
    ['strength 5/5 bilaterally'],
    ['4/5 strength in the left arm'],
    ['2/6 murmur'],
    ['pain 7/10'],
    ['take 1/2 tablet'],
    ['impossible 2/30/2024'],
    ['impossible 13/13/2024'],
    ['not leap 2/29/2023'],
    ['ABG 7.35/45/80'],
    ['she may 5 times'],
    ['version 1.2.3'],
    ['ratio 3/4'],
    ['4th floor'],
    ['Level 3'],
    ['Smokes 1 ppd; 2/12 cores positive'],
    ['left facial droop, 4/5 LUE strength'],
    ['Tobacco: current 1/2 ppd.'],
    ['in the LUE; 3/6 systolic murmur'],
    ['code E11-3/14'],
    ['range 10-12/14'],
    ['Weight up 2 kg since January. 1 more'],
    ['MOCA 12/30'],
    ['times 10:30 and 2:15'],
    ['code 13142024'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([dateRecognizer], text)).toEqual([]);
  });
});
