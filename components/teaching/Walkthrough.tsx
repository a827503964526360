import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '@/lib/i18n';
import type { SampleNote } from '@/lib/samples/sample-notes';
import type { Teach } from '@/lib/teaching';
import { exposureSegments } from '@/lib/teaching/exposure';
import { WALKTHROUGH_STEPS, moveStep, walkthroughActionFor, type WalkthroughStep } from '@/lib/teaching/walkthrough';
import type { PhiLabel } from '@/lib/detect/types';
import { FindingsExplained } from './ExposureView';
import { OriginalNote, RedactedNote } from './NoteText';
import type { NoteAnalysis } from './use-note-analysis';

export interface WalkthroughProps {
  sample: SampleNote;
  samples: readonly SampleNote[];
  analysis: NoteAnalysis;
  teach: Teach;
  locale: Locale;
  onSelectSample(id: string): void;
  onExit(): void;
}

const TITLE_KEYS = {
  intro: 'walk.intro.title',
  receive: 'walk.receive.title',
  identifiers: 'walk.identifiers.title',
  training: 'walk.training.title',
  review: 'walk.review.title',
  breach: 'walk.breach.title',
  redacted: 'walk.redacted.title',
  combination: 'walk.combination.title',
  takeaways: 'walk.takeaways.title',
} as const satisfies Record<WalkthroughStep, string>;

/**
 * A step-by-step lesson over one sample note, in large text for a projector. The region takes
 * focus when it opens, so a presenter's arrow keys, space bar or clicker move it at once.
 */
