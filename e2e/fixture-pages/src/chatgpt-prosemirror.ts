import { mountChatShell } from './lib/chat-shell';
import { mountProseMirror } from './lib/editors';

// ChatGPT's composer: a ProseMirror editor, div#prompt-textarea, inside the unified composer form.
mountChatShell({
  html: `
    <form data-type="unified-composer">
      <input type="file" multiple hidden data-testid="file-upload">
      <div data-composer-slot></div>
      <button type="submit" data-send data-testid="send-button" id="composer-submit-button" aria-label="Send prompt">Send</button>
    </form>`,
  mount: mountProseMirror({ id: 'prompt-textarea', 'aria-label': 'Message ChatGPT', translate: 'no' }),
});
