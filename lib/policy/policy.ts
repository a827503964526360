import { DATE_REDACTION_STYLES, isDateRedactionStyle, type DateRedactionStyle } from '../detect/types';

/**
 * What a health system may set through browser enterprise policy (storage.managed). Every field
 * is optional: an organisation sets only what it cares about. The keys are the ones in
 * public/managed_schema.json and docs/ADMIN.md.
 */
export type EnforcementMode = 'warn' | 'redact-only' | 'block';

export const ENFORCEMENT_MODES: readonly EnforcementMode[] = ['warn', 'redact-only', 'block'];

export interface OrganisationPolicy {
  /** Shown as "Set by <organizationName>" next to locked settings. */
  organizationName?: string;
  /** Where a person asks the health system for help (https only). */
  supportUrl?: string;
  /** The health system's own assistant, offered in the warning as the safe place for a note. */
  governedAssistant?: { name: string; url: string };
  /** The patient portal's hosts: text copied there is remembered as fingerprints for a while. */
  portalDomains?: string[];
  /** Chatbot hosts guarded on top of the built-in list. */
  chatbotDomains?: string[];
  /** warn: the person may still paste the original; redact-only: they may not; block: no paste. */
  enforcementMode?: EnforcementMode;
  /** How dates are written in a redacted copy. */
  dateStyle?: DateRedactionStyle;
  /** false: the person may not pause NoteGuard on a site. */
  allowPause?: boolean;
}

export interface PolicyReading {
  policy: OrganisationPolicy;
  /** Values the policy held that were ignored, and why: for the options page and the console. */
  problems: string[];
}

const MAX_TEXT = 200;
const MAX_DOMAINS = 200;
/** A host name, optionally with a leading `*.` for every subdomain; no ports, paths or schemes. */
const HOST = /^(\*\.)?(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

export function isHostPattern(value: string): boolean {
  return HOST.test(value);
}

/** A short, printable, single-line string, or undefined. */
function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return text === '' || text.length > MAX_TEXT ? undefined : text;
}

function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Accepts "portal.example.org", "*.example.org" or a URL, and gives back a lower-case host pattern. */
export function normaliseHost(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let host = value.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '');
  return isHostPattern(host) ? host : undefined;
}

/**
 * Reads whatever storage.managed held into a policy NoteGuard can trust. A malformed value is
 * dropped (and reported), never thrown: a broken policy must not switch protection off.
 */
export function readPolicy(raw: unknown): PolicyReading {
  const problems: string[] = [];
  const policy: OrganisationPolicy = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) problems.push('the policy is not an object');
    return { policy, problems };
  }
  const input = raw as Record<string, unknown>;
  const reject = (key: string, why: string) => problems.push(`${key}: ${why}`);

  if ('organizationName' in input) {
    const name = cleanText(input.organizationName);
    if (name) policy.organizationName = name;
    else reject('organizationName', 'not a short text');
  }
  if ('supportUrl' in input) {
    const url = httpsUrl(input.supportUrl);
    if (url) policy.supportUrl = url;
    else reject('supportUrl', 'not an https URL');
  }
  if ('governedAssistant' in input) {
    const assistant = input.governedAssistant as { name?: unknown; url?: unknown } | null;
    const name = cleanText(assistant?.name);
    const url = httpsUrl(assistant?.url);
    if (name && url) policy.governedAssistant = { name, url };
    else reject('governedAssistant', 'needs a name and an https URL');
  }
  for (const key of ['portalDomains', 'chatbotDomains'] as const) {
    if (!(key in input)) continue;
    const list = input[key];
    if (!Array.isArray(list)) {
      reject(key, 'not a list');
      continue;
    }
    const hosts: string[] = [];
    for (const entry of list.slice(0, MAX_DOMAINS)) {
      const host = normaliseHost(entry);
      if (host && !hosts.includes(host)) hosts.push(host);
      else if (!host) reject(key, `${JSON.stringify(entry).slice(0, 80)} is not a host name`);
    }
    if (list.length > MAX_DOMAINS) reject(key, `only the first ${MAX_DOMAINS} are used`);
    policy[key] = hosts;
  }
  if ('enforcementMode' in input) {
    if (ENFORCEMENT_MODES.includes(input.enforcementMode as EnforcementMode)) {
      policy.enforcementMode = input.enforcementMode as EnforcementMode;
    } else {
      // Unknown strictness: the strictest reading a person can still work with is not ours to
      // guess, so fall back to the default and say so.
      reject('enforcementMode', `expected one of ${ENFORCEMENT_MODES.join(', ')}`);
    }
  }
  if ('dateStyle' in input) {
    if (isDateRedactionStyle(input.dateStyle)) policy.dateStyle = input.dateStyle;
    else reject('dateStyle', `expected one of ${DATE_REDACTION_STYLES.join(', ')}`);
  }
  if ('allowPause' in input) {
    if (typeof input.allowPause === 'boolean') policy.allowPause = input.allowPause;
    else reject('allowPause', 'not true or false');
  }
  return { policy, problems };
}

