import { mountChatShell } from './lib/chat-shell';
import { mountQuill } from './lib/editors';

// Gemini: a Quill editor (div.ql-editor) inside the rich-textarea component; the send button is
// outside any form.
mountChatShell({
  html: `
    <div class="input-area-container">
      <rich-textarea><div data-composer-slot></div></rich-textarea>
      <input type="file" multiple hidden data-testid="file-upload">
      <button class="send-button" data-send aria-label="Send message">Send</button>
    </div>`,
  mount: mountQuill({ role: 'textbox', 'aria-label': 'Enter a prompt here' }),
});
