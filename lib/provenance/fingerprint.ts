/**
 * Portal provenance: what a person copies on their patient portal is remembered only as
 * fingerprints, short hashes of overlapping word sequences (shingles), never as text. A paste into
 * a chatbot whose shingles match enough remembered fingerprints is flagged "copied from your
 * patient portal", even when the detector finds few identifiers in it.
 */
export const SHINGLE_WORDS = 5;
/** Enough for a long note; a bigger selection is sampled evenly. */
export const MAX_FINGERPRINTS = 4_000;
/** How long a copy is remembered. */
export const REMEMBER_MS = 2 * 60 * 60 * 1000;

/** Lower-case words (letters and digits of any script), accents and punctuation folded away. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Overlapping runs of `size` words; a text shorter than that is one shingle. */
export function shingles(words: readonly string[], size = SHINGLE_WORDS): string[] {
  if (words.length === 0) return [];
  if (words.length <= size) return [words.join(' ')];
  const out: string[] = [];
  for (let start = 0; start + size <= words.length; start++) out.push(words.slice(start, start + size).join(' '));
  return out;
}

export type HashText = (text: string) => Promise<string>;

/** SHA-256 (Web Crypto, in every context NoteGuard runs in), the first 64 bits in hex. */
export const sha256Prefix: HashText = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/** The text's fingerprints: distinct hashes of its shingles, at most MAX_FINGERPRINTS. */
export async function fingerprintText(text: string, hash: HashText = sha256Prefix): Promise<string[]> {
  let all = [...new Set(shingles(normaliseWords(text)))];
  if (all.length > MAX_FINGERPRINTS) {
    const step = all.length / MAX_FINGERPRINTS;
    all = Array.from({ length: MAX_FINGERPRINTS }, (_, index) => all[Math.floor(index * step)]);
  }
  return Promise.all(all.map(hash));
}

/** A valid fingerprint, as sent by the portal content script: 16 hex digits. */
export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

/**
 * Remembered fingerprints with their expiry. Plain data, so the background can keep it in
 * storage.session (memory only, gone when the browser closes) across service-worker restarts.
 */
export type PortalMemory = Record<string, number>;

export function remember(memory: PortalMemory, fingerprints: readonly string[], now: number, ttlMs = REMEMBER_MS): PortalMemory {
  const next = forgetExpired(memory, now);
  for (const fingerprint of fingerprints) if (isFingerprint(fingerprint)) next[fingerprint] = now + ttlMs;
  return next;
}

export function forgetExpired(memory: PortalMemory, now: number): PortalMemory {
  return Object.fromEntries(Object.entries(memory).filter(([, expires]) => expires > now));
}

/**
 * Whether a pasted text came from the portal: at least half of its shingles, and at least
 * min(3, all of them), were copied there within the last two hours. A single sentence lifted from
 * a note counts; a common phrase inside a person's own words does not.
 */
export function matchesPortal(memory: PortalMemory, fingerprints: readonly string[], now: number): boolean {
  if (fingerprints.length === 0) return false;
  const hits = fingerprints.filter((fingerprint) => (memory[fingerprint] ?? 0) > now).length;
  return hits >= Math.min(3, fingerprints.length) && hits * 2 >= fingerprints.length;
}
