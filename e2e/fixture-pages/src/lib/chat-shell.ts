import { exposeFixture, type FixtureApi } from '../fixture-api';

/** What a fixture's editor gives the shell: its own model's text, and a way to empty it. */
export interface MountedEditor {
  text(): string;
  clear(): void;
  destroy?(): void;
}

export interface ShellHooks {
  /** The page's send: what the chatbot would post to its server. */
  send(): void;
}

export interface ChatShellOptions {
  /**
   * The page around the composer, in the chatbot's own markup: an element with
   * `data-composer-slot` where the editor mounts and the send control with `data-send`.
   */
  html: string;
  mount(slot: HTMLElement, hooks: ShellHooks): MountedEditor;
}

/** An IME's Enter confirms characters; real chatbots do not send on it, nor do the fixtures. */
export const isComposingEnter = (event: KeyboardEvent) => event.isComposing || event.keyCode === 229;

/**
 * A chatbot page as the tests see it: the editor library's model is what `modelText` reads and
 * what the send handler posts (into `sent`); files reach `uploads` through the file picker or a
 * drop anywhere on the page; `navigate` is a single-page navigation that replaces the composer.
 */
export function mountChatShell(options: ChatShellOptions): FixtureApi {
  const root = document.getElementById('root')!;
  let editor: MountedEditor;
  const api = exposeFixture(() => editor.text());

  const send = () => {
    const text = editor.text();
    if (text.trim() === '') return;
    api.sent.push(text);
    editor.clear();
  };

  const render = () => {
    root.innerHTML = options.html;
    editor = options.mount(root.querySelector<HTMLElement>('[data-composer-slot]')!, { send });
    const control = root.querySelector<HTMLElement>('[data-send]')!;
    const form = control.closest('form');
    if (form) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        send();
      });
    } else {
      // Some chatbots send as the button goes down: `?send-on=pointerdown` (or mousedown) makes one.
      control.addEventListener(new URLSearchParams(location.search).get('send-on') ?? 'click', send);
    }
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type=file]')) {
      input.addEventListener('change', () => api.uploads.push(...[...(input.files ?? [])].map((file) => file.name)));
    }
  };

  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    api.uploads.push(...files.map((file) => file.name));
  });

  api.navigate = (path: string) => {
    history.pushState({}, '', path);
    editor.destroy?.();
    render();
  };
  render();
  return api;
}
