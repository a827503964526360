import { render } from 'preact';
import { TeachingPage } from '@/components/teaching/TeachingPage';
import { resolveLocale } from '@/lib/i18n';
import { SAMPLE_NOTES } from '@/lib/samples/sample-notes';
import { createDemoDetectText } from './demo-detection';

// The standalone teaching page: the same components and engine as the extension's practice page,
// with detection in this page's own Web Worker instead of through the extension's background.
const locale = resolveLocale('auto', navigator.language);
document.documentElement.lang = locale;

render(
  <TeachingPage
    samples={SAMPLE_NOTES}
    detectText={createDemoDetectText()}
    initialLocale={locale}
    onLocaleChange={(next) => (document.documentElement.lang = next)}
    copySample={async (sample) => {
      try {
        await navigator.clipboard.writeText(sample.text);
        return true;
      } catch {
        // Plain-http hosts have no clipboard API.
        return false;
      }
    }}
    guarded={false}
  />,
  document.getElementById('app')!,
);
