import { useMemo, useRef, useState } from 'preact/hooks';
import { PracticeChatbot } from '@/components/PracticeChatbot';
import type { PhiLabel } from '@/lib/detect/types';
import { LOCALES, type Locale } from '@/lib/i18n';
import type { SampleNote } from '@/lib/samples/sample-notes';
import { teacher, type TeachingDetectText } from '@/lib/teaching';
import { ExposureView, FindingsExplained } from './ExposureView';
import { IdentifierGuideTable } from './IdentifierGuideTable';
import { RiskList } from './RiskList';
import { CombinationLesson, Walkthrough } from './Walkthrough';
import { useNoteAnalysis } from './use-note-analysis';
import './teaching.css';

export interface TeachingPageProps {
  samples: readonly SampleNote[];
  /** The detection seam: through the background in the extension, a local worker in the demo. */
  detectText: TeachingDetectText;
  initialLocale: Locale;
  onLocaleChange?(locale: Locale): void;
  /** Puts a sample on the clipboard for the practice composer; resolves false when it could not. */
  copySample(sample: SampleNote): Promise<boolean>;
  /** True in the extension, where NoteGuard intercepts pastes into the practice composer. */
  guarded: boolean;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/**
 * The educators' page: fictional sample notes, what a chatbot would receive next to the redacted
 * copy, each identifier explained, the risks behind them, a guided walkthrough for a class, and
 * the practice chatbot. It uses no browser extension API, so the standalone demo reuses it whole.
 */
export function TeachingPage({ samples, detectText, initialLocale, onLocaleChange, copySample, guarded }: TeachingPageProps) {
  const [locale, setLocale] = useState(initialLocale);
  const [sampleId, setSampleId] = useState(samples[0].id);
  const [walking, setWalking] = useState(false);
  const [copied, setCopied] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const teach = useMemo(() => teacher(locale), [locale]);
  const sample = samples.find((candidate) => candidate.id === sampleId) ?? samples[0];
  const analysis = useNoteAnalysis(detectText, sample.text);
  const present = new Set<PhiLabel>(
    analysis.phase === 'done' ? analysis.redaction.replacements.map(({ finding }) => finding.label) : [],
  );

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    onLocaleChange?.(next);
  };
  const exitWalkthrough = () => {
    setWalking(false);
    // The start button is back once the page re-renders; return focus where the presenter was.
    setTimeout(() => startRef.current?.focus());
  };
  const copy = async (note: SampleNote) => {
    setCopied((await copySample(note)) ? teach('library.copied') : '');
  };

  return (
    <main class="practice" lang={locale}>
      <header class="page-header">
        <h1>{teach('page.title')}</h1>
        <div role="group" aria-label={teach('page.language')} class="languages">
          {LOCALES.map((code) => (
            <button type="button" key={code} lang={code} aria-pressed={code === locale} onClick={() => chooseLocale(code)}>
              {LANGUAGE_NAMES[code]}
            </button>
          ))}
        </div>
      </header>
      {/* In presenter mode the walkthrough has the screen; it says on every step that the note is fictional. */}
      {!walking && (
        <>
          <p>{teach('page.intro')}</p>
          <p class="fiction" role="note" data-testid="fiction-banner">
            {teach('fiction.banner')}
          </p>
        </>
      )}

      {walking ? (
        <Walkthrough
          sample={sample}
          samples={samples}
          analysis={analysis}
          teach={teach}
          locale={locale}
          onSelectSample={setSampleId}
          onExit={exitWalkthrough}
        />
      ) : (
        <>
          <section aria-labelledby="library-heading" class="library">
            <h2 id="library-heading">{teach('library.heading')}</h2>
            <p>{teach('library.hint')}</p>
            <div role="group" aria-labelledby="library-heading" class="samples">
              {samples.map((choice) => (
                <button
                  type="button"
                  key={choice.id}
                  aria-pressed={choice.id === sample.id}
                  data-testid={`sample-${choice.id}`}
                  onClick={() => setSampleId(choice.id)}
                >
                  {teach(`kind.${choice.kind}`)}
                </button>
              ))}
            </div>
          </section>

          <section aria-labelledby="walk-heading" class="walk-launch">
            <h2 id="walk-heading">{teach('walk.heading')}</h2>
            <p>{teach('walk.intro')}</p>
            <button type="button" class="primary" ref={startRef} onClick={() => setWalking(true)}>
              {teach('walk.start')}
            </button>
          </section>

          <ExposureView text={sample.text} lang={sample.lang} analysis={analysis} teach={teach} locale={locale} />
          <FindingsExplained text={sample.text} lang={sample.lang} analysis={analysis} teach={teach} locale={locale} />
          {analysis.phase === 'done' && (
            <section aria-labelledby="combination-heading" class="combination-section">
              <h2 id="combination-heading">{teach('combination.heading')}</h2>
              <CombinationLesson sample={sample} analysis={analysis} teach={teach} />
            </section>
          )}
          <RiskList teach={teach} />
          <IdentifierGuideTable teach={teach} locale={locale} present={present} />

          <PracticeChatbot teach={teach} guarded={guarded}>
            <div class="samples">
              {samples.map((choice) => (
                <button type="button" key={choice.id} onClick={() => void copy(choice)}>
                  {teach('library.copy', { title: teach(`kind.${choice.kind}`) })}
                </button>
              ))}
            </div>
            <p aria-live="polite" class="hint">
              {copied}
            </p>
          </PracticeChatbot>
        </>
      )}
    </main>
  );
}
