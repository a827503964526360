import type { DateRedactionStyle, Finding, PhiLabel } from '../detect/types';
import type { Locale } from '../i18n/locale';
import type { EnforcementMode, LockableKey, OrganisationPolicy } from '../policy/policy';

/**
 * Every message between NoteGuard's contexts. Each carries `to`, so a context that receives a
 * broadcast (an extension page hears every runtime message on Chrome) handles only its own.
 */
export type Outcome = 'redacted' | 'pasted-anyway' | 'cancelled' | 'nothing-found' | 'check-failed' | 'governed';

export interface DetectRequest {
  to: 'background';
  kind: 'detect';
  text: string;
}

export interface RecordOutcomeRequest {
  to: 'background';
  kind: 'record-outcome';
  site: string;
  outcome: Outcome;
  counts: Partial<Record<PhiLabel, number>>;
}

/** What a guarded page needs to know before it acts on a paste. */
export interface GetPageSettingsRequest {
  to: 'background';
  kind: 'get-page-settings';
  site: string;
}

export interface PageSettings {
  /** The person paused NoteGuard on this site (from the popup); pastes go through unchecked. */
  paused: boolean;
  /** When the pause ends (ms since the epoch), so the page can resume without asking again. */
  pausedUntil?: number;
  dateStyle: DateRedactionStyle;
  governedAssistant?: { name: string; url: string };
  /** The language the dialog speaks. */
  locale: Locale;
  /** The organisation's enforcement mode (storage.managed); absent or 'warn' lets the person paste anyway. */
  enforcement?: EnforcementMode;
  /** The organisation whose policy applies, for "Set by …" notes. */
  organizationName?: string;
}

/** The portal content script's fingerprints of a copy (hashes only, never the text). */
export interface RememberPortalCopyRequest {
  to: 'background';
  kind: 'remember-portal-copy';
  fingerprints: string[];
}

/** The options page changed the person's own chatbot sites or their host access: guard them now. */
export interface ExtraSitesChangedRequest {
  to: 'background';
  kind: 'extra-sites-changed';
}

/** The health system's policy, for the options page and popup to show and lock what it sets. */
export interface GetPolicyRequest {
  to: 'background';
  kind: 'get-policy';
}

export interface PolicyAnswer {
  policy: OrganisationPolicy;
  /** Settings the organisation decides: shown disabled with "Set by <organizationName>". */
  locked: LockableKey[];
  /** Values in the policy that were ignored because they were malformed. */
  problems: string[];
}

/** The background hands detection to the context that owns the worker (offscreen on Chrome). */
export interface WorkerDetectRequest {
  to: 'detector';
  kind: 'detect';
  /** Names this check in its progress reports and in a cancel. */
  requestId: number;
  text: string;
  personalTerms: string[];
  threshold: number;
}

/** The person cancelled: the worker stops at its next model window. */
export interface WorkerCancelRequest {
  to: 'detector';
  kind: 'cancel';
  requestId: number;
}

/**
 * How far a check has got, in parts: the rules read the whole text as the first part, then each
 * window the model reads is one more.
 */
export interface DetectProgress {
  done: number;
  total: number;
}

/** The context that owns the worker tells the background how far a check has got. */
export interface DetectProgressReport {
  to: 'background';
  kind: 'detect-progress';
  requestId: number;
  progress: DetectProgress;
}

/** What the caller of a check may pass to follow it and to stop it. */
export interface DetectWatch {
  onProgress?(progress: DetectProgress): void;
  /** Aborting stops the check (the worker at its next model window); the answer is then CANCELLED. */
  signal?: AbortSignal;
}

/** The error of a check that its caller stopped. */
export const CANCELLED = 'cancelled';

/**
 * A guarded page checks a text over a port of this name rather than one message, so that it hears
 * progress while the check runs and can stop it: disconnecting the port cancels the check.
 */
export const DETECT_PORT = 'noteguard-detect';

/** The page's one message on a DETECT_PORT port. */
export interface DetectPortRequest {
  kind: 'detect';
  text: string;
}

/** The background's messages on a DETECT_PORT port: progress, then one result. */
export type DetectPortReply = { kind: 'progress'; progress: DetectProgress } | { kind: 'result'; response: DetectResponse };

export function isDetectPortRequest(message: unknown): message is DetectPortRequest {
  const candidate = message as Partial<DetectPortRequest> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.kind === 'detect' && typeof candidate.text === 'string';
}

/** 'partial': the text was too long for the model to read all of it in time; the rules read all. */
export type ModelStatus = 'ready' | 'partial' | 'unavailable';

export type DetectResponse =
  | {
      ok: true;
      findings: Finding[];
      modelStatus: ModelStatus;
      /** With 'partial': how many characters, from the start, the model read. */
      modelReadCharacters?: number;
      /** Time in the detection worker: from the host's request to the worker's answer. */
      elapsedMs: number;
      /** The text matches what the person copied on their patient portal (policy portalDomains). */
      fromPortal?: boolean;
    }
  | { ok: false; error: string };

export type BackgroundRequest =
  | DetectRequest
  | RecordOutcomeRequest
  | GetPageSettingsRequest
  | GetPolicyRequest
  | RememberPortalCopyRequest
  | ExtraSitesChangedRequest
  | DetectProgressReport;
export type NoteGuardMessage = BackgroundRequest | WorkerDetectRequest | WorkerCancelRequest;

interface ResponseFor {
  detect: DetectResponse;
  'record-outcome': { ok: true };
  'get-page-settings': PageSettings;
  'get-policy': PolicyAnswer;
  'remember-portal-copy': { ok: boolean };
  'extra-sites-changed': { ok: true };
  'detect-progress': undefined;
  cancel: undefined;
}

const KINDS_BY_TARGET: Record<NoteGuardMessage['to'], readonly string[]> = {
  background: ['detect', 'record-outcome', 'get-page-settings', 'get-policy', 'remember-portal-copy', 'extra-sites-changed', 'detect-progress'],
  detector: ['detect', 'cancel'],
};

export function isMessageFor<T extends NoteGuardMessage['to']>(
  to: T,
  message: unknown,
): message is Extract<NoteGuardMessage, { to: T }> {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { to?: unknown; kind?: unknown };
  return candidate.to === to && KINDS_BY_TARGET[to].includes(String(candidate.kind));
}

/** The minimal shape of runtime.MessageSender that the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only NoteGuard's own contexts may talk to it: a message from another extension, or from a web
 * page through externally_connectable, is dropped before anything runs.
 */
export function isOwnSender(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId;
}

/**
 * Worker requests come only from the background itself, never from a tab; the same check admits
 * the offscreen document's progress reports (an extension page with no tab).
 */
export function isFromBackground(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return isOwnSender(sender, extensionId) && sender.tab === undefined && (sender.url ?? '').startsWith(extensionOrigin);
}

export type Send = (message: NoteGuardMessage) => Promise<unknown>;

export async function request<M extends NoteGuardMessage>(
  send: Send,
  message: M,
): Promise<ResponseFor[M['kind']]> {
  return (await send(message)) as ResponseFor[M['kind']];
}
