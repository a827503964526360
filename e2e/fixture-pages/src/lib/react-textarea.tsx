/** @jsxImportSource react */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { isComposingEnter, type MountedEditor, type ShellHooks } from './chat-shell';

/**
 * A React controlled textarea (Copilot, DeepSeek, Grok, Poe): React state is the model, and
 * only text that reached it through React's onChange is sent.
 */
export function mountReactTextarea(attributes: Record<string, string>) {
  return (slot: HTMLElement, hooks: ShellHooks): MountedEditor => {
    let current = '';
    let setExternal: (value: string) => void = () => {};
    function Composer() {
      const [value, setValue] = useState('');
      current = value;
      setExternal = setValue;
      return (
        <textarea
          {...attributes}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || isComposingEnter(event.nativeEvent)) return;
            event.preventDefault();
            hooks.send();
          }}
        />
      );
    }
    const root = createRoot(slot);
    flushSync(() => root.render(<Composer />));
    return {
      text: () => current,
      clear: () => flushSync(() => setExternal('')),
      destroy: () => root.unmount(),
    };
  };
}
