import { fingerprintText } from './fingerprint';

/**
 * On the patient portal: whenever the person copies or cuts text, hand its fingerprints (never
 * the text) to `remember`. The page keeps its copy behaviour; NoteGuard only reads the selection.
 */
export function watchPortalCopies(window: Window, remember: (fingerprints: string[]) => Promise<unknown>): () => void {
  const onCopy = () => {
    const text = selectedText(window);
    if (text.trim() === '') return;
    void fingerprintText(text)
      .then((fingerprints) => (fingerprints.length > 0 ? remember(fingerprints) : undefined))
      .catch((error: unknown) => console.warn('NoteGuard: could not remember a portal copy.', error));
  };
  window.addEventListener('copy', onCopy, { capture: true });
  window.addEventListener('cut', onCopy, { capture: true });
  return () => {
    window.removeEventListener('copy', onCopy, { capture: true });
    window.removeEventListener('cut', onCopy, { capture: true });
  };
}

/** The selection, including inside a text field (where getSelection() is empty in some browsers). */
function selectedText(window: Window): string {
  const active = window.document.activeElement as HTMLTextAreaElement | HTMLInputElement | null;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) return value.slice(selectionStart, selectionEnd);
  }
  return window.getSelection()?.toString() ?? '';
}
