import type { PhiLabel } from '@/lib/detect/types';
import type { Locale } from '@/lib/i18n';
import type { Teach } from '@/lib/teaching';
import { explainedIdentifiers, exposureSegments } from '@/lib/teaching/exposure';
import { IDENTIFIER_GUIDE, describeSafeHarbor } from '@/lib/teaching/identifier-guide';
import { OriginalNote, RedactedNote } from './NoteText';
import type { NoteAnalysis } from './use-note-analysis';

interface ExposureProps {
  text: string;
  /** The note's language. */
  lang: string;
  analysis: NoteAnalysis;
  teach: Teach;
}

/** The check's outcome in one line: how many details, how long, and whether the model ran. */
export function AnalysisStatus({ analysis, teach }: Pick<ExposureProps, 'analysis' | 'teach'>) {
  if (analysis.phase === 'checking') return <p class="status">{teach('exposure.checking')}</p>;
  if (analysis.phase === 'failed') return <p class="status error">{teach('exposure.failed', { error: analysis.error })}</p>;
  const count = new Set(analysis.redaction.replacements.map((replacement) => replacement.replacement)).size;
  const ms = Math.round(analysis.elapsedMs);
  return (
    <div class="status" data-testid="analysis-status">
      <p>
        {count === 0
          ? teach('exposure.summaryNone')
          : count === 1
            ? teach('exposure.summaryOne', { ms })
            : teach('exposure.summaryMany', { count, ms })}
      </p>
      {analysis.modelStatus === 'unavailable' && <p>{teach('exposure.modelUnavailable')}</p>}
    </div>
  );
}

/** What a chatbot would receive, side by side with the redacted copy NoteGuard would paste. */
export function ExposureView({ text, lang, analysis, teach, locale }: ExposureProps & { locale: Locale }) {
  const segments =
    analysis.phase === 'done' ? exposureSegments(text, analysis.redaction) : { original: [{ text }], redacted: [] };
  const labelOf = (label: string) => teach(`label.${label as PhiLabel}`);
  return (
    <section aria-labelledby="exposure-heading" class="exposure" data-testid="exposure">
      <h2 id="exposure-heading">{teach('exposure.heading')}</h2>
      <AnalysisStatus analysis={analysis} teach={teach} />
      <div class="side-by-side">
        <section aria-labelledby="original-heading" data-testid="original-view">
          <h3 id="original-heading">{teach('exposure.originalHeading')}</h3>
          <p class="hint">{teach('exposure.originalHint')}</p>
          <OriginalNote segments={segments.original} labelOf={labelOf} lang={lang} pageLang={locale} />
        </section>
        <section aria-labelledby="redacted-heading" data-testid="redacted-view" aria-busy={analysis.phase === 'checking'}>
          <h3 id="redacted-heading">{teach('exposure.redactedHeading')}</h3>
          <p class="hint">{teach('exposure.redactedHint')}</p>
          {analysis.phase === 'done' && <RedactedNote segments={segments.redacted} lang={lang} />}
        </section>
      </div>
      {analysis.phase === 'done' && <p class="hint">{teach('exposure.missed')}</p>}
    </section>
  );
}

/** Every identifier found in the note, with what it is and which Safe Harbor identifier it is. */
export function FindingsExplained({
  text,
  lang,
  analysis,
  teach,
  locale,
  headingLevel = 2,
}: ExposureProps & { locale: Locale; headingLevel?: 2 | 3 }) {
  if (analysis.phase !== 'done') return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="findings-heading" class="findings" data-testid="findings">
      <Heading id="findings-heading">{teach('findings.heading')}</Heading>
      <ul>
        {explainedIdentifiers(text, analysis.redaction).map((identifier) => {
          const guide = IDENTIFIER_GUIDE[identifier.label];
          const words = guide.text[locale];
          return (
            <li key={identifier.placeholder} data-testid="finding" data-label={identifier.label}>
              <p class="finding-line">
                <span class="found-text" lang={lang}>{identifier.texts.map((written) => `“${written}”`).join(', ')}</span>{' '}
                {teach('findings.replacedBy')} <mark class="placeholder">{identifier.placeholder}</mark>
              </p>
              <p>
                <strong>{labelOfCapitalised(teach(`label.${identifier.label}`))}.</strong> {words.why}
              </p>
              <p class="hint">
                {guide.safeHarbor.length > 0
                  ? teach('findings.safeHarbor', { list: describeSafeHarbor(guide.safeHarbor, locale) })
                  : teach('findings.notSafeHarbor', { note: words.safeHarborNote ?? '' })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function labelOfCapitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
