import type { Finding, PhiLabel } from '@/lib/detect/types';
import type { DialogState } from '@/lib/guard/dialog-state';

/** A made-up note for the dialog-audit page: every detail is invented. */
const TEXT =
  'Visit note for Marisol Quintero-Vale, seen on 03/14/2024 at Lakeview Clinic.\n' +
  'MRN 48213377. Call (608) 555-0143 with questions.\n' +
  'Continue lisinopril 10 mg daily. Marisol Quintero-Vale will return in 3 months.';

const find = (words: string, label: PhiLabel, from = 0): Finding => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length, label, score: 0.95, source: 'audit-sample' };
};

export const auditDialogState: DialogState = {
  phase: 'found',
  text: TEXT,
  findings: [
    find('Marisol Quintero-Vale', 'NAME'),
    find('03/14/2024', 'DATE'),
    find('Lakeview Clinic', 'ORGANIZATION'),
    find('48213377', 'ID'),
    find('(608) 555-0143', 'PHONE'),
    find('Marisol Quintero-Vale', 'NAME', 100),
  ],
  dateStyle: 'placeholder',
  modelStatus: 'ready',
  governedAssistant: { name: 'MyHealth Assistant', url: 'https://assistant.example.org/' },
};

/** A long text part way through its check, for auditing the progress bar (?state=checking). */
export const auditCheckingState: DialogState = { phase: 'checking', action: 'paste', progress: { done: 7, total: 20 } };
