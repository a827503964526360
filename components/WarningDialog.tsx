import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { redactFindings } from '@/lib/detect/redact';
import type { Finding } from '@/lib/detect/types';
import type { DialogChoice, DialogState, GuardedAction } from '@/lib/guard/dialog-state';
import { translator, type MessageKey, type Translate } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locale';
import { groupFindings, segmentText } from './finding-groups';
import { labelWord } from './label-words';

export interface WarningDialogProps {
  state: DialogState;
  /** The language the dialog speaks; English when not given. */
  locale?: Locale;
  onChoose(choice: DialogChoice): void;
  /** Opens the governed assistant in a new tab (the page's window.open by default). */
  openUrl?(url: string): void;
  /** Puts the note on the clipboard, only when the person asks (navigator.clipboard by default). */
  copyText?(text: string): Promise<void>;
}

const TITLE_ID = 'noteguard-title';
const DESCRIPTION_ID = 'noteguard-why';
const CONFIRM_HINT_ID = 'noteguard-confirm-hint';

/**
 * The highlighted copy of the text shows at most this much: tens of thousands of highlights would
 * take the page seconds to lay out. The rest is in the preview, and every finding is still hidden.
 */
export const HIGHLIGHTED_TEXT_LIMIT = 20_000;
/** The list of details shows at most this many; the others are listed as a count, all hidden. */
export const LISTED_GROUPS_LIMIT = 100;

interface ChoiceWords {
  redact: MessageKey;
  original: MessageKey;
  confirmOriginal: MessageKey;
  confirmUnchecked: MessageKey;
  preview: MessageKey;
}

/**
 * The choices named for what the person was doing. An upload's redacted copy is its text pasted
 * instead of the file, so it keeps the paste words for that choice and its preview.
 */
const CHOICE_WORDS: Record<GuardedAction, ChoiceWords> = {
  paste: {
    redact: 'dialog.redact',
    original: 'dialog.pasteAnyway',
    confirmOriginal: 'dialog.confirmOriginal',
    confirmUnchecked: 'dialog.failed.confirm',
    preview: 'dialog.found.preview',
  },
  send: {
    redact: 'dialog.send.redact',
    original: 'dialog.send.anyway',
    confirmOriginal: 'dialog.send.confirmOriginal',
    confirmUnchecked: 'dialog.send.failedConfirm',
    preview: 'dialog.send.preview',
  },
  upload: {
    redact: 'dialog.redact',
    original: 'dialog.upload.anyway',
    confirmOriginal: 'dialog.upload.confirmOriginal',
    confirmUnchecked: 'dialog.upload.failedConfirm',
    preview: 'dialog.found.preview',
  },
};

const defaultOpenUrl = (url: string) => void window.open(url, '_blank', 'noopener,noreferrer');
const defaultCopyText = (text: string) => navigator.clipboard.writeText(text);

/**
 * The warning shown before a note reaches a chatbot. The safe choice is first and focused;
 * pasting the original takes a second, deliberate step. Only a person's own (trusted) input counts.
 */
