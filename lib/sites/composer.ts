/** A place a person types a prompt: a text field, or the root of a rich editor. */
export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type);
}

/** The text field or the editing host (outermost contenteditable) that an event landed in. */
export function composerForTarget(target: EventTarget | null): Composer | null {
  if (!(target instanceof Node)) return null;
  const element = target instanceof Element ? target : target.parentElement;
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

function restoreSelection(composer: Composer, saved: SavedSelection): void {
  composer.focus();
  if (saved.kind === 'field' && isTextField(composer)) {
    composer.setSelectionRange(saved.start, saved.end);
    return;
  }
  const selection = composer.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  if (saved.kind === 'range' && saved.range) {
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

/** Events NoteGuard dispatches itself, which its own paste listener must let through. */
export const ownSyntheticEvents = new WeakSet<Event>();

const normalizeForComparison = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Puts text where the caret was, through the editor's own input path so its model takes it:
 * `insertText` for fields (React sees an input event; undo works) and a paste event carrying the
 * text for rich editors (ProseMirror, Quill and Lexical parse it themselves, paragraphs kept).
 * Returns whether the text is now in the composer: the caller fails closed when it is not.
 */
export function insertIntoComposer(composer: Composer, text: string, saved: SavedSelection): boolean {
  restoreSelection(composer, saved);
  const before = readComposerText(composer);
  const document = composer.ownerDocument;
  if (isTextField(composer)) {
    if (!document.execCommand('insertText', false, text)) {
      composer.setRangeText(text, saved.kind === 'field' ? saved.start : composer.value.length, saved.kind === 'field' ? saved.end : composer.value.length, 'end');
      composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
    }
  } else {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    ownSyntheticEvents.add(paste);
    const handledByEditor = !composer.dispatchEvent(paste);
    if (!handledByEditor) document.execCommand('insertText', false, text);
  }
  return landed(before, readComposerText(composer), text);
}

function landed(before: string, after: string, inserted: string): boolean {
  const wanted = normalizeForComparison(inserted);
  if (wanted === '') return true;
  return normalizeForComparison(after).includes(wanted) && after !== before;
}
