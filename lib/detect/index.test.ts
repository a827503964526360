import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, detect, redact } from './index';

const NOTE = `Patient: Maria Lopez   MRN: 4417823   DOB: 03/14/1950
Attending: Dr. Ruth Klein. Admitted 3/14/2024 to Mercy Hospital from Springfield, IL 62704.
HPI: Ms. Lopez is a 92 yo woman with Parkinson disease, a Foley catheter and CHF. Apgar history n/a.
She lives at 123 Main St., Apt 4B with her daughter Ana (cell 617-555-0142, ana.lopez@gmail.com).
Meds: oxycodone 5/325 mg, BP 120/80, GCS 15/15, pain 3/10, Level 3 trauma, on room air.
SSN 219-45-8871. Member ID: XJH449912001. NPI: 1234567893.
Electronically signed by: Ruth Klein, MD 03/18/2024 14:32`;

describe('detect with the built-in recognizers', () => {
  it('finds the PHI of a note and none of its clinical content', async () => {
    const findings = await detect(NOTE);
    const found = findings.map((finding) => `${finding.label} ${NOTE.slice(finding.start, finding.end)}`);
    expect(found).toEqual([
      'NAME Maria Lopez',
      'ID 4417823',
      'DATE 03/14/1950',
      'NAME Ruth Klein',
      'DATE 3/14/2024',
      'ORGANIZATION Mercy Hospital',
      'ADDRESS Springfield, IL 62704',
      'NAME Lopez',
      'AGE 92',
      'ADDRESS 123 Main St., Apt 4B',
      'NAME Ana',
      'PHONE 617-555-0142',
      'EMAIL ana.lopez@gmail.com',
      'ID 219-45-8871',
      'ID XJH449912001',
      'ID 1234567893',
      'NAME Ruth Klein',
      'DATE 03/18/2024',
    ]);
    expect(findings.every((finding) => finding.score >= DEFAULT_THRESHOLD)).toBe(true);
  });

  it('finds nothing in the redacted note', async () => {
    const redacted = redact(NOTE, await detect(NOTE)).text;
    expect(redacted).toContain('[NAME 1] is a [AGE 1] yo woman with Parkinson disease');
    expect(await detect(redacted)).toEqual([]);
  });

  it('catches registered personal terms wherever they appear', async () => {
    const findings = await detect('the lopez family; MARIA called', { personalTerms: ['Maria Lopez'] });
    expect(findings.map((finding) => finding.source)).toEqual(['personal-terms']);
  });
});
