import { mountChatShell } from './lib/chat-shell';
import { mountProseMirror } from './lib/editors';

// Claude: a TipTap (ProseMirror) editor in a fieldset. The first contenteditable on the page is
// not the composer: an earlier message being edited comes before it.
mountChatShell({
  html: `
    <div class="conversation">
      <div contenteditable="true" aria-label="Edit your earlier message">An earlier message</div>
    </div>
    <fieldset class="flex">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button type="button" data-send aria-label="Send message">Send</button>
    </fieldset>`,
  mount: mountProseMirror({ 'data-testid': 'chat-input', 'aria-label': 'Write your prompt to Claude', role: 'textbox' }),
});
