import type { DetectProgress, ModelStatus } from '../messaging/protocol';
import type { DateRedactionStyle, Finding } from '../detect/types';
import type { EnforcementMode } from '../policy/policy';

/** The health system's own assistant, where a person may take the note instead. */
export interface GovernedAssistant {
  name: string;
  url: string;
}

/**
 * What the person was doing when the guard stopped the text: pasting (or dropping) it, sending
 * what they typed, or uploading a file. Absent means 'paste'; the dialog may word its choices for it.
 */
export type GuardedAction = 'paste' | 'send' | 'upload';

/** What the warning dialog shows; the guard moves it from one phase to the next. */
export type DialogState =
  /** `progress` once the check has reported any (a long text): the dialog shows a progress bar. */
  | { phase: 'checking'; action?: GuardedAction; progress?: DetectProgress }
  | {
      phase: 'found';
      text: string;
      findings: Finding[];
      dateStyle: DateRedactionStyle;
      modelStatus: ModelStatus;
      /** With 'partial': how many characters, from the start, the model read. */
      modelReadCharacters?: number;
      /** Offered as a choice when the person or their health system configured one. */
      governedAssistant?: GovernedAssistant;
      /** The health system's enforcement (managed policy): 'redact-only' and 'block' take "Paste anyway" away. */
      enforcement?: EnforcementMode;
      /** The text matches what the person copied from their patient portal in the last hours. */
      fromPortal?: boolean;
      action?: GuardedAction;
      /** For an upload: the file(s) the text was read from. */
      fileName?: string;
    }
  | { phase: 'failed'; reason: string; enforcement?: EnforcementMode; action?: GuardedAction; fileName?: string }
  | { phase: 'not-landed'; action?: GuardedAction }
  /**
   * Pictures on their way to a chatbot. A photo of a note is a note, and NoteGuard does not read
   * pictures. 'cancel' keeps them back; 'paste-original' uploads them.
   */
  | { phase: 'image'; fileNames: string[] };

/** What the person chose; a redaction carries the text they approved in the preview. */
export type DialogChoice =
  | { action: 'redact'; redactedText: string; findings: Finding[] }
  | { action: 'paste-original' }
  /** The person took the note to their health system's assistant: nothing is pasted here. */
  | { action: 'governed' }
  | { action: 'cancel' };

export interface DialogController {
  update(state: DialogState): void;
  /** Settles when the person picks; a later phase keeps the same promise. */
  readonly choice: Promise<DialogChoice>;
  close(): void;
}

export type OpenDialog = (state: DialogState) => DialogController;
