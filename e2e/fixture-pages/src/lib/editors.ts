import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import Quill from 'quill';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { isComposingEnter, type MountedEditor, type ShellHooks } from './chat-shell';

/** ProseMirror (ChatGPT, Claude's TipTap, Mistral): Enter sends, Shift+Enter breaks the line. */
export function mountProseMirror(attributes: Record<string, string>) {
  return (slot: HTMLElement, hooks: ShellHooks): MountedEditor => {
    const send = () => {
      hooks.send();
      return true;
    };
    const view = new EditorView(slot, {
      state: EditorState.create({ schema, plugins: [keymap({ Enter: send, 'Mod-Enter': send }), keymap(baseKeymap)] }),
      attributes: { class: 'ProseMirror', ...attributes },
      handleKeyDown: (_view, event) => isComposingEnter(event),
    });
    return {
      text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
      clear: () => view.dispatch(view.state.tr.delete(0, view.state.doc.content.size)),
      destroy: () => view.destroy(),
    };
  };
}

/** Quill 2 (Gemini's rich-textarea). */
export function mountQuill(attributes: Record<string, string>) {
  return (slot: HTMLElement, hooks: ShellHooks): MountedEditor => {
    const quill = new Quill(slot, {
      formats: [],
      modules: {
        keyboard: {
          bindings: {
            send: { key: 'Enter', shiftKey: false, handler: () => (hooks.send(), false) },
          },
        },
      },
    });
    for (const [name, value] of Object.entries(attributes)) quill.root.setAttribute(name, value);
    return {
      text: () => quill.getText().replace(/\n$/, ''),
      clear: () => quill.setText(''),
    };
  };
}

/** Lexical rich text (Meta AI, Perplexity): Enter sends through KEY_ENTER_COMMAND. */
export function mountLexical(attributes: Record<string, string>) {
  return (slot: HTMLElement, hooks: ShellHooks): MountedEditor => {
    const element = document.createElement('div');
    element.contentEditable = 'true';
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    slot.append(element);
    const editor = createEditor({ namespace: 'fixture', onError: (error) => console.error(error) });
    editor.setRootElement(element);
    const unregister = [
      registerRichText(editor),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event: KeyboardEvent | null) => {
          if (!event || event.shiftKey || isComposingEnter(event)) return false;
          event.preventDefault();
          hooks.send();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    ];
    const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
    return {
      text,
      clear: () => editor.update(() => void $getRoot().clear().append($createParagraphNode()), { discrete: true }),
      destroy: () => {
        for (const stop of unregister) stop();
        editor.setRootElement(null);
      },
    };
  };
}

/** A plain textarea whose value is the model (HuggingChat's Svelte binding behaves so). */
export function mountTextarea(attributes: Record<string, string>) {
  return (slot: HTMLElement, hooks: ShellHooks): MountedEditor => {
    const textarea = document.createElement('textarea');
    for (const [name, value] of Object.entries(attributes)) textarea.setAttribute(name, value);
    let value = '';
    textarea.addEventListener('input', () => (value = textarea.value));
    textarea.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || isComposingEnter(event)) return;
      event.preventDefault();
      hooks.send();
    });
    slot.append(textarea);
    return {
      text: () => value,
      clear: () => {
        textarea.value = '';
        value = '';
      },
    };
  };
}
