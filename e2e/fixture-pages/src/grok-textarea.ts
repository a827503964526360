import { mountChatShell } from './lib/chat-shell';
import { mountReactTextarea } from './lib/react-textarea';

// Grok: a React textarea labelled "Ask Grok anything" in a form with a submit button.
mountChatShell({
  html: `
    <form>
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button type="submit" data-send aria-label="Submit">Send</button>
    </form>`,
  mount: mountReactTextarea({ 'aria-label': 'Ask Grok anything' }),
});
