/**
 * Times the rules engine: `npx tsx scripts/bench-detect.ts`.
 * Prints median and p95 for a synthetic note of about 3,000 characters, and the time for 1 MB.
 */
import { loadDetectorForNode } from './node-detector';

const NOTE_PARAGRAPHS = [
  'Patient: Maria Lopez  MRN: 4417823  DOB: 03/14/1950  Acct #: 100045871',
  'Attending: Dr. Ruth Klein  PCP: Dr. Alan Grant  Admitted 3/14/2024, discharged March 18, 2024.',
  'HPI: Ms. Lopez is a 74-year-old woman with Parkinson disease and CHF (EF 35%) who presented to Mercy Hospital',
  'with dyspnea. She lives in Springfield, IL 62704 at 123 Main St., Apt 4B with her daughter Ana (cell 617-555-0142).',
  'Her husband Robert Lopez (92 yo) was at bedside. Foley catheter placed; Apgar history not relevant.',
  'Meds: oxycodone 5/325 mg q6h PRN, metoprolol 25 mg BID, furosemide 40 mg IV. BP 120/80, HR 88, GCS 15/15, pain 3/10.',
  'Labs 03/15/2024: Na 138, K 4.1, Cr 1.2, WBC 12.5, Hgb 10.2, platelets 250. INR 1.1. Troponin <0.01.',
  'Plan: diuresis, daily weights, strength 5/5, follow up with cardiology clinic on 4/2. Room air sat 94%.',
  'Contact: maria.lopez@gmail.com, portal https://mychart.example.org/visit?id=42, IP 192.168.10.24.',
  'SSN 219-45-8871. Member ID: XJH449912001. Medicare ID 1EG4-TE5-MK73. NPI: 1234567893. DEA # AB1234563.',
  'Pacemaker serial # PJN4471023. VIN 1M8GDM9AXKP042788. License plate 7ABC123. Level 3 trauma activation not required.',
  'Discussed with Kevin Tran, RN and Jane Doe, PA-C. Seen and examined by Anne Wu, MD on the 14th.',
  'Electronically signed by: Anne Wu, MD 03/18/2024 14:32',
];
const note = repeatTo(NOTE_PARAGRAPHS.join('\n'), 3000);

const detector = await loadDetectorForNode('rules');
for (let warm = 0; warm < 50; warm++) await detector.detect(note);

const runs: number[] = [];
for (let run = 0; run < 500; run++) {
  const started = performance.now();
  await detector.detect(note);
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
console.log(`note of ${note.length} characters, ${runs.length} runs: median ${percentile(runs, 0.5).toFixed(2)} ms, p95 ${percentile(runs, 0.95).toFixed(2)} ms`);

const megabyte = repeatTo(NOTE_PARAGRAPHS.join('\n'), 1_000_000);
const started = performance.now();
const findings = await detector.detect(megabyte);
console.log(`1 MB note (${megabyte.length} characters): ${(performance.now() - started).toFixed(0)} ms, ${findings.length} findings`);

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}
