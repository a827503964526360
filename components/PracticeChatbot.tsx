import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Teach } from '@/lib/teaching';

export interface PracticeChatbotProps {
  teach: Teach;
  /** False in the standalone demo, where no extension watches the box. */
  guarded: boolean;
  /** Shown above the conversation: the educators' page puts its copy-a-sample buttons here. */
  children?: ComponentChildren;
}

/**
 * A pretend chatbot that answers nothing and sends nothing: a safe place to see what NoteGuard
 * does when a note is pasted. The quick start and the e2e tests drive its composer
 * (data-testid="practice-composer", "Send", data-testid="sent-message").
 */
export function PracticeChatbot({ teach, guarded, children }: PracticeChatbotProps) {
  const [draft, setDraft] = useState('');
  const [sent, setSent] = useState<string[]>([]);

  const send = (event: Event) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    setSent([...sent, draft]);
    setDraft('');
  };

  return (
    <section aria-labelledby="practice-heading" class="practice-chat">
      <h2 id="practice-heading">{teach('practice.heading')}</h2>
      <p>{teach(guarded ? 'practice.hint' : 'practice.hintStandalone')}</p>
      {children}
      <section aria-label={teach('practice.conversation')} class="transcript" aria-live="polite">
        {sent.map((message, index) => (
          <div class="message" key={index} data-testid="sent-message">
            <pre>{message}</pre>
            <p class="reply">{teach('practice.reply')}</p>
          </div>
        ))}
      </section>
      <form class="composer" onSubmit={send}>
        <label for="practice-composer">{teach('practice.label')}</label>
        <textarea
          id="practice-composer"
          data-testid="practice-composer"
          rows={8}
          value={draft}
          onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
        />
        <button type="submit" class="primary">
          {teach('practice.send')}
        </button>
      </form>
    </section>
  );
}
