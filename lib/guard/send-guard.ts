import { composerForTarget, isTextField, normalizeForComparison, ownSyntheticEvents, selectionOfAll, settle, type Composer } from '../sites/composer';
import { scopeOf, type SiteAdapter } from '../sites/site-adapter';
import type { GuardContext } from './paste-guard';
import { countByLabel, outcomeOf, reportNotLanded, reviewText, type GuardDeps } from './review';

/** Whether a keydown is the one that sends a prompt: Enter, or Ctrl/Cmd+Enter; Shift+Enter is a new line. */
export function isSendKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'isComposing' | 'keyCode'>): boolean {
  if (event.key !== 'Enter') return false;
  // An input method's Enter confirms the characters being composed; it sends nothing.
  if (event.isComposing || event.keyCode === 229) return false;
  return !event.shiftKey && !event.altKey;
}

type SendControl = NonNullable<ReturnType<SiteAdapter['sendControlFor']>>;

/** The events of one pointer press after its pointerdown; its click goes through onClick, which asks first. */
const REST_OF_PRESS = ['mousedown', 'pointerup', 'mouseup', 'pointercancel'] as const;

/**
 * Checks what a person typed or dictated at the moment it is sent: Enter, Ctrl/Cmd+Enter, a press
 * or click on the send control and a form submit are caught on window in the capture phase, before
 * any of the page's listeners. The send goes ahead only once the text is clean or the person chose.
 */
