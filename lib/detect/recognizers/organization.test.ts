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
    ['Provider: Vince Kuhlman Hospital: Baptist'.slice(0, 35)],
    ['Follows with Doctor Onose at Lakeside Clinic'.slice(0, 26)],
    ['REFERRED TO BEHAVIORAL HEALTH'],
    ['DO NOT DRIVE WHILE TAKING PAIN MEDICINE'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([organizationRecognizer], text)).toEqual([]);
  });
});
