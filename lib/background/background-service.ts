import type { NoteGuardDatabase } from '../settings/database';
import { pageSettingsFor } from '../settings/page-settings';
import { applyPolicyToPageSettings, lockedKeys } from '../policy/page-policy';
import type { PolicyReading } from '../policy/policy';
import type { PortalMemoryStore } from './portal-memory';
import { createPortalProvenance } from './portal-provenance';
import { createDetectionSettings, type WatchTables } from './detection-settings';
import {
  DETECT_PORT,
  isDetectPortRequest,
  isMessageFor,
  isOwnSender,
  type DetectPortReply,
  type DetectResponse,
  type DetectWatch,
  type SenderInfo,
} from '../messaging/protocol';

/** Whatever owns the detection worker: the offscreen document on Chrome, a local host on Firefox. */
export type DetectText = (text: string, personalTerms: string[], threshold: number, watch?: DetectWatch) => Promise<DetectResponse>;

/** The part of a runtime.Port the background uses, so that tests can hand it a fake. */
export interface DetectPort {
  readonly name: string;
  readonly sender?: SenderInfo;
  postMessage(message: DetectPortReply): void;
  readonly onMessage: { addListener(listener: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

export interface BackgroundHandlers {
  /** runtime.onMessage: every request but a check that shows progress. */
  onMessage(message: unknown, sender: SenderInfo): Promise<unknown> | undefined;
  /** runtime.onConnect: a check over a DETECT_PORT port, with progress; disconnecting cancels it. */
  onConnect(port: DetectPort): void;
}

export interface BackgroundDeps {
  extensionId: string;
  database: NoteGuardDatabase;
  detectText: DetectText;
  /** The browser's language, for the dialog when the language setting is 'auto'. */
  browserLanguage?: string;
  /** The health system's policy from storage.managed (see managed-policy.ts); none when absent. */
  readPolicy?: () => Promise<PolicyReading>;
  /** Fingerprints of what the person copied on their portal (portal-memory.ts). */
  portalMemory?: PortalMemoryStore;
  /** Registers the content script on the extra chatbot sites again (policy-services.ts). */
  syncExtraChatbots?: () => void;
  /** Tells when the settings change (detection-settings.ts); without it they are read on every check. */
  watchSettings?: WatchTables;
}

/**
 * The background's message handler. It answers only NoteGuard's own contexts and stores counts,
 * never text. A settings database that fails leaves detection running on defaults.
 */
export function createBackgroundHandlers({
  extensionId,
  database,
  detectText,
  browserLanguage,
  readPolicy,
  portalMemory,
  syncExtraChatbots,
  watchSettings,
}: BackgroundDeps): BackgroundHandlers {
  const policy = (): Promise<PolicyReading> => readPolicy?.() ?? Promise.resolve({ policy: {}, problems: [] });
  const provenance = portalMemory ? createPortalProvenance(portalMemory, policy) : undefined;

  const settingsForChecks = createDetectionSettings(database, watchSettings);

  const check = (text: string, watch?: DetectWatch): Promise<DetectResponse> =>
    settingsForChecks()
      .then(({ personalTerms, threshold }) => detectText(text, personalTerms, threshold, watch))
      .then((response) => provenance?.flag(text, response).catch(() => response) ?? response);

  const onConnect = (port: DetectPort) => {
    if (port.name !== DETECT_PORT || !isOwnSender(port.sender ?? {}, extensionId)) return;
    const stop = new AbortController();
    // The page closed, navigated or cancelled: the worker drops the check at its next window.
    port.onDisconnect.addListener(() => stop.abort());
    const reply = (message: DetectPortReply) => {
      if (stop.signal.aborted) return;
      try {
        port.postMessage(message);
      } catch {
        stop.abort(); // the port closed under us
      }
    };
    let started = false;
    port.onMessage.addListener((message) => {
      if (started || !isDetectPortRequest(message)) return;
      started = true;
      void check(message.text, { signal: stop.signal, onProgress: (progress) => reply({ kind: 'progress', progress }) }).then(
        (response) => reply({ kind: 'result', response }),
      );
    });
  };

  const onMessage = (message: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    if (!isMessageFor('background', message) || !isOwnSender(sender, extensionId)) return undefined;
    switch (message.kind) {
      case 'detect':
        return check(message.text);
      case 'detect-progress':
        // For the offscreen detector, which listens for these itself (detector-for-browser.ts).
        return undefined;
      case 'record-outcome':
        return database.history
          .add({ at: Date.now(), site: message.site, outcome: message.outcome, counts: sanitizeCounts(message.counts) })
          .then(() => ({ ok: true }));
      case 'get-page-settings':
        return Promise.all([pageSettingsFor(database, String(message.site), browserLanguage), policy()]).then(
          ([settings, reading]) => applyPolicyToPageSettings(settings, reading.policy),
        );
      case 'remember-portal-copy':
        return provenance?.rememberCopy(message.fingerprints, sender.url) ?? Promise.resolve({ ok: false });
      case 'extra-sites-changed':
        syncExtraChatbots?.();
        return Promise.resolve({ ok: true });
      case 'get-policy':
        return policy().then(({ policy, problems }) => ({ policy, locked: lockedKeys(policy), problems }));
    }
  };

  return { onMessage, onConnect };
}

/** Keeps only label → count pairs, so no caller can slip text into history. */
function sanitizeCounts(counts: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([label, count]) => /^[A-Z]{2,12}$/.test(label) && Number.isInteger(count))
      .map(([label, count]) => [label, count as number]),
  );
}
