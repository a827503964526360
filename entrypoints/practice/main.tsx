import { render } from 'preact';
import { browser } from 'wxt/browser';
import { TeachingPage } from '@/components/teaching/TeachingPage';
import { startGuard } from '@/lib/guard/start-guard';
import { resolveLocale } from '@/lib/i18n';
import { request, type NoteGuardMessage } from '@/lib/messaging/protocol';
import { SAMPLE_NOTES } from '@/lib/samples/sample-notes';

// Sample notes are checked by the same background → offscreen worker path as a paste.
const send = (message: NoteGuardMessage) => browser.runtime.sendMessage(message);
const locale = resolveLocale('auto', navigator.language);
document.documentElement.lang = locale;

render(
  <TeachingPage
    samples={SAMPLE_NOTES}
    detectText={(text) => request(send, { to: 'background', kind: 'detect', text })}
    initialLocale={locale}
    onLocaleChange={(next) => (document.documentElement.lang = next)}
    copySample={(sample) => navigator.clipboard.writeText(sample.text).then(() => true, () => false)}
    guarded
  />,
  document.getElementById('app')!,
);
startGuard(window, 'practice');
