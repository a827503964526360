import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from './organization';
import { detectedTexts } from '../test-support';

describe('organizationRecognizer', () => {
  it.each([
    ['transferred from Massachusetts General Hospital today', ['Massachusetts General Hospital']],
    ["admitted to St. Mary's Hospital", ["St. Mary's Hospital"]],
    ["Brigham and Women's Hospital", ["Brigham and Women's Hospital"]],
    ['Boston Medical Center', ['Boston Medical Center']],
    ['Dana-Farber Cancer Institute', ['Dana-Farber Cancer Institute']],
    ['University of Michigan', ['University of Michigan']],
    ['Walgreens Pharmacy', ['Walgreens Pharmacy']],
    ['Riverside Family Practice', ['Riverside Family Practice']],
    ['works at Acme Corp', ['Acme Corp']],
    ['MERCY HOSPITAL', ['MERCY HOSPITAL']],
    ['Works nights at CVS. He lives', ['CVS']],
    ['Works as a driver for General Motors.', ['General Motors']],
    ['Pharmacy: CVS Pharmacy #1376, 1883 N', ['CVS Pharmacy #1376']],
    ['report given on Saraiva Pavilion', ['Saraiva Pavilion']],
    ['Last seen at Methodist Health System on', ['Methodist Health System']],
    ['seen in Texas Orthopedics on', ['Texas Orthopedics']],
    ['FORMERLY WORKED AT IBM. ROS', ['IBM']],
    ['## SH Lives at Falmouth Manor. Is', ['Falmouth Manor']],
    ['LAST SEEN AT KRUGER MEDICAL CENTER ON 2017', ['KRUGER MEDICAL CENTER']],
    ['LAST SEEN AT UNIVERSITY OF TEXAS MEDICAL CENTER ON', ['UNIVERSITY OF TEXAS MEDICAL CENTER']],
    ["IN ST. PETER'S HEALTH PARTNERS ON", ["ST. PETER'S HEALTH PARTNERS"]],
    ['Copy to Dr. Furtado, Mount Sinai Dialysis Unit', ['Mount Sinai Dialysis Unit']],
    ['EVALUATED AT MOUNTAIN BROOK MEDICAL ON', ['MOUNTAIN BROOK MEDICAL']],
    ['Previously admitted to UMH in 1983.', ['UMH']],
    ['Followed at Saint Agnes. Last seen', ['Saint Agnes']],
    ['WADI PRESENTED AT KAISER WESTON ON', ['KAISER WESTON']],
    ['Prior cath at MGH in Feb 2085', ['MGH']],
    ['TRANSFERRED FROM FREEMAN CLINIC FOR HIGHER LEVEL OF CARE', ['FREEMAN CLINIC']],
    ['TRANSFERRED FROM HOLY CROSS COMMUNITY HOSPITAL FOR HIGHER', ['HOLY CROSS COMMUNITY HOSPITAL']],
    ['Performed at Sonko Medical Center Laboratory, Walkertown', ['Sonko Medical Center Laboratory']],
  ])('finds the organization in %j', async (text, expected) => {
    expect(await detectedTexts([organizationRecognizer], text)).toEqual(expected);
  });

  it.each([
    ['seen in Cardiology Clinic'],
    ['General Hospital'],
    ['Internal Medicine'],
    ['Urgent Care'],
    ['the hospital'],
    ['Emergency Department'],
    ['went to the clinic'],
    ['PAST MEDICAL HISTORY'],
    ['F/U CLINIC 01-26-2019'],
    ['Preferred pharmacy: none'],
    ['SEEN IN OUR OFFICE AND MAY RETURN TO SCHOOL ON'],
    ['works with PT daily'],
    ['Pediatric Cardiology'],
    ['transferred to ICU'],
    ['discharged to SNF'],
    ['admitted to Medicine'],
    ['presented to ED'],
    ['discharged to Home'],
    ['retention due to BPH; seen at BPH clinic'.slice(0, 22)],
    ['LVH at TSH levels'],
    ['APGAR 6/9 AT BIRTH, BORN AT 36 WEEKS'],
    ['HOPE SHE CAN RETURN TO WORK SOON.'],
    ['ADMITTED TO THE STEP-DOWN UNIT ON'],
    ['CASE DISCUSSED WITH DR. BOGOSAVAC OF NEUROLOGY.'],
    ['Provider: Vince Kuhlman Hospital: Baptist'.slice(0, 35)],
    ['Follows with Doctor Onose at Lakeside Clinic'.slice(0, 26)],
    ['REFERRED TO BEHAVIORAL HEALTH'],
    ['DO NOT DRIVE WHILE TAKING PAIN MEDICINE'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([organizationRecognizer], text)).toEqual([]);
  });
});
