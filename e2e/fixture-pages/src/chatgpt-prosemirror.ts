import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { exposeFixture } from './fixture-api';

// ChatGPT's composer: a ProseMirror editor in div#prompt-textarea inside a form, with a send button.
const root = document.getElementById('root')!;
root.innerHTML = `
  <form data-type="unified-composer">
    <div id="prompt-textarea-host"></div>
    <button type="submit" data-testid="send-button" aria-label="Send prompt">Send</button>
  </form>`;

const modelText = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
const api = exposeFixture(modelText);

const send = () => {
  api.sent.push(modelText());
  view.dispatch(view.state.tr.delete(0, view.state.doc.content.size));
  return true;
};

const view = new EditorView(document.getElementById('prompt-textarea-host')!, {
  state: EditorState.create({ schema, plugins: [keymap({ Enter: send }), keymap(baseKeymap)] }),
  attributes: { id: 'prompt-textarea', class: 'ProseMirror', 'aria-label': 'Message ChatGPT' },
});

root.querySelector('form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
