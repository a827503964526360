import type { DateRedactionStyle, Finding, PhiLabel } from '../detect/types';
import type { DetectProgress, DetectResponse, DetectWatch, Outcome } from '../messaging/protocol';
import type { DialogController, DialogState, GovernedAssistant, GuardedAction, OpenDialog } from './dialog-state';

/** What every guard (paste, drop, send, upload) needs from the extension. */
export interface GuardDeps {
  window: Window;
  /** Checks a text; `watch` hears its progress and stops it (see DetectWatch). */
  detect(text: string, watch?: DetectWatch): Promise<DetectResponse>;
  recordOutcome(outcome: Outcome, counts: Partial<Record<PhiLabel, number>>): void;
  openDialog: OpenDialog;
  dateStyle(): DateRedactionStyle;
  /** The health system's assistant offered in the dialog, if one is configured. */
  governedAssistant?(): GovernedAssistant | undefined;
  /** True while the person paused NoteGuard on this site: nothing is checked. */
  isPaused?(): boolean;
  /** After this long without an answer the person sees that the check is running. */
  showCheckingAfterMs?: number;
  /** After this long the check is given up and the person chooses without it. */
  checkBudgetMs?: number;
}

/** What the person decided about a text; the guard carries it out and records the outcome. */
export type Decision =
  | { kind: 'clean' }
  | { kind: 'redact'; text: string; findings: Finding[] }
  | { kind: 'original'; outcome: 'pasted-anyway' | 'check-failed'; findings: Finding[] }
  | { kind: 'cancel'; findings: Finding[] }
  /** The person took the note to their health system's assistant: nothing goes in here. */
  | { kind: 'governed'; findings: Finding[] };

export function countByLabel(findings: readonly Finding[]): Partial<Record<PhiLabel, number>> {
  const counts: Partial<Record<PhiLabel, number>> = {};
  for (const finding of findings) counts[finding.label] = (counts[finding.label] ?? 0) + 1;
  return counts;
}

export function outcomeOf(decision: Decision): Outcome {
  switch (decision.kind) {
    case 'clean':
      return 'nothing-found';
    case 'redact':
      return 'redacted';
    case 'original':
      return decision.outcome;
    case 'cancel':
      return 'cancelled';
    case 'governed':
      return 'governed';
  }
}

export function findingsOf(decision: Decision): readonly Finding[] {
  return decision.kind === 'clean' ? [] : decision.findings;
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

export interface ReviewOptions {
  action: GuardedAction;
  fileName?: string;
  /** Findings the person already let through knowingly (their exact text): not asked about again. */
  alreadyAllowed?: { has(findingText: string): boolean };
}

/**
 * Checks a text and, when it holds personal details or could not be checked, asks the person.
 * The dialog is closed when this settles. Text is never lost: whatever fails, the person decides.
 */
export async function reviewText(deps: GuardDeps, text: string, options: ReviewOptions): Promise<Decision> {
  const { showCheckingAfterMs = 400, checkBudgetMs = 15_000 } = deps;
  // Cancel and the time limit stop the check itself, so the next text is not queued behind it.
  const stop = new AbortController();
  let dialog: DialogController | undefined;
  let progress: DetectProgress | undefined;
  const onProgress = (next: DetectProgress) => {
    progress = next;
    if (dialog && !stop.signal.aborted) dialog.update({ phase: 'checking', action: options.action, progress });
  };
  const answer = deps
    .detect(text, { onProgress, signal: stop.signal })
    .catch((error: unknown): DetectResponse => ({ ok: false, error: String(error) }));
  let result = await Promise.race([answer, sleep(showCheckingAfterMs)]);
  if (result === 'timeout') {
    dialog = deps.openDialog({ phase: 'checking', action: options.action, progress });
    const cancelled = dialog.choice.then(() => 'cancelled' as const);
    const next = await Promise.race([answer, sleep(checkBudgetMs - showCheckingAfterMs), cancelled]);
    if (next === 'cancelled') {
      stop.abort();
      dialog.close();
      return { kind: 'cancel', findings: [] };
    }
    if (next === 'timeout') stop.abort();
    result = next === 'timeout' ? { ok: false, error: 'The check took too long.' } : next;
  }

  const allowed = options.alreadyAllowed;
  const findings = result.ok ? result.findings.filter((finding) => !allowed?.has(text.slice(finding.start, finding.end))) : [];
  if (result.ok && findings.length === 0) {
    dialog?.close();
    return { kind: 'clean' };
  }
  const state: DialogState = result.ok
    ? {
        phase: 'found',
        text,
        findings,
        dateStyle: deps.dateStyle(),
        modelStatus: result.modelStatus,
        modelReadCharacters: result.modelReadCharacters,
        governedAssistant: deps.governedAssistant?.(),
        action: options.action,
        fileName: options.fileName,
      }
    : { phase: 'failed', reason: result.error, action: options.action, fileName: options.fileName };
  if (dialog) dialog.update(state);
  else dialog = deps.openDialog(state);

  const choice = await dialog.choice;
  dialog.close();
  if (choice.action === 'cancel') return { kind: 'cancel', findings };
  if (choice.action === 'governed') return { kind: 'governed', findings };
  if (choice.action === 'redact') return { kind: 'redact', text: choice.redactedText, findings: choice.findings };
  return { kind: 'original', outcome: result.ok ? 'pasted-anyway' : 'check-failed', findings };
}

/** Tells the person that the text did not go in and that nothing was sent. */
export function reportNotLanded(deps: GuardDeps, action: GuardedAction): void {
  const dialog = deps.openDialog({ phase: 'not-landed', action });
  void dialog.choice.then(() => dialog.close());
}

/**
 * What the person has already let through knowingly, so the send check does not ask twice: the
 * details they pasted anyway, and whatever a redacted copy they chose still shows (they saw that
 * copy in the dialog's preview). Held in the page's memory only, for its lifetime.
 */
export class AllowedFindings {
  private readonly texts = new Set<string>();
  private readonly redactedCopies: string[] = [];

  allow(text: string, findings: readonly Finding[]): void {
    for (const finding of findings) this.texts.add(text.slice(finding.start, finding.end));
  }

  allowRedactedCopy(copy: string): void {
    this.redactedCopies.push(copy);
    if (this.redactedCopies.length > MAX_REDACTED_COPIES) this.redactedCopies.shift();
  }

  has(findingText: string): boolean {
    if (this.texts.has(findingText)) return true;
    return findingText.trim() !== '' && this.redactedCopies.some((copy) => containsAsWord(copy, findingText));
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `part` occurs in `text` with no letter or digit right before or after it. */
function containsAsWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? '') && !LETTER_OR_DIGIT.test(text[at + part.length] ?? '')) return true;
  }
  return false;
}

/** Redacted copies remembered per page: enough for a conversation, bounded for a long session. */
const MAX_REDACTED_COPIES = 20;
