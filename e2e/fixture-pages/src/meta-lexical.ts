import { mountChatShell } from './lib/chat-shell';
import { mountLexical } from './lib/editors';

// Meta AI: a Lexical editor with role="textbox"; send is a div with role="button".
mountChatShell({
  html: `
    <div class="composer">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <div role="button" tabindex="0" data-send aria-label="Send message">Send</div>
    </div>`,
  mount: mountLexical({ role: 'textbox', 'aria-label': 'Ask Meta AI anything…' }),
});
