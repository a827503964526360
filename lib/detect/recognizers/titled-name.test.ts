import { describe, expect, it } from 'vitest';
import { titledNameRecognizer } from './titled-name';
import { detectedTexts } from '../test-support';

describe('titledNameRecognizer', () => {
  it.each([
    ['Seen by Dr. Smith today', ['Smith']],
    ['Dr. John A. Smith-Jones', ['John A. Smith-Jones']],
    ["Mrs. O'Brien's daughter", ["O'Brien"]],
    ['DR. PATEL', ['PATEL']],
    ['Ms Lopez agreed', ['Lopez']],
    ['Dr. J. Smith', ['J. Smith']],
    ['Patient: Maria Lopez', ['Maria Lopez']],
    ['Patient Name: Lopez, Maria', ['Lopez, Maria']],
    ['PT: Maria Lopez', ['Maria Lopez']],
    ['seen and examined by Kevin Tran', ['Kevin Tran']],
    ['Electronically signed by: Anne Wu, MD on 3/4', ['Anne Wu']],
    ['Discussed with Dr. McDonald', ['McDonald']],
    ['her daughter Ana is at bedside', ['Ana']],
    ['Husband, Robert Lee, at bedside', ['Robert Lee']],
    ['Anne Wu, MD', ['Anne Wu']],
    ['Kevin Tran RN', ['Kevin Tran']],
    ['Jane Doe, PA-C', ['Jane Doe']],
    ['/s/ Maria Gonzalez', ['Maria Gonzalez']],
    ['Attending: Dr. Ruth Klein', ['Ruth Klein']],
    ['PCP Dr. Alan Grant Jr.', ['Alan Grant Jr.']],
  ])('finds the name in %j', async (text, expected) => {
    expect(await detectedTexts([titledNameRecognizer], text)).toEqual(expected);
  });

  it.each([
    ['Patient Education given'],
    ['Patient reports pain'],
    ['patient: denies'],
    ['MR 2+ on echo'],
    ['MS Contin 15 mg'],
    ['her daughter is at bedside'],
    ['discussed with the patient'],
    ['seen by cardiology'],
    ['Dr. ordered labs'],
    ['signed: 3/14/2024'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([titledNameRecognizer], text)).toEqual([]);
  });
});
