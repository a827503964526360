/** Clearly fictional notes for the practice page, the quick start and the tests. */
export interface SampleNote {
  id: string;
  title: string;
  text: string;
}

export const SAMPLE_NOTES: readonly SampleNote[] = [
  {
    id: 'visit-summary',
    title: 'After-visit summary (fictional)',
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
  },
];

export const QUICK_START_NOTE = SAMPLE_NOTES[0];