export function guardSends(deps: GuardDeps, context: GuardContext): void {
  const { adapter, allowed } = context;
  const window = deps.window;
  /** The draft, as the person last approved it: sends of exactly that text pass. */
  const approved = new WeakMap<Composer, string>();
  const inReview = new WeakSet<Composer>();

  /** Stops the event unless the text needs no check; returns whether it stopped it. */
  function hold(event: Event, composer: Composer, resend: () => void): boolean {
    if (deps.isPaused?.()) return false;
    const text = adapter.readText(composer);
    if (text.trim() === '' || approved.get(composer) === normalizeForComparison(text)) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (inReview.has(composer)) return true;
    inReview.add(composer);
    void review(composer, text, resend).finally(() => inReview.delete(composer));
    return true;
  }

  async function review(composer: Composer, text: string, resend: () => void): Promise<void> {
    const decision = await reviewText(deps, text, { action: 'send', alreadyAllowed: allowed });
    if (decision.kind === 'cancel' || decision.kind === 'governed') {
      deps.recordOutcome(outcomeOf(decision), countByLabel(decision.findings));
      composer.focus();
      return;
    }
    if (decision.kind === 'redact') {
      const landed = await adapter.write(composer, decision.text, selectionOfAll(composer));
      if (!landed) {
        // Fail closed: what is in the composer now is not what the person approved.
        deps.recordOutcome('cancelled', countByLabel(decision.findings));
        reportNotLanded(deps, 'send');
        return;
      }
      deps.recordOutcome('redacted', countByLabel(decision.findings));
    } else if (decision.kind === 'original') {
      allowed.allow(text, decision.findings);
      deps.recordOutcome(decision.outcome, countByLabel(decision.findings));
    }
    approved.set(composer, normalizeForComparison(adapter.readText(composer)));
    await settle(window);
    resend();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || !isSendKey(event)) return;
    const target = event.composedPath()[0] ?? event.target;
    const composer = adapter.composerFor(target);
    if (!composer) return;
    hold(event, composer, () => resendByKey(event, composer));
  };

  /** Presses the same key again for the page, and falls back to its send control. */
  function resendByKey(original: KeyboardEvent, composer: Composer): void {
    const before = adapter.readText(composer);
    const key = new KeyboardEvent('keydown', {
      key: original.key,
      code: original.code,
      ctrlKey: original.ctrlKey,
      metaKey: original.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    for (const legacy of ['keyCode', 'which'] as const) Object.defineProperty(key, legacy, { get: () => 13 });
    ownSyntheticEvents.add(key);
    const unhandled = composer.dispatchEvent(key);
    if (!unhandled || adapter.readText(composer) !== before) return;
    // The page did not act on the key itself.
    if (adapter.findComposers(scopeOf(composer)).includes(composer)) {
      // A chatbot's composer: its send is the control's or the form's.
      const control = adapter.findSendButton(composer);
      if (control) control.click();
      else composer.closest('form')?.requestSubmit();
    } else if (composer.tagName === 'INPUT') {
      // A one-line field: Enter submits its form (implicit submission), if it has one.
      (composer as HTMLInputElement).form?.requestSubmit();
    } else {
      // Some other text box (feedback, an edit of an earlier message): Enter was a new line.
      composer.ownerDocument.execCommand(isTextField(composer) ? 'insertText' : 'insertParagraph', false, '\n');
    }
  }

  /** The send control as the page has it now: it may have rendered a new one while the person chose. */
  const currentControl = (found: SendControl) => (found.control.isConnected ? found.control : adapter.findSendButton(found.composer));

  /**
   * Whether the pointer press under way was held at its pointerdown. Some pages send on
   * pointerdown or mousedown, so a press on a send control is held from its start; the rest of it
   * is then kept from the page too, or a page that sends on any part of it would send the text
   * unchecked, or a second time after the person chose.
   */
  let pressHeld = false;

  const onPointerDown = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    const found = event.button === 0 ? adapter.sendControlFor(event.composedPath()[0] ?? event.target) : null;
    pressHeld = found !== null && hold(event, found.composer, () => pressAgain(found));
  };

  /** Keeps the rest of a held press from the page; returns whether the event was part of one. */
  const swallowRestOfPress = (event: MouseEvent): boolean => {
    // A click from the keyboard (detail 0) belongs to no press: the person may be answering the dialog.
    if (!event.isTrusted || !pressHeld || (event.type === 'click' && event.detail === 0)) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click' || event.type === 'pointercancel') pressHeld = false;
    return true;
  };

  /** The person's press again, whole, for the page: it may send on any part of it. */
  function pressAgain(found: SendControl): void {
    const control = currentControl(found);
    if (!control) return;
    const init = { bubbles: true, cancelable: true, composed: true, button: 0, pointerType: 'mouse', isPrimary: true };
    control.dispatchEvent(new PointerEvent('pointerdown', { ...init, buttons: 1 }));
    control.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
    control.dispatchEvent(new PointerEvent('pointerup', init));
    control.dispatchEvent(new MouseEvent('mouseup', init));
    control.click();
  }

  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || swallowRestOfPress(event)) return;
    const found = adapter.sendControlFor(event.composedPath()[0] ?? event.target);
    if (!found) return;
    // A click whose press was not held: the keyboard on the control, an assistive tool.
    hold(event, found.composer, () => currentControl(found)?.click());
  };

  // Catches sends the page starts from a form (implicit submission, a submit button we did not
  // recognise). Also the page's own requestSubmit(): what matters is the text, not who submits.
  const onSubmit = (event: SubmitEvent) => {
    if (ownSyntheticEvents.has(event)) return;
    const form = (event.composedPath()[0] ?? event.target) as HTMLFormElement;
    const composer =
      adapter.findComposers(scopeOf(form)).find((candidate) => form.contains(candidate)) ??
      composerForTarget(form.querySelector('textarea, [contenteditable="true"], input[type="text"]'));
    if (!composer) return;
    const submitter = event.submitter;
    hold(event, composer, () => form.requestSubmit(submitter?.isConnected ? submitter : null));
  };

  context.events.on('keydown', onKeyDown);
  context.events.on('pointerdown', onPointerDown);
  for (const type of REST_OF_PRESS) context.events.on(type, swallowRestOfPress);
  context.events.on('click', onClick);
  // `submit` does not leave a shadow root.
  context.events.on('submit', onSubmit, false);
}
