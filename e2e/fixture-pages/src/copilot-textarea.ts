import { mountChatShell } from './lib/chat-shell';
import { mountReactTextarea } from './lib/react-textarea';

// Microsoft Copilot: a React textarea#userInput; the submit button is not in a form.
mountChatShell({
  html: `
    <div class="composer">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button type="button" data-send data-testid="submit-button" aria-label="Submit message">Send</button>
    </div>`,
  mount: mountReactTextarea({ id: 'userInput', placeholder: 'Message Copilot' }),
});
