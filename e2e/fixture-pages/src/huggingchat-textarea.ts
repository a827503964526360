import { mountChatShell } from './lib/chat-shell';
import { mountTextarea } from './lib/editors';

// HuggingChat: a SvelteKit form with a textarea bound to the component's state and a submit button.
mountChatShell({
  html: `
    <form aria-label="chat input">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button type="submit" data-send aria-label="Send message" name="submit">Send</button>
    </form>`,
  mount: mountTextarea({ placeholder: 'Ask anything', enterkeyhint: 'send' }),
});
