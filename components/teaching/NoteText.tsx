import type { Segment } from '@/lib/teaching/exposure';
import { markPhrases } from '@/lib/teaching/exposure';

/** A note as sent: identifiers highlighted, each followed by its label for screen readers. */
export function OriginalNote({
  segments,
  labelOf,
  lang,
  pageLang,
}: {
  segments: Segment[];
  labelOf(label: string): string;
  /** The note's language, and the page's (in which the labels are said). */
  lang: string;
  pageLang: string;
}) {
  return (
    <pre class="note-text" lang={lang}>
      {segments.map((segment, index) =>
        segment.label ? (
          <mark key={index} class="phi">
            {segment.text}
            <span class="sr-only" lang={pageLang}>
              {' '}
              ({labelOf(segment.label)})
            </span>
          </mark>
        ) : (
          segment.text
        ),
      )}
    </pre>
  );
}

/** The redacted copy: placeholders highlighted, and optionally the details that still combine. */
export function RedactedNote({
  segments,
  lang,
  combination = [],
}: {
  segments: Segment[];
  lang: string;
  combination?: readonly string[];
}) {
  return (
    <pre class="note-text" lang={lang}>
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