export function Walkthrough({ sample, samples, analysis, teach, locale, onSelectSample, onExit }: WalkthroughProps) {
  const [index, setIndex] = useState(0);
  const regionRef = useRef<HTMLElement>(null);
  const step = WALKTHROUGH_STEPS[index];
  const total = WALKTHROUGH_STEPS.length;

  useEffect(() => regionRef.current?.focus(), []);

  // For a projector: the walkthrough alone on the screen. Esc leaves full screen first (the
  // browser's own), then the walkthrough.
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const document = region.ownerDocument;
    const update = () => setFullscreen(document.fullscreenElement === region);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggleFullscreen = () => {
    const region = regionRef.current;
    if (!region) return;
    if (region.ownerDocument.fullscreenElement) void region.ownerDocument.exitFullscreen();
    else void region.requestFullscreen().then(() => region.focus(), () => undefined);
  };
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled;

  const onKeyDown = (event: KeyboardEvent) => {
    const action = walkthroughActionFor({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      targetTag: (event.target as Element | null)?.tagName,
    });
    if (!action) return;
    event.preventDefault();
    if (action === 'exit') onExit();
    else setIndex((current) => moveStep(current, action, total));
  };

  const restart = () => {
    setIndex(0);
    regionRef.current?.focus();
  };

  return (
    <section
      ref={regionRef}
      class="walkthrough"
      aria-label={teach('walk.region')}
      aria-keyshortcuts="ArrowRight ArrowLeft Space Shift+Space Home End Escape"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="walkthrough"
      data-step={step}
    >
      <div class="walk-bar">
        <p class="walk-progress" aria-live="polite" aria-atomic="true" data-testid="walk-progress">
          {teach('walk.progress', { step: index + 1, total })}
          <span class="sr-only">: {teach(TITLE_KEYS[step])}</span>
        </p>
        <p class="walk-fictional">{teach('walk.fictional')}</p>
        <label class="walk-sample">
          {teach('walk.sample')}{' '}
          <select value={sample.id} onChange={(event) => onSelectSample((event.target as HTMLSelectElement).value)}>
            {samples.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {teach(`kind.${choice.kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2 class="walk-title">{teach(TITLE_KEYS[step])}</h2>
      <div class="walk-body">
        <StepBody step={step} sample={sample} analysis={analysis} teach={teach} locale={locale} />
      </div>
      <div class="walk-controls">
        <button type="button" onClick={() => setIndex(moveStep(index, 'previous', total))} disabled={index === 0}>
          ← {teach('walk.previous')}
        </button>
        <button type="button" class="primary" onClick={() => setIndex(moveStep(index, 'next', total))} disabled={index === total - 1}>
          {teach('walk.next')} →
        </button>
        <button type="button" onClick={restart}>
          {teach('walk.restart')}
        </button>
        {canFullscreen && (
          <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            {teach('walk.fullscreen')}
          </button>
        )}
        <button type="button" onClick={onExit}>
          {teach('walk.exit')}
        </button>
      </div>
      <p class="walk-keys">{teach('walk.keys')}</p>
    </section>
  );
}

function StepBody({
  step,
  sample,
  analysis,
  teach,
  locale,
}: {
  step: WalkthroughStep;
  sample: SampleNote;
  analysis: NoteAnalysis;
  teach: Teach;
  locale: Locale;
}) {
  const kind = teach(`kind.${sample.kind}`).toLowerCase();
  switch (step) {
    case 'intro':
      return (
        <>
          <p class="fiction" role="note">
            {teach('fiction.banner')}
          </p>
          <p>{teach('walk.intro.body', { kind })}</p>
          <pre class="note-text" lang={sample.lang}>
            {sample.text}
          </pre>
        </>
      );
    case 'training':
    case 'review':
    case 'breach':
      return <p class="walk-statement">{teach(`risks.${step}.body`)}</p>;
    case 'takeaways':
      return (
        <ol class="takeaways">
          <li>{teach('walk.takeaways.1')}</li>
          <li>{teach('walk.takeaways.2')}</li>
          <li>{teach('walk.takeaways.3')}</li>
        </ol>
      );
  }
  if (analysis.phase === 'checking') return <p>{teach('walk.checking')}</p>;
  if (analysis.phase === 'failed') return <p class="error">{teach('exposure.failed', { error: analysis.error })}</p>;
  const segments = exposureSegments(sample.text, analysis.redaction);
  switch (step) {
    case 'receive':
      return (
        <>
          <p>{teach('walk.receive.body')}</p>
          <OriginalNote
            segments={segments.original}
            labelOf={(label) => teach(`label.${label as PhiLabel}`)}
            lang={sample.lang}
            pageLang={locale}
          />
        </>
      );
    case 'identifiers':
      return (
        <>
          <p>{teach('walk.identifiers.body')}</p>
          <FindingsExplained text={sample.text} lang={sample.lang} analysis={analysis} teach={teach} locale={locale} headingLevel={3} />
        </>
      );
    case 'redacted':
      return (
        <>
          <p>{teach('walk.redacted.body')}</p>
          <RedactedNote segments={segments.redacted} lang={sample.lang} />
        </>
      );
    case 'combination':
      return <CombinationLesson sample={sample} analysis={analysis} teach={teach} />;
  }
}

/** The re-identification lesson: details that survive redaction and, together, still narrow it down. */
export function CombinationLesson({ sample, analysis, teach }: { sample: SampleNote; analysis: NoteAnalysis; teach: Teach }) {
  if (analysis.phase !== 'done') return null;
  const remaining = sample.combination.filter((phrase) => analysis.redaction.text.includes(phrase));
  const segments = exposureSegments(sample.text, analysis.redaction);
  return (
    <div class="combination-lesson" data-testid="combination">
      <p>{teach('combination.body')}</p>
      <ul class="combination-list">
        {remaining.map((phrase) => (
          <li key={phrase} lang={sample.lang}>
            <mark class="combination">{phrase}</mark>
          </li>
        ))}
      </ul>
      <RedactedNote segments={segments.redacted} lang={sample.lang} combination={remaining} />
      <p>{teach('risks.combination.body')}</p>
      <p>{teach('combination.advice')}</p>
    </div>
  );
}
