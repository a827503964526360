import { describe, expect, it } from 'vitest';
import { titledNameRecognizer } from './titled-name';
import { detectedTexts } from '../test-support';

describe('titledNameRecognizer', () => {
  it.each([
    ['Seen by Dr. Smith today', ['Smith']],
    ['Dr. John A. Smith-Jones', ['John A. Smith-Jones']],
    ["Mrs. O'Brien's daughter", ["O'Brien"]],
    ['DR. PATEL', ['PATEL']],
    ['MR. JOHN SMITH', ['JOHN SMITH']],
    ['MR. SCHUPPE IS A 52-YEAR-OLD', ['SCHUPPE']],
    ['COVERING: DR. FOX PGR (824)', ['FOX']],
    ['MY GRANDDAUGHTER HELENA THINKS I SHOULD', ['HELENA']],
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
    ['Screened by S. Volkov, CT(ASCP); reviewed', ['S. Volkov']],
    ['/s/ Maria Gonzalez', ['Maria Gonzalez']],
    ['Attending: Dr. Ruth Klein', ['Ruth Klein']],
    ['PCP Dr. Alan Grant Jr.', ['Alan Grant Jr.']],
    ['seen by Dr. Her, new orders', ['Her']],
    ['with Doctor Waters, Trinity', ['Waters']],
    ['WITH DOCTOR HANE, ATANDA', ['HANE']],
    ['hi dr. ko, i have', ['ko']],
    ['DR. EMARD,ELVIE, BROOK', ['EMARD,ELVIE']],
    ['## HPI Lucas is a 15-year-old male', ['Lucas']],
    ['Hi Thomas, your results', ['Thomas']],
    ['Dear Dr. Colleague, Dear Ms. Kreiger,', ['Kreiger']],
    ['Pager #74469\nPU/al\n', ['PU/al']],
    ['YKH/mt', ['YKH/mt']],
    ['TR/VDN T: 8/12/2018', ['TR/VDN']],
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
    ['Spoke with his son, Mr. Zidek'.replace('Mr. Zidek', 'by phone')],
    ['Nurse Triage Call'],
    ['pt c/o HA'],
    ['dr. said to rest'],
    ['ABD/soft, NT'],
    ['PO/IV abx'],
    ['The patient is a 45-year-old'],
    ['moderate MR. Outside films'],
    ['moderate MR. CTA CHEST: segmental'],
    ['moderate MR. RENAL US: mild'],
    ['DEAR DR. COLLEAGUE, THANK YOU'],
    ['Signed by Her, Youa D., MD, PhD'.replace('Her, Youa D., ', '')],
    ['R: PAGE COVERING MD IF SBP < 90'],
    ['WBC/hpf A/P: stable'],
    ['by Bobbie, NP: Good pain control'.replace('Bobbie, ', '')],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([titledNameRecognizer], text)).toEqual([]);
  });
});
