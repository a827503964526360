import { describe, expect, it } from 'vitest';
import { phoneRecognizer } from './phone';
import { detectedTexts } from '../test-support';

describe('phoneRecognizer', () => {
  it.each([
    ['Call (617) 555-0142 after 5', ['(617) 555-0142']],
    ['cell 617-555-0142', ['617-555-0142']],
    ['phone: 617.555.0142.', ['617.555.0142']],
    ['+1 617 555 0142', ['+1 617 555 0142']],
    ['1-800-555-0199 ext. 42', ['1-800-555-0199 ext. 42']],
    ['pager 555-0142', ['555-0142']],
    ['Tel: 6175550142', ['6175550142']],
    ['(617)555-0142', ['(617)555-0142']],
    ['Cardiology | 893/989-2282', ['893/989-2282']],
    ['Paged Dr. Bindir at 72626 regarding', ['72626']],
    ['pgr x6415', ['x6415']],
    ['pager 3-7133', ['3-7133']],
    ['Pager #74469', ['74469']],
    ['CALLED DR. WILDERMAN AT 43021 REGARDING', ['43021']],
    ['BILLING QUESTIONS: 670-4572, ACCOUNT', ['670-4572']],
    ['SPOKE WITH DR. DUBUQUE AT 13036 REGARDING', ['13036']],
    ['Jackson (wife) 220-6288', ['220-6288']],
    ['con dr. lee. teléfono: 843-9956', ['843-9956']],
    ['SPOKE WITH YOUA LO, MD, PHD AT 60293 REGARDING', ['60293']],
  ])('finds the number in %j', async (text, expected) => {
    expect(await detectedTexts([phoneRecognizer], text)).toEqual(expected);
  });

  it.each([
    ['area code starting with 1: 117-555-0142'],
    ['exchange starting with 0: 617-055-0142'],
    ['date 2024-03-14'],
    ['MRN: 6175550142'],
    ['lab 555-0142 without context'],
    ['6175550142 without context'],
    ['sodium 138.4 potassium 617.555'],
    ['ICD 617-555-01423 too long'],
    ['WBC 12345 at noon'],
    ['Page 1 of 2'],
  ])('finds nothing in %j', async (text) => {
    expect(await detectedTexts([phoneRecognizer], text)).toEqual([]);
  });
});
