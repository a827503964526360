import { useState } from 'preact/hooks';
import type { SampleNote } from '@/lib/samples/sample-notes';

export interface PracticeChatbotProps {
  samples: readonly SampleNote[];
  onCopySample(sample: SampleNote): void;
}

/**
 * A pretend chatbot that answers nothing and sends nothing: a safe place to see what NoteGuard
 * does when a note is pasted.
 */
export function PracticeChatbot({ samples, onCopySample }: PracticeChatbotProps) {
  const [draft, setDraft] = useState('');
  const [sent, setSent] = useState<string[]>([]);

  const send = (event: Event) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    setSent([...sent, draft]);
    setDraft('');
  };

  return (
    <main class="practice">
      <header>
        <h1>Practice chatbot</h1>
        <p>
          This page is part of NoteGuard. It is not a real chatbot: nothing you paste here leaves your computer. Paste a
          note into the box to see how NoteGuard warns you.
        </p>
      </header>
      <section aria-label="Sample notes" class="samples">
        {samples.map((sample) => (
          <button type="button" key={sample.id} onClick={() => onCopySample(sample)}>
            Copy sample: {sample.title}
          </button>
        ))}
      </section>
      <section aria-label="Conversation" class="transcript" aria-live="polite">
        {sent.map((message, index) => (
          <div class="message" key={index} data-testid="sent-message">
            <pre>{message}</pre>
            <p class="reply">Practice chatbot: this is where a real chatbot would answer. Nothing was sent.</p>
          </div>
        ))}
      </section>
      <form class="composer" onSubmit={send}>
        <label for="practice-composer">Message the practice chatbot</label>
        <textarea
          id="practice-composer"
          data-testid="practice-composer"
          rows={8}
          value={draft}
          onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
        />
        <button type="submit">Send</button>
      </form>
    </main>
  );
}
