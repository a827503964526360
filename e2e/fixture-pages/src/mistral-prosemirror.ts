import { mountChatShell } from './lib/chat-shell';
import { mountProseMirror } from './lib/editors';

// Mistral Le Chat: a ProseMirror editor inside a form, send labelled "Send question".
mountChatShell({
  html: `
    <form>
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button type="submit" data-send aria-label="Send question">Send</button>
    </form>`,
  mount: mountProseMirror({ 'aria-label': 'Ask le Chat' }),
});
