import { ownSyntheticEvents, saveSelection } from '../sites/composer';
import type { SiteAdapter } from '../sites/site-adapter';
import type { GuardEvents } from './guard-events';
import { AllowedFindings, countByLabel, findingsOf, outcomeOf, reportNotLanded, reviewText, type GuardDeps } from './review';
import { transferText } from './transfer-text';

export { countByLabel } from './review';
export type PasteGuardDeps = GuardDeps;

export interface GuardContext {
  adapter: SiteAdapter;
  /** Findings already let through knowingly, shared by every guard on the page. */
  allowed: AllowedFindings;
  /** Where the guards listen: the window, and open shadow roots for non-composed events. */
  events: GuardEvents;
}

/**
 * Catches pastes into composers before the page sees them, checks the text, and puts back only
 * what the person chose. Text is never dropped: whatever fails, they get a dialog with it intact.
 */
export function guardPastes(deps: GuardDeps, context: GuardContext): void {
  const { adapter, allowed } = context;

  const onPaste = (event: ClipboardEvent) => {
    // Pastes the page fakes are not the person's and are not ours to judge.
    if (!event.isTrusted || ownSyntheticEvents.has(event) || deps.isPaused?.()) return;
    const composer = adapter.composerFor(event.composedPath()[0] ?? event.target);
    const text = transferText(event.clipboardData);
    if (!composer || text.trim() === '') return;
    // Lexical goes on with a paste after preventDefault alone (STACK-NOTES).
    event.preventDefault();
    event.stopImmediatePropagation();
    const selection = saveSelection(composer);
    void (async () => {
      const decision = await reviewText(deps, text, { action: 'paste' });
      const counts = countByLabel(findingsOf(decision));
      if (decision.kind === 'cancel' || decision.kind === 'governed') {
        deps.recordOutcome(outcomeOf(decision), counts);
        composer.focus();
        return;
      }
      if (decision.kind === 'original') allowed.allow(text, decision.findings);
      if (decision.kind === 'redact') allowed.allowRedactedCopy(decision.text);
      const landed = await adapter.write(composer, decision.kind === 'redact' ? decision.text : text, selection);
      deps.recordOutcome(outcomeOf(decision), counts);
      if (!landed) reportNotLanded(deps, 'paste');
    })();
  };

  context.events.on('paste', onPaste);
}
