/** A place a person types a prompt: a text field, or the root of a rich editor. */
export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** The editor library behind a composer, read from the markers each library puts in the DOM. */
export type EditorKind = 'field' | 'prosemirror' | 'quill' | 'lexical' | 'contenteditable';

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

// Content scripts and the page's frames each have their own HTMLElement classes, so tag names
// are checked instead of `instanceof` (an element of a same-origin iframe fails `instanceof`).
export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type);
}

export function isElement(target: unknown): target is Element {
  return typeof target === 'object' && target !== null && (target as Node).nodeType === 1;
}

export function editorKindOf(composer: Composer): EditorKind {
  if (isTextField(composer)) return 'field';
  if (composer.hasAttribute('data-lexical-editor')) return 'lexical';
  if (composer.classList.contains('ql-editor')) return 'quill';
  if (composer.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** Whether a person could type into this element right now. */
export function isEditable(element: Element): boolean {
  if (isTextField(element)) return !element.disabled && !element.readOnly;
  return (element as HTMLElement).isContentEditable === true;
}

/** The text field or the editing host (outermost contenteditable) that an event landed in. */
export function composerForTarget(target: EventTarget | null): Composer | null {
  if (!(typeof target === 'object' && target !== null && 'nodeType' in target)) return null;
  const node = target as Node;
  const element = isElement(node) ? node : node.parentElement;
  if (!element) return null;
  if (isTextField(element)) return element;
  let host: HTMLElement | null = element.closest<HTMLElement>('[contenteditable]');
  if (!host || !host.isContentEditable) return null;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** Where the caret was, so text goes back there after a dialog took focus. */
export type SavedSelection =
  | { kind: 'field'; start: number; end: number }
  | { kind: 'range'; range: Range | null };

export function saveSelection(composer: Composer): SavedSelection {
  if (isTextField(composer)) {
    return { kind: 'field', start: composer.selectionStart ?? composer.value.length, end: composer.selectionEnd ?? composer.value.length };
  }
  const selection = composer.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return { kind: 'range', range: range && composer.contains(range.commonAncestorContainer) ? range : null };
}

/** A selection over everything in the composer: writing then replaces the whole draft. */
export function selectionOfAll(composer: Composer): SavedSelection {
  if (isTextField(composer)) return { kind: 'field', start: 0, end: composer.value.length };
  const range = composer.ownerDocument.createRange();
  range.selectNodeContents(composer);
  return { kind: 'range', range };
}

/** The caret under a drop point, where a dropped text goes. */
export function selectionAtPoint(composer: Composer, x: number, y: number): SavedSelection {
  if (isTextField(composer)) return saveSelection(composer);
  const document = composer.ownerDocument;
  const range = document.caretRangeFromPoint?.(x, y) ?? null;
  return { kind: 'range', range: range && composer.contains(range.commonAncestorContainer) ? range : null };
}

function restoreSelection(composer: Composer, saved: SavedSelection): void {
  composer.focus();
  if (saved.kind === 'field' && isTextField(composer)) {
    composer.setSelectionRange(saved.start, saved.end);
    return;
  }
  const selection = composer.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  if (saved.kind === 'range' && saved.range && composer.contains(saved.range.commonAncestorContainer)) {
    selection.addRange(saved.range);
  } else {
    const end = composer.ownerDocument.createRange();
    end.selectNodeContents(composer);
    end.collapse(false);
    selection.addRange(end);
  }
}

export function readComposerText(composer: Composer): string {
  return isTextField(composer) ? composer.value : composer.innerText;
}

/** Events NoteGuard dispatches itself, which its own listeners must let through. */
export const ownSyntheticEvents = new WeakSet<Event>();

export const normalizeForComparison = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Lets the editor catch up: Lexical reads a new DOM selection only after `selectionchange` and
 * renders its model to the DOM in a later microtask, so neither a write nor a read-back may
 * follow a selection change synchronously.
 */
export function settle(window: Window, ms = 30): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    window.requestAnimationFrame?.(() => window.setTimeout(finish, 0));
    // A background tab gets no animation frames.
    window.setTimeout(finish, ms);
  });
}

/** The longest text put into a text field with `insertText`; longer ones use `setRangeText`. */
const LONGEST_TYPED_INSERT = 10_000;

export interface WriteOptions {
  /** Where the text goes; `selectionOfAll` replaces the whole draft. */
  selection: SavedSelection;
}

/**
 * Puts text into a composer through the editor's own input path so its model takes it, then reads
 * it back. Fields get `insertText` (React sees an input event; undo works); rich editors get a
 * paste event carrying the text (ProseMirror, Quill and Lexical parse it themselves, paragraphs
 * kept; `insertText` loses Lexical's line breaks, see STACK-NOTES). Returns whether the text is
 * now in the composer: callers fail closed when it is not.
 */
export async function writeToComposer(composer: Composer, text: string, options: WriteOptions): Promise<boolean> {
  const document = composer.ownerDocument;
  const window = document.defaultView!;
  const replacing = isReplacingAll(composer, options.selection);
  restoreSelection(composer, options.selection);
  const before = readComposerText(composer);
  if (isTextField(composer)) {
    // An empty insertText is a no-op in Chromium; deleting is what replacing with nothing means.
    // insertText keeps undo working but costs time quadratic in the lines of the text (measured in
    // Chromium: 0.2 s for 10 KB, 3 s for 100 KB, 55 s for 400 KB), so a long text is set directly.
    const inserted =
      text === '' ? document.execCommand('delete') : text.length <= LONGEST_TYPED_INSERT && document.execCommand('insertText', false, text);
    if (!inserted) {
      const { selectionStart, selectionEnd } = composer;
      composer.setRangeText(text, selectionStart ?? composer.value.length, selectionEnd ?? composer.value.length, 'end');
      composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
    }
  } else {
    // ProseMirror and Lexical take a paste at the selection they last saw in `selectionchange`,
    // which fires later: a selection NoteGuard moved must reach them first.
    if (replacing || editorKindOf(composer) === 'lexical') await settle(window);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    ownSyntheticEvents.add(paste);
    const handledByEditor = !composer.dispatchEvent(paste);
    if (!handledByEditor) document.execCommand('insertText', false, text);
  }
  await settle(window);
  const after = readComposerText(composer);
  return replacing ? normalizeForComparison(after) === normalizeForComparison(text) : landed(before, after, text);
}

function isReplacingAll(composer: Composer, saved: SavedSelection): boolean {
  if (saved.kind === 'field') return saved.start === 0 && isTextField(composer) && saved.end >= composer.value.length;
  const range = saved.range;
  if (!range) return false;
  const all = composer.ownerDocument.createRange();
  all.selectNodeContents(composer);
  return range.compareBoundaryPoints(Range.START_TO_START, all) <= 0 && range.compareBoundaryPoints(Range.END_TO_END, all) >= 0;
}

function landed(before: string, after: string, inserted: string): boolean {
  const wanted = normalizeForComparison(inserted);
  if (wanted === '') return true;
  return normalizeForComparison(after).includes(wanted) && after !== before;
}
