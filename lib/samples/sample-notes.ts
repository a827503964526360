/**
 * Clearly fictional notes for the practice page, the educators' walkthrough, the quick start and
 * the tests. Every person, place, number and address here is invented: phone numbers use the
 * 555-01xx block reserved for fiction, e-mail and web addresses use the reserved `example`
 * domains, and record numbers match no real system.
 */
export type SampleKind = 'visit-summary' | 'discharge-summary' | 'lab-report' | 'radiology-report' | 'portal-message';

export const SAMPLE_KINDS: readonly SampleKind[] = [
  'visit-summary',
  'discharge-summary',
  'lab-report',
  'radiology-report',
  'portal-message',
];

export interface SampleNote {
  id: string;
  kind: SampleKind;
  title: string;
  /** The note's language, so that a Spanish page still reads an English note in English. */
  lang: 'en' | 'es';
  text: string;
  /**
   * Details that are not identifiers on their own but that, together, may still point to one
   * person after redaction (a rare condition, a small town, an occupation, a date). Quoted
   * exactly as they appear in `text`, for the re-identification lesson.
   */
  combination: readonly string[];
}

export const SAMPLE_NOTES: readonly SampleNote[] = [
  {
    id: 'visit-summary',
    kind: 'visit-summary',
    title: 'After-visit summary (fictional)',
    lang: 'en',
    text: [
      'After Visit Summary - Lakeside Family Practice',
      'Patient: Rosa Delgado-Whitfield   DOB: 04/12/1961   MRN: 00482913',
      'Visit date: March 14, 2024 with Dr. Aaron Okafor',
      '',
      'You were seen today for follow-up of type 2 diabetes and high blood pressure.',
      'Your A1c was 7.9%. BP 142/88. We increased metformin to 1000 mg twice daily.',
      'Your daughter Maria asked about a home glucose meter; one was ordered.',
      '',
      'Questions? Call the clinic at (608) 555-0143 or e-mail care-team@lakesidefp.example.org.',
      'Next visit: 06/20/2024. Address on file: 418 Willow Creek Rd, Verona, WI 53593.',
    ].join('\n'),
    combination: ['type 2 diabetes', 'daughter'],
  },
  {
    id: 'discharge-summary',
    kind: 'discharge-summary',
    title: 'Hospital discharge summary (fictional)',
    lang: 'en',
    text: [
      'DISCHARGE SUMMARY - Mercy Ridge Medical Center',
      'Patient: Harold J. Pemberton   MRN: 7730215   Account: 4410098821',
      'Admitted: 02/03/2025   Discharged: 02/09/2025   Age: 91',
      'Attending: Dr. Lucia Fernandez   Primary care: Dr. Samuel Brandt',
      '',
      'Hospital course: Mr. Pemberton, a retired lighthouse keeper from Bayfield, WI, was admitted',
      'with community-acquired pneumonia and a COPD exacerbation. He improved on IV antibiotics and',
      'was switched to oral amoxicillin-clavulanate on hospital day 4.',
      '',
      'Discharge medications: amoxicillin-clavulanate 875 mg twice daily for 5 days; prednisone taper.',
      'Follow-up: Dr. Brandt on 02/16/2025. Home health: call (715) 555-0188.',
      'Emergency contact: son, Daniel Pemberton, (715) 555-0107.',
    ].join('\n'),
    combination: ['retired lighthouse keeper', 'Bayfield, WI', 'COPD exacerbation'],
  },
  {
    id: 'lab-report',
    kind: 'lab-report',
    title: 'Lab report (fictional)',
    lang: 'en',
    text: [
      'LABORATORY REPORT - Northfield Regional Laboratory',
      'Patient: Keisha Marie Thornton   DOB: 09/27/1988   MRN: 55120947',
      'Collected: 11/04/2025 07:42   Reported: 11/04/2025 13:15',
      'Ordering provider: Dr. Priya Raman, NPI 1234567893',
      '',
      'TEST                 RESULT     FLAG   REFERENCE',
      'Hemoglobin           10.9 g/dL  L      12.0-15.5',
      'Ferritin             8 ng/mL    L      15-150',
      'TSH                  2.1 mIU/L         0.4-4.0',
      'hCG, quantitative    1,240 mIU/mL      pregnant: see note',
      '',
      'Note: results released to the patient portal at https://portal.northfieldlab.example.com/r/88213.',
    ].join('\n'),
    combination: ['hCG, quantitative', 'Ferritin'],
  },
  {
    id: 'radiology-report',
    kind: 'radiology-report',
    title: 'Radiology report (fictional)',
    lang: 'en',
    text: [
      'RADIOLOGY REPORT - Pine Hollow Community Hospital',
      'Patient: Tomasz Wieczorek   MRN: 3309174   DOB: 01/30/1979',
      'Exam: MRI brain with and without contrast   Date of exam: 07/18/2025',
      'Referring: Dr. Helen Achebe   Accession: RAD-2025-0071842',
      '',
      'History: 46-year-old high school wrestling coach from Mineral Point with known',
      'Erdheim-Chester disease, new headaches.',
      '',
      'Findings: No acute infarct. Stable enhancing lesion in the left cerebellar hemisphere, 1.2 cm.',
      'Impression: Stable appearance compared with 01/09/2025. Dictated by Dr. Miriam Osei.',
    ].join('\n'),
    combination: ['high school wrestling coach', 'Mineral Point', 'Erdheim-Chester disease', '07/18/2025'],
  },
  {
    id: 'portal-message',
    kind: 'portal-message',
    title: 'Patient portal message (fictional)',
    lang: 'en',
    text: [
      'From: Ana Lucia Restrepo <ana.restrepo@example.net>',
      'To: Dr. Kevin Whitaker, Riverbend Pediatrics',
      'Sent: 10/02/2025 9:14 PM',
      'Subject: Question about my son\'s inhaler',
      '',
      'Hi Dr. Whitaker, my son Mateo (DOB 05/05/2017, MRN 88031256) has been coughing at night since',
      'Tuesday. He uses the albuterol inhaler about 3 times a day now. Should we bring him in before',
      'his appointment on 10/09/2025? You can reach me at (414) 555-0162.',
      'We live at 2207 Orchard Lane, Apt 3B, Wauwatosa, WI 53213.',
      '',
      'Thank you, Ana',
    ].join('\n'),
    combination: ['coughing at night', 'albuterol inhaler'],
  },
];

export const QUICK_START_NOTE = SAMPLE_NOTES[0];
