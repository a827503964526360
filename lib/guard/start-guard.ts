import { browser } from 'wxt/browser';
import { t, type Locale } from '../i18n';
import { DETECT_PORT, request, type NoteGuardMessage, type PageSettings } from '../messaging/protocol';
import { adapterForSite } from '../sites/adapters';
import { createDialogOpener } from './dialog-host';
import { extensionDocumentReaders } from './document-readers';
import { guardDrops } from './drop-guard';
import { GuardEvents, watchShadowRoots } from './guard-events';
import { guardPastes, type GuardContext } from './paste-guard';
import { detectOverPort } from './port-detection';
import { AllowedFindings } from './review';
import { guardSends } from './send-guard';
import { guardUploads, type UploadGuardDeps } from './upload-guard';

const FIRST_SETTINGS_WAIT_MS = 10_000;

/** Until the background answers, the page is guarded with the defaults: never paused. */
const DEFAULT_PAGE_SETTINGS: PageSettings = { paused: false, dateStyle: 'placeholder', locale: 'en' };

/**
 * Guards a chat page (a chatbot's, or the built-in practice page) through the background: every
 * way a note gets in (paste, drop, send, upload), with the site's adapter. `site` is what the
 * history records; `siteId` picks the adapter (GUARDED_SITES id; the generic one otherwise).
 */
export function startGuard(window: Window, site: string, siteId?: string): () => void {
  const send = (message: NoteGuardMessage) => browser.runtime.sendMessage(message);
  let pageSettings = DEFAULT_PAGE_SETTINGS;
  // The last text the background recognised as copied from the patient portal (portal provenance).
  let portalText: string | undefined;
  // Settings change in the popup or options page while this page stays open: ask again whenever
  // the person comes back to the page. A pause's expiry is checked locally, on every event.
  const refresh = () =>
    request(send, { to: 'background', kind: 'get-page-settings', site })
      .then((answer) => (pageSettings = answer ?? DEFAULT_PAGE_SETTINGS))
      .catch((error: unknown) => console.warn('NoteGuard: page settings unavailable; using the defaults.', error));
  // A check's answer waits for the first settings, which carry the health system's enforcement, for
  // FIRST_SETTINGS_WAIT_MS at most. The background answers them from its copy of the last policy;
  // only on a profile's first start must it wait for Chrome's storage.managed, which took 4-18 s.
  // The person sees the check under way meanwhile.
  const firstSettings = Promise.race([refresh(), new Promise((resolve) => setTimeout(resolve, FIRST_SETTINGS_WAIT_MS))]);
  // Checking an empty text starts the detector (offscreen document, worker, model) while the
  // person is still reading the page, so that their first paste does not wait for the model to load.
  if (window === window.top) {
    request(send, { to: 'background', kind: 'detect', text: '' }).catch((error: unknown) =>
      console.warn('NoteGuard: the detector could not start early; it will start on the first paste.', error),
    );
  }
  window.addEventListener('focus', refresh);
  window.document.addEventListener('visibilitychange', refresh);

  const deps: UploadGuardDeps = {
    window,
    detect: (text, watch) =>
      Promise.all([detectOverPort(() => browser.runtime.connect({ name: DETECT_PORT }), text, watch), firstSettings]).then(
        ([answer]) => {
          portalText = answer?.ok && answer.fromPortal ? text : undefined;
          return answer;
        },
        (error: unknown) => {
          // After an update or reload this page's script is cut off from the extension for good.
          if (!browser.runtime?.id) throw new Error(t(pageSettings.locale, 'dialog.failed.reloaded'));
          throw error;
        },
      ),
    recordOutcome: (outcome, counts) => {
      send({ to: 'background', kind: 'record-outcome', site, outcome, counts }).catch((error: unknown) =>
        console.warn('NoteGuard: could not record the outcome.', error),
      );
    },
    openDialog: createDialogOpener(
      window.document,
      (): Locale => pageSettings.locale,
      () => pageSettings.enforcement,
      (text) => text === portalText,
    ),
    dateStyle: () => pageSettings.dateStyle,
    governedAssistant: () => pageSettings.governedAssistant,
    isPaused: () => pageSettings.paused && (pageSettings.pausedUntil ?? Infinity) > Date.now(),
    readers: extensionDocumentReaders,
  };
  const events = new GuardEvents(window);
  const context: GuardContext = { adapter: adapterForSite(siteId), allowed: new AllowedFindings(), events };
  guardPastes(deps, context);
  guardDrops(deps, context);
  guardSends(deps, context);
  guardUploads(deps, context);
  const stopWatching = watchShadowRoots(events);
  return () => {
    stopWatching();
    events.stop();
    window.removeEventListener('focus', refresh);
    window.document.removeEventListener('visibilitychange', refresh);
  };
}
