import { mountChatShell } from './lib/chat-shell';
import { mountReactTextarea } from './lib/react-textarea';

// Poe: a growing React textarea with CSS-module class names; the send button is outside a form.
mountChatShell({
  html: `
    <div class="ChatMessageInputContainer_inputContainer__SQvPA">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <button class="ChatMessageSendButton_sendButton__4ZyI4" data-button-send="true" data-send aria-label="Send message">Send</button>
    </div>`,
  mount: mountReactTextarea({ className: 'GrowingTextArea_textArea__ZWQbP', placeholder: 'Start a new chat' }),
});
