import { browser } from 'wxt/browser';
import { request, type NoteGuardMessage } from '../messaging/protocol';
import { createDialogOpener } from './dialog-host';
import { guardPastes } from './paste-guard';

/** Guards a chat page (a chatbot's, or the built-in practice page) through the background. */
export function startGuard(window: Window, site: string): () => void {
  const send = (message: NoteGuardMessage) => browser.runtime.sendMessage(message);
  return guardPastes({
    window,
    detect: (text) => request(send, { to: 'background', kind: 'detect', text }),
    recordOutcome: (outcome, counts) => {
      send({ to: 'background', kind: 'record-outcome', site, outcome, counts }).catch((error: unknown) =>
        console.warn('NoteGuard: could not record the outcome.', error),
      );
    },
    openDialog: createDialogOpener(window.document),
    dateStyle: () => 'placeholder',
  });
}
