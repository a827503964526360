import { useEffect, useRef, useState } from 'preact/hooks';
import { redactFindings } from '@/lib/detect/redact';
import type { DialogChoice, DialogState } from '@/lib/guard/dialog-state';
import { LABEL_WORDS } from './label-words';

export interface WarningDialogProps {
  state: DialogState;
  onChoose(choice: DialogChoice): void;
}

const TITLE_ID = 'noteguard-title';
const DESCRIPTION_ID = 'noteguard-why';

/**
 * The warning shown before a note reaches a chatbot. The safe choice is first and focused;
 * pasting the original takes a second, deliberate click.
 */
export function WarningDialog({ state, onChoose }: WarningDialogProps) {
  const [confirmingOriginal, setConfirmingOriginal] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstActionRef = useRef<HTMLButtonElement>(null);

  useEffect(() => firstActionRef.current?.focus(), [state.phase, confirmingOriginal]);

  // Only a person's own clicks count: a page script cannot choose for them.
  const choose = (choice: DialogChoice) => (event: Event) => {
    if (event.isTrusted) onChoose(choice);
  };
  const redacted = state.phase === 'found' ? redactFindings(state.text, state.findings, { dateStyle: state.dateStyle }) : undefined;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (event.isTrusted) onChoose({ action: 'cancel' });
    } else if (event.key === 'Tab') {
      trapFocus(event, dialogRef.current);
    }
  };

  return (
    <div class="backdrop">
      <div
        ref={dialogRef}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={TITLE_ID}
        aria-describedby={DESCRIPTION_ID}
        onKeyDown={onKeyDown}
      >
        {state.phase === 'checking' && (
          <>
            <h2 id={TITLE_ID}>Checking your text for personal details…</h2>
            <p id={DESCRIPTION_ID} role="status">
              This happens on your computer. Nothing has been pasted yet.
            </p>
            <div class="actions">
              <button ref={firstActionRef} onClick={choose({ action: 'cancel' })}>Cancel</button>
            </div>
          </>
        )}

        {state.phase === 'found' && (
          <>
            <h2 id={TITLE_ID}>This text has personal details in it</h2>
            <p id={DESCRIPTION_ID}>
              Public chatbots can keep what you paste, show it to reviewers and use it for training. We found{' '}
              {state.findings.length === 1 ? '1 detail' : `${state.findings.length} details`} that could identify you.
            </p>
            <ul class="findings" aria-label="What we found">
              {state.findings.map((finding, index) => (
                <li key={index}>
                  <span class="label">{LABEL_WORDS[finding.label]}:</span>{' '}
                  <mark>{state.text.slice(finding.start, finding.end)}</mark>
                </li>
              ))}
            </ul>
            {state.modelStatus === 'unavailable' && (
              <p class="notice">Names and places may be missed: only the pattern check could run.</p>
            )}
            <details class="preview">
              <summary>See what would be pasted without your details</summary>
              <pre>{redacted!.text}</pre>
            </details>
            <div class="actions">
              <button ref={firstActionRef} class="primary" onClick={choose({ action: 'redact', redactedText: redacted!.text, findings: state.findings })}>
                Paste without my details
              </button>
              {confirmingOriginal ? (
                <button class="danger" onClick={choose({ action: 'paste-original' })}>
                  Yes, paste with my details
                </button>
              ) : (
                <button onClick={() => setConfirmingOriginal(true)}>Paste anyway</button>
              )}
              <button onClick={choose({ action: 'cancel' })}>Cancel</button>
            </div>
          </>
        )}

        {state.phase === 'failed' && (
          <>
            <h2 id={TITLE_ID}>We could not finish checking this text</h2>
            <p id={DESCRIPTION_ID}>
              Nothing has been pasted and your text is safe on your clipboard. It may contain personal details. (
              {state.reason})
            </p>
            <div class="actions">
              <button ref={firstActionRef} class="primary" onClick={choose({ action: 'cancel' })}>
                Cancel
              </button>
              {confirmingOriginal ? (
                <button class="danger" onClick={choose({ action: 'paste-original' })}>
                  Yes, paste it unchecked
                </button>
              ) : (
                <button onClick={() => setConfirmingOriginal(true)}>Paste anyway</button>
              )}
            </div>
          </>
        )}

        {state.phase === 'not-landed' && (
          <>
            <h2 id={TITLE_ID}>The text did not go into the chat box</h2>
            <p id={DESCRIPTION_ID}>
              This chat box did not accept the text, so nothing was sent. Your original is still on your clipboard.
            </p>
            <div class="actions">
              <button ref={firstActionRef} class="primary" onClick={choose({ action: 'cancel' })}>
                Close
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, dialog: HTMLElement | null) {
  if (!dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, summary, [tabindex="0"]')];
  if (focusable.length === 0) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
