import type { Finding, PhiLabel } from '../detect/types';

/**
 * Every message between NoteGuard's contexts. Each carries `to`, so a context that receives a
 * broadcast (an extension page hears every runtime message on Chrome) handles only its own.
 */
export type Outcome = 'redacted' | 'pasted-anyway' | 'cancelled' | 'nothing-found' | 'check-failed';

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

/** The background hands detection to the context that owns the worker (offscreen on Chrome). */
export interface WorkerDetectRequest {
  to: 'detector';
  kind: 'detect';
  text: string;
  personalTerms: string[];
}

export type ModelStatus = 'ready' | 'unavailable';

export type DetectResponse =
  | { ok: true; findings: Finding[]; modelStatus: ModelStatus; elapsedMs: number }
  | { ok: false; error: string };

export type BackgroundRequest = DetectRequest | RecordOutcomeRequest;
export type NoteGuardMessage = BackgroundRequest | WorkerDetectRequest;

interface ResponseFor {
  detect: DetectResponse;
  'record-outcome': { ok: true };
}

const KINDS_BY_TARGET: Record<NoteGuardMessage['to'], readonly string[]> = {
  background: ['detect', 'record-outcome'],
  detector: ['detect'],
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

/** Worker requests come only from the background itself, never from a tab. */
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
