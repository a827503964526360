/** The Safe Harbor identifier families NoteGuard reports (see shared DESIGN.md). */
export const PHI_LABELS = [
  'NAME',
  'DATE',
  'AGE',
  'PHONE',
  'EMAIL',
  'URL',
  'ADDRESS',
  'ORGANIZATION',
  'ID',
] as const;
export type PhiLabel = (typeof PHI_LABELS)[number];

/** The `source` of the NER model's findings: they give way to the rules where the two overlap. */
export const MODEL_SOURCE = 'ner';

/** One piece of PHI: UTF-16 offsets into the checked text, end-exclusive. */
export interface Finding {
  start: number;
  end: number;
  label: PhiLabel;
  /** 0..1, after context boost. */
  score: number;
  /** The recognizer that produced it, e.g. "email" or "ner". */
  source: string;
}

/**
 * Called by a long-running recognizer (the NER model) before each unit of work (a window) with
 * how many units are done of how many. It is awaited: the caller may report progress there, yield
 * to its event loop to hear a cancel, and stop the recognizer by throwing.
 */
export type Checkpoint = (done: number, total: number) => void | Promise<void>;

export interface RecognizerContext {
  /** Terms a person registered to always catch (own name, MRN, date of birth). */
  personalTerms: readonly string[];
  checkpoint?: Checkpoint;
}

/** A recognizer finds one or more labels; it may be async (the NER model is). */
export interface Recognizer {
  readonly name: string;
  readonly labels: readonly PhiLabel[];
  /** Words that raise a candidate's score when they appear just before it. */
  readonly context?: readonly string[];
  recognize(text: string, context: RecognizerContext): Finding[] | Promise<Finding[]>;
}

export interface DetectOptions {
  personalTerms?: readonly string[];
  /** Findings scoring below this are dropped. */
  threshold?: number;
  /** Extra recognizers, e.g. the NER model's; added to the built-in rules. */
  extraRecognizers?: readonly Recognizer[];
  /** Handed to every recognizer (see Checkpoint). */
  checkpoint?: Checkpoint;
}

export const DATE_REDACTION_STYLES = ['placeholder', 'keep-year', 'remove'] as const;
export type DateRedactionStyle = (typeof DATE_REDACTION_STYLES)[number];

export function isDateRedactionStyle(value: unknown): value is DateRedactionStyle {
  return (DATE_REDACTION_STYLES as readonly unknown[]).includes(value);
}

export interface RedactOptions {
  dateStyle?: DateRedactionStyle;
}

export interface Redaction {
  text: string;
  /** Each finding with the text that replaced it. */
  replacements: { finding: Finding; replacement: string }[];
}
