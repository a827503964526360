import { ownSyntheticEvents, type Composer, type SavedSelection } from '../sites/composer';
import { scopeOf } from '../sites/site-adapter';
import type { DocumentReaders } from './file-text';
import { readFileForCheck } from './file-text';
import type { GuardContext } from './paste-guard';
import { countByLabel, outcomeOf, reportNotLanded, reviewText, type GuardDeps } from './review';

/** What happens to files the person tried to give a chatbot. */
export type FileDecision = { kind: 'upload' } | { kind: 'keep-back' } | { kind: 'paste-redacted'; text: string };

export interface UploadGuardDeps extends GuardDeps {
  readers: DocumentReaders;
}

/**
 * Reads files as NoteGuard would a paste: text, PDF and Word files are checked for personal
 * details; pictures are named as a risk (a photo of a note is a note). Files it cannot read as
 * documents and that are not pictures go through.
 */
export async function reviewFiles(deps: UploadGuardDeps, files: readonly File[]): Promise<FileDecision> {
  const readings = await Promise.all(files.map(async (file) => ({ file, reading: await readFileForCheck(file, deps.readers) })));
  const texts = readings.flatMap(({ file, reading }) => (reading.kind === 'text' && reading.text.trim() !== '' ? [{ file, text: reading.text }] : []));
  const unreadable = readings.flatMap(({ file, reading }) => (reading.kind === 'unreadable' ? [{ file, reason: reading.reason }] : []));
  const images = readings.filter(({ reading }) => reading.kind === 'image').map(({ file }) => file.name);

  if (texts.length > 0) {
    const text = texts.map((entry) => entry.text).join('\n\n');
    const fileName = texts.map((entry) => entry.file.name).join(', ');
    const decision = await reviewText(deps, text, { action: 'upload', fileName });
    if (decision.kind === 'cancel' || decision.kind === 'governed') {
      deps.recordOutcome(outcomeOf(decision), countByLabel(decision.findings));
      return { kind: 'keep-back' };
    }
    if (decision.kind === 'redact') {
      deps.recordOutcome('redacted', countByLabel(decision.findings));
      return { kind: 'paste-redacted', text: decision.text };
    }
    if (decision.kind === 'original') deps.recordOutcome(decision.outcome, countByLabel(decision.findings));
  }
  for (const { file, reason } of unreadable) {
    const dialog = deps.openDialog({ phase: 'failed', action: 'upload', fileName: file.name, reason: `We could not read ${file.name}: ${reason}` });
    const choice = await dialog.choice;
    dialog.close();
    if (choice.action === 'cancel') {
      deps.recordOutcome('cancelled', {});
      return { kind: 'keep-back' };
    }
    deps.recordOutcome('check-failed', {});
  }
  if (images.length > 0) {
    const dialog = deps.openDialog({ phase: 'image', fileNames: images });
    const choice = await dialog.choice;
    dialog.close();
    deps.recordOutcome(choice.action === 'cancel' ? 'cancelled' : 'pasted-anyway', {});
    if (choice.action === 'cancel') return { kind: 'keep-back' };
  }
  return { kind: 'upload' };
}

/** Puts a file's redacted text into the composer instead of the file; false when it failed. */
export async function pasteRedactedInstead(
  deps: GuardDeps,
  context: GuardContext,
  composer: Composer | null,
  text: string,
  selection?: SavedSelection,
): Promise<void> {
  const landed = composer ? await context.adapter.write(composer, text, selection ?? { kind: 'range', range: null }) : false;
  if (!landed) reportNotLanded(deps, 'upload');
}

function isFileInput(target: EventTarget | null): target is HTMLInputElement {
  return (target as Element | null)?.nodeType === 1 && (target as Element).tagName === 'INPUT' && (target as HTMLInputElement).type === 'file';
}

/**
 * Catches files chosen in a file picker (`input[type=file]`): the page hears neither `input` nor
 * `change` until the person has decided; then NoteGuard fires both again, or empties the picker.
 */
export function guardUploads(deps: UploadGuardDeps, context: GuardContext): void {
  const inReview = new WeakSet<HTMLInputElement>();

  const onFileEvent = (event: Event) => {
    const input = event.composedPath()[0] ?? event.target;
    // Untrusted events count too: only the person can put files in a picker (or a page its own
    // data), and automation tools fire these events themselves.
    if (!isFileInput(input) || ownSyntheticEvents.has(event) || deps.isPaused?.()) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    event.stopImmediatePropagation();
    // `input` and `change` arrive together for one choice of files: review it once.
    if (inReview.has(input)) return;
    inReview.add(input);
    void (async () => {
      try {
        const decision = await reviewFiles(deps, files);
        if (decision.kind === 'upload') {
          for (const type of ['input', 'change']) {
            const again = new Event(type, { bubbles: true, composed: type === 'input' });
            ownSyntheticEvents.add(again);
            input.dispatchEvent(again);
          }
          return;
        }
        input.value = '';
        if (decision.kind === 'paste-redacted') {
          const composer = context.adapter.findComposer(scopeOf(input)) ?? context.adapter.findComposer(input.ownerDocument);
          await pasteRedactedInstead(deps, context, composer, decision.text);
        }
      } finally {
        inReview.delete(input);
      }
    })();
  };

  context.events.on('input', onFileEvent);
  // `change` does not leave a shadow root (a file picker inside a web component).
  context.events.on('change', onFileEvent, false);
}
