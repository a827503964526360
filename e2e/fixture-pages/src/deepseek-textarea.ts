import { mountChatShell } from './lib/chat-shell';
import { mountReactTextarea } from './lib/react-textarea';

// DeepSeek: a React textarea#chat-input; the send control is a div role="button" with an icon.
mountChatShell({
  html: `
    <div class="chat-input-box">
      <div data-composer-slot></div>
      <input type="file" multiple hidden data-testid="file-upload">
      <div role="button" aria-disabled="false" data-send class="_7436101"><svg width="14" height="14"></svg>Send</div>
    </div>`,
  mount: mountReactTextarea({ id: 'chat-input', placeholder: 'Message DeepSeek' }),
});
