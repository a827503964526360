import type { DateRedactionStyle, Finding, PhiLabel } from '../detect/types';
import type { DetectResponse, Outcome } from '../messaging/protocol';
import {
  composerForTarget,
  insertIntoComposer,
  ownSyntheticEvents,
  saveSelection,
  type Composer,
  type SavedSelection,
} from '../sites/composer';
import type { DialogController, DialogState, GovernedAssistant, OpenDialog } from './dialog-state';

export interface PasteGuardDeps {
  window: Window;
  detect(text: string): Promise<DetectResponse>;
  recordOutcome(outcome: Outcome, counts: Partial<Record<PhiLabel, number>>): void;
  openDialog: OpenDialog;
  dateStyle(): DateRedactionStyle;
  /** The health system's assistant offered in the dialog, if one is configured. */
  governedAssistant?(): GovernedAssistant | undefined;
  /** True while the person paused NoteGuard on this site: pastes go through untouched. */
  isPaused?(): boolean;
  /** After this long without an answer the person sees that the check is running. */
  showCheckingAfterMs?: number;
  /** After this long the check is given up and the person chooses without it. */
  checkBudgetMs?: number;
}

export function countByLabel(findings: readonly Finding[]): Partial<Record<PhiLabel, number>> {
  const counts: Partial<Record<PhiLabel, number>> = {};
  for (const finding of findings) counts[finding.label] = (counts[finding.label] ?? 0) + 1;
  return counts;
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

/**
 * Catches pastes into composers before the page sees them, checks the text, and puts back only
 * what the person chose. Text is never dropped: whatever fails, they get a dialog with it intact.
 */
export function guardPastes(deps: PasteGuardDeps): () => void {
  const { showCheckingAfterMs = 400, checkBudgetMs = 15_000 } = deps;

  const onPaste = (event: ClipboardEvent) => {
    // Pastes the page fakes are not the person's and are not ours to judge.
    if (!event.isTrusted || ownSyntheticEvents.has(event)) return;
    if (deps.isPaused?.()) return;
    const composer = composerForTarget(event.composedPath()[0] ?? event.target);
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!composer || text.trim() === '') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void checkAndPaste(composer, text, saveSelection(composer));
  };

  async function checkAndPaste(composer: Composer, text: string, selection: SavedSelection) {
    const answer = deps.detect(text).catch((error: unknown): DetectResponse => ({ ok: false, error: String(error) }));
    let dialog: DialogController | undefined;
    let result = await Promise.race([answer, sleep(showCheckingAfterMs)]);
    if (result === 'timeout') {
      dialog = deps.openDialog({ phase: 'checking' });
      const cancelled = dialog.choice.then(() => 'cancelled' as const);
      const next = await Promise.race([answer, sleep(checkBudgetMs - showCheckingAfterMs), cancelled]);
      if (next === 'cancelled') {
        dialog.close();
        deps.recordOutcome('cancelled', {});
        composer.focus();
        return;
      }
      result = next === 'timeout' ? { ok: false, error: 'The check took too long.' } : next;
    }

    if (result.ok && result.findings.length === 0) {
      dialog?.close();
      finish(composer, text, selection, dialog, 'nothing-found', []);
      return;
    }
    const state: DialogState = result.ok
      ? {
          phase: 'found',
          text,
          findings: result.findings,
          dateStyle: deps.dateStyle(),
          modelStatus: result.modelStatus,
          governedAssistant: deps.governedAssistant?.(),
        }
      : { phase: 'failed', reason: result.error };
    if (dialog) dialog.update(state);
    else dialog = deps.openDialog(state);

    const choice = await dialog.choice;
    const findings = result.ok ? result.findings : [];
    if (choice.action === 'cancel' || choice.action === 'governed') {
      dialog.close();
      deps.recordOutcome(choice.action === 'governed' ? 'governed' : 'cancelled', countByLabel(findings));
      composer.focus();
    } else if (choice.action === 'redact') {
      finish(composer, choice.redactedText, selection, dialog, 'redacted', choice.findings);
    } else {
      finish(composer, text, selection, dialog, result.ok ? 'pasted-anyway' : 'check-failed', findings);
    }
  }

  function finish(
    composer: Composer,
    text: string,
    selection: SavedSelection,
    dialog: DialogController | undefined,
    outcome: Outcome,
    findings: readonly Finding[],
  ) {
    dialog?.close();
    const landed = insertIntoComposer(composer, text, selection);
    deps.recordOutcome(outcome, countByLabel(findings));
    if (!landed) deps.openDialog({ phase: 'not-landed' });
  }

  deps.window.addEventListener('paste', onPaste, { capture: true });
  return () => deps.window.removeEventListener('paste', onPaste, { capture: true });
}
