import { mountChatShell } from './lib/chat-shell';
import { mountLexical } from './lib/editors';

// Perplexity: a Lexical editor, div#ask-input, with a submit button outside a form.
mountChatShell({
  html: `
    <div class="search-box">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button type="button" data-send data-testid="submit-button" aria-label="Submit">Send</button>
    </div>`,
  mount: mountLexical({ id: 'ask-input', role: 'textbox', 'aria-placeholder': 'Ask anything…' }),
});