export function WarningDialog({
  state,
  locale = 'en',
  onChoose,
  openUrl = defaultOpenUrl,
  copyText = defaultCopyText,
}: WarningDialogProps) {
  const tr = translator(locale);
  const words = CHOICE_WORDS[('action' in state && state.action) || 'paste'];
  const [confirmingOriginal, setConfirmingOriginal] = useState(false);
  const [step, setStep] = useState<'choose' | 'governed'>('choose');
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstActionRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => firstActionRef.current?.focus(), [state.phase, step]);
  useEffect(() => {
    if (confirmingOriginal) confirmRef.current?.focus();
  }, [confirmingOriginal]);

  // A page script cannot choose for the person: synthetic events are ignored. A choice that costs
  // something to make (the redacted text) is made only once the click is known to be the person's.
  const choose = (choice: DialogChoice | (() => DialogChoice)) => (event: Event) => {
    if (event.isTrusted) onChoose(typeof choice === 'function' ? choice() : choice);
  };
  const confirmOriginal = (event: Event) => {
    if (event.isTrusted) setConfirmingOriginal(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (event.isTrusted) onChoose({ action: 'cancel' });
    } else if (event.key === 'Tab') {
      trapFocus(event, dialogRef.current);
    }
  };

  // The health system's policy may take the original away: 'redact-only' and 'block'.
  const pasteAnyway = (confirmLabel: string) =>
    !mayPasteOriginal(state) ? null : confirmingOriginal ? (
      <button ref={confirmRef} class="danger" aria-describedby={CONFIRM_HINT_ID} onClick={choose({ action: 'paste-original' })}>
        {confirmLabel}
      </button>
    ) : (
      <button onClick={confirmOriginal}>{tr(words.original)}</button>
    );

  return (
    <div class="backdrop" lang={locale}>
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
            <h2 id={TITLE_ID}>{tr('dialog.checking.title')}</h2>
            <p id={DESCRIPTION_ID} role="status">
              {tr('dialog.checking.body')}
            </p>
            <CheckingProgress progress={state.progress} locale={locale} tr={tr} />
            <div class="actions">
              <button ref={firstActionRef} onClick={choose({ action: 'cancel' })}>
                {tr('common.cancel')}
              </button>
            </div>
          </>
        )}

        {state.phase === 'found' && step === 'choose' && (
          <FoundStep
            state={state}
            locale={locale}
            tr={tr}
            firstActionRef={firstActionRef}
            choose={choose}
            words={words}
            pasteAnyway={pasteAnyway(tr(words.confirmOriginal))}
            confirmingOriginal={confirmingOriginal}
            onGoverned={(event) => {
              if (!event.isTrusted || !state.governedAssistant) return;
              openUrl(state.governedAssistant.url);
              setStep('governed');
            }}
          />
        )}

        {state.phase === 'found' && step === 'governed' && state.governedAssistant && (
          <GovernedStep
            text={state.text}
            assistant={state.governedAssistant}
            tr={tr}
            firstActionRef={firstActionRef}
            choose={choose}
            openUrl={openUrl}
            copyText={copyText}
            onBack={() => setStep('choose')}
          />
        )}

        {state.phase === 'failed' && (
          <>
            <h2 id={TITLE_ID}>{tr('dialog.failed.title')}</h2>
            <p id={DESCRIPTION_ID}>
              {tr('dialog.failed.body')} ({state.reason})
            </p>
            {confirmingOriginal && <p id={CONFIRM_HINT_ID} class="notice">{tr('dialog.confirmHint')}</p>}
            <div class="actions">
              <button ref={firstActionRef} class="primary" onClick={choose({ action: 'cancel' })}>
                {tr('common.cancel')}
              </button>
              {pasteAnyway(tr(words.confirmUnchecked))}
            </div>
          </>
        )}

        {state.phase === 'image' && (
          <>
            <h2 id={TITLE_ID}>{tr('dialog.image.title')}</h2>
            <p id={DESCRIPTION_ID}>{tr('dialog.image.body', { names: state.fileNames.join(', ') })}</p>
            <div class="actions">
              <button ref={firstActionRef} class="primary" onClick={choose({ action: 'cancel' })}>
                {tr('common.cancel')}
              </button>
              <button onClick={choose({ action: 'paste-original' })}>{tr('dialog.image.upload')}</button>
            </div>
          </>
        )}

        {state.phase === 'not-landed' && (
          <>
            <h2 id={TITLE_ID}>{tr('dialog.notLanded.title')}</h2>
            <p id={DESCRIPTION_ID}>{tr('dialog.notLanded.body')}</p>
            <div class="actions">
              <button ref={firstActionRef} class="primary" onClick={choose({ action: 'cancel' })}>
                {tr('common.close')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

type FoundState = Extract<DialogState, { phase: 'found' }>;
type CheckingState = Extract<DialogState, { phase: 'checking' }>;
type Choose = (choice: DialogChoice | (() => DialogChoice)) => (event: Event) => void;

/** A bar that fills as the check goes (no value, so a moving stripe, until the first report). */
function CheckingProgress({ progress, locale, tr }: { progress: CheckingState['progress']; locale: Locale; tr: Translate }) {
  const percent = progress && Math.min(100, Math.floor((100 * progress.done) / Math.max(1, progress.total)));
  return (
    <div class="progress">
      <progress max={100} value={percent} aria-label={tr('dialog.checking.progressLabel')} />
      {percent !== undefined && <p>{tr('dialog.checking.progress', { percent: percent.toLocaleString(locale) })}</p>}
    </div>
  );
}

interface FoundStepProps {
  state: FoundState;
  locale: Locale;
  tr: Translate;
  firstActionRef: preact.RefObject<HTMLButtonElement>;
  choose: Choose;
  words: ChoiceWords;
  pasteAnyway: preact.ComponentChildren;
  confirmingOriginal: boolean;
  onGoverned(event: Event): void;
}

/** The findings, each with a tick box (ticked = hidden), the text highlighted, a live preview and the choices. */
function FoundStep({ state, locale, tr, firstActionRef, choose, words, pasteAnyway, confirmingOriginal, onGoverned }: FoundStepProps) {
  const groups = useMemo(() => groupFindings(state.text, state.findings), [state.text, state.findings]);
  const highlightedEnd = Math.min(state.text.length, HIGHLIGHTED_TEXT_LIMIT);
  const segments = useMemo(() => segmentText(state.text, state.findings, highlightedEnd), [state.text, state.findings, highlightedEnd]);
  const listedGroups = groups.slice(0, LISTED_GROUPS_LIMIT);
  const [previewOpen, setPreviewOpen] = useState(false);
  /** Group keys the person unticked: those details stay in the pasted text. */
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const groupOf = useMemo(() => {
    const byIndex = new Map<number, string>();
    for (const group of groups) for (const index of group.members) byIndex.set(index, group.key);
    return byIndex;
  }, [groups]);

  const hiddenFindings: Finding[] = useMemo(
    () => state.findings.filter((_, index) => !kept.has(groupOf.get(index)!)),
    [state.findings, kept, groupOf],
  );
  // Redacting takes a third of a second on a megabyte: done for the preview only once it is open,
  // otherwise when the person chooses the redacted copy.
  const redactHidden = () => redactFindings(state.text, hiddenFindings, { dateStyle: state.dateStyle }).text;
  const redactedText = useMemo(() => (previewOpen ? redactHidden() : undefined), [previewOpen, state.text, hiddenFindings, state.dateStyle]);
  const redactChoice = (): DialogChoice => ({ action: 'redact', redactedText: redactedText ?? redactHidden(), findings: hiddenFindings });

  const toggle = (key: string) => (event: Event) => {
    if (!event.isTrusted) return;
    const next = new Set(kept);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setKept(next);
  };

  const total = state.findings.length;
  return (
    <>
      <h2 id={TITLE_ID}>{tr('dialog.found.title')}</h2>
      <div id={DESCRIPTION_ID}>
        <p>{tr('dialog.found.why')}</p>
        <p>{total === 1 ? tr('dialog.found.countOne') : tr('dialog.found.countMany', { count: total })}</p>
      </div>
      {state.modelStatus === 'unavailable' && <p class="notice">{tr('dialog.found.modelUnavailable')}</p>}
      {state.modelStatus === 'partial' && (
        <p class="notice">
          {tr('dialog.found.modelPartial', { characters: (state.modelReadCharacters ?? 0).toLocaleString(locale) })}
        </p>
      )}

      <fieldset class="findings">
        <legend>{tr('dialog.found.listHeading')}</legend>
        <p class="hint">{tr('dialog.found.listHint')}</p>
        <ul>
          {listedGroups.map((group) => {
            const hidden = !kept.has(group.key);
            const id = `noteguard-finding-${group.members[0]}`;
            return (
              <li key={group.key}>
                <input id={id} type="checkbox" checked={hidden} onClick={toggle(group.key)} />
                <label for={id}>
                  <mark class={hidden ? 'hidden' : 'kept'}>{group.text}</mark>{' '}
                  <span class="kind">
                    ({labelWord(locale, group.label)}
                    {group.members.length > 1 ? ` ×${group.members.length}` : ''})
                  </span>{' '}
                  <span class="state">— {hidden ? tr('dialog.found.hidden') : tr('dialog.found.kept')}</span>
                </label>
              </li>
            );
          })}
          {groups.length > listedGroups.length && (
            <li class="more">{tr('dialog.found.moreGroups', { count: (groups.length - listedGroups.length).toLocaleString(locale) })}</li>
          )}
        </ul>
      </fieldset>

      {highlightedEnd < state.text.length && (
        <p class="hint">
          {tr('dialog.found.textShortened', { shown: highlightedEnd.toLocaleString(locale), total: state.text.length.toLocaleString(locale) })}
        </p>
      )}
      <section class="note" aria-label={tr('dialog.found.textHeading')} tabindex={0}>
        <p class="note-text">
          {segments.map((segment, index) =>
            segment.findingIndex === undefined ? (
              segment.text
            ) : (
              <span key={index}>
                <mark class={kept.has(groupOf.get(segment.findingIndex)!) ? 'kept' : 'hidden'}>{segment.text}</mark>
                <span class="tag">[{labelWord(locale, state.findings[segment.findingIndex].label)}]</span>
              </span>
            ),
          )}
        </p>
      </section>

      <details class="preview" onToggle={(event) => setPreviewOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>{tr(words.preview)}</summary>
        <pre tabindex={0} aria-label={tr(words.preview)} data-testid="redacted-preview">
          {redactedText}
        </pre>
      </details>

      {confirmingOriginal && (
        <p id={CONFIRM_HINT_ID} class="notice">
          {tr('dialog.confirmHint')}
        </p>
      )}
      {state.fromPortal && <p class="notice">{tr('dialog.fromPortal')}</p>}
      {state.enforcement === 'redact-only' && <p class="notice">{tr('dialog.policy.redactOnly')}</p>}
      {state.enforcement === 'block' && <p class="notice">{tr('dialog.policy.block')}</p>}
      <div class="actions">
        {state.enforcement !== 'block' && (
          <button
            ref={firstActionRef}
            class="primary"
            onClick={choose(redactChoice)}
          >
            {tr(words.redact)}
          </button>
        )}
        {state.governedAssistant && <button onClick={onGoverned}>{tr('dialog.governed')}</button>}
        {pasteAnyway}
        <button ref={state.enforcement === 'block' ? firstActionRef : undefined} onClick={choose({ action: 'cancel' })}>
          {tr('common.cancel')}
        </button>
      </div>
    </>
  );
}

interface GovernedStepProps {
  text: string;
  assistant: { name: string; url: string };
  tr: Translate;
  firstActionRef: preact.RefObject<HTMLButtonElement>;
  choose: Choose;
  openUrl(url: string): void;
  copyText(text: string): Promise<void>;
  onBack(): void;
}

/** The assistant opened in a new tab; the note goes on the clipboard only when the person asks. */
function GovernedStep({ text, assistant, tr, firstActionRef, choose, openUrl, copyText, onBack }: GovernedStepProps) {
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = (event: Event) => {
    if (!event.isTrusted) return;
    copyText(text).then(
      () => setCopyStatus('copied'),
      () => setCopyStatus('failed'),
    );
  };
  return (
    <>
      <h2 id={TITLE_ID}>{tr('dialog.governed.title', { name: assistant.name })}</h2>
      <p id={DESCRIPTION_ID}>{tr('dialog.governed.body', { name: assistant.name })}</p>
      <p role="status" class="status">
        {copyStatus === 'copied'
          ? tr('dialog.governed.copied', { name: assistant.name })
          : copyStatus === 'failed'
            ? tr('dialog.governed.copyFailed')
            : ''}
      </p>
      <div class="actions">
        <button ref={firstActionRef} class="primary" onClick={copy}>
          {tr('dialog.governed.copy')}
        </button>
        <button onClick={(event) => event.isTrusted && openUrl(assistant.url)}>
          {tr('dialog.governed.open', { name: assistant.name })}
        </button>
        <button onClick={choose({ action: 'governed' })}>{tr('dialog.governed.done')}</button>
        <button onClick={(event) => event.isTrusted && onBack()}>{tr('dialog.governed.back')}</button>
      </div>
    </>
  );
}

/** Only in 'warn' mode (the default) may the person paste the original. */
function mayPasteOriginal(state: DialogState): boolean {
  const enforcement = 'enforcement' in state ? state.enforcement : undefined;
  return enforcement === undefined || enforcement === 'warn';
}

function trapFocus(event: KeyboardEvent, dialog: HTMLElement | null) {
  if (!dialog) return;
  const focusable = [
    ...dialog.querySelectorAll<HTMLElement>('button, summary, input, select, a[href], [tabindex="0"]'),
  ].filter((element) => element.getClientRects().length > 0);
  if (focusable.length === 0) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
