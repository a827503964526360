import { exposeFixture } from './fixture-api';
import { isComposingEnter } from './lib/chat-shell';

// A chat built from web components, as Bing Chat (cib-serp) was: the composer, its form and the
// file picker live in an open shadow root, where `submit` and `change` never reach the window.
// The shadow root is attached after the host is in the page and filled later still.
class ChatComposer extends HTMLElement {
  connectedCallback() {
    setTimeout(() => {
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.innerHTML = `
        <form>
          <textarea aria-label="Ask me anything"></textarea>
          <input type="file" hidden>
          <button type="submit" aria-label="Submit">Send</button>
        </form>`;
      const form = shadow.querySelector('form')!;
      const textarea = shadow.querySelector('textarea')!;
      const api = exposeFixture(() => textarea.value);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (textarea.value.trim() === '') return;
        api.sent.push(textarea.value);
        textarea.value = '';
      });
      textarea.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || event.shiftKey || isComposingEnter(event)) return;
        event.preventDefault();
        form.requestSubmit();
      });
      const picker = shadow.querySelector<HTMLInputElement>('input[type=file]')!;
      picker.addEventListener('change', () => api.uploads.push(...[...(picker.files ?? [])].map((file) => file.name)));
    }, 50);
  }
}

document.getElementById('root')!.append(document.createElement('chat-composer'));
customElements.define('chat-composer', ChatComposer);