/** The settings a person has that a policy can set. Extra personal keys pass through untouched. */
export interface PersonalSettings {
  dateStyle: DateRedactionStyle;
  governedAssistant?: { name: string; url: string };
  /** Chatbot hosts the person added in the options page. */
  chatbotDomains?: string[];
}

/** Keys of the effective settings that the organisation has decided. */
export type LockableKey = 'dateStyle' | 'governedAssistant' | 'enforcementMode' | 'allowPause';

export interface EffectiveSettings {
  dateStyle: DateRedactionStyle;
  governedAssistant?: { name: string; url: string };
  enforcementMode: EnforcementMode;
  allowPause: boolean;
  /** Policy hosts first, then the person's; a person cannot remove an organisation's host. */
  chatbotDomains: string[];
  portalDomains: string[];
  organizationName?: string;
  supportUrl?: string;
}

export interface EffectiveResult {
  values: EffectiveSettings;
  locked: LockableKey[];
}

/** Merges a person's settings with their organisation's policy: the policy wins where it speaks. */
export function effectiveSettings(personal: PersonalSettings, policy: OrganisationPolicy): EffectiveResult {
  const locked: LockableKey[] = [];
  const pick = <T>(key: LockableKey, fromPolicy: T | undefined, fromPerson: T): T => {
    if (fromPolicy === undefined) return fromPerson;
    locked.push(key);
    return fromPolicy;
  };
  const chatbotDomains = [...(policy.chatbotDomains ?? [])];
  for (const host of personal.chatbotDomains ?? []) {
    const clean = normaliseHost(host);
    if (clean && !chatbotDomains.includes(clean)) chatbotDomains.push(clean);
  }
  const values: EffectiveSettings = {
    dateStyle: pick('dateStyle', policy.dateStyle, personal.dateStyle),
    governedAssistant: pick('governedAssistant', policy.governedAssistant, personal.governedAssistant),
    enforcementMode: pick('enforcementMode', policy.enforcementMode, 'warn' as EnforcementMode),
    allowPause: pick('allowPause', policy.allowPause, true),
    chatbotDomains,
    portalDomains: [...(policy.portalDomains ?? [])],
    organizationName: policy.organizationName,
    supportUrl: policy.supportUrl,
  };
  if (values.governedAssistant === undefined) delete values.governedAssistant;
  if (values.organizationName === undefined) delete values.organizationName;
  if (values.supportUrl === undefined) delete values.supportUrl;
  return { values, locked };
}

/** `example.org` → `https://example.org/*`; `*.example.org` → `https://*.example.org/*`. */
export function hostToMatchPattern(host: string): string {
  return `https://${host}/*`;
}

/** Whether a page's host name falls under a host pattern. */
export function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern;
}
