import type { Segment } from '@/lib/teaching/exposure';
import { markPhrases } from '@/lib/teaching/exposure';

/** A note as sent: identifiers highlighted, each followed by its label for screen readers. */
export function OriginalNote({ segments, labelOf }: { segments: Segment[]; labelOf(label: string): string }) {
  return (
    <pre class="note-text">
      {segments.map((segment, index) =>
        segment.label ? (
          <mark key={index} class="phi">
            {segment.text}
            <span class="sr-only"> ({labelOf(segment.label)})</span>
          </mark>
        ) : (
          segment.text
        ),
      )}
    </pre>
  );
}

/** The redacted copy: placeholders highlighted, and optionally the details that still combine. */
export function RedactedNote({ segments, combination = [] }: { segments: Segment[]; combination?: readonly string[] }) {
  return (
    <pre class="note-text">
      {segments.map((segment, index) =>
        segment.label ? (
          <mark key={index} class="placeholder">
            {segment.text}
          </mark>
        ) : (
          markPhrases(segment.text, combination).map((run, runIndex) =>
            run.marked ? (
              <mark key={`${index}.${runIndex}`} class="combination">
                {run.text}
              </mark>
            ) : (
              run.text
            ),
          )
        ),
      )}
    </pre>
  );
}
