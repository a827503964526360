import { hostMatches, type PolicyReading } from '../policy/policy';
import { MAX_FINGERPRINTS, fingerprintText, isFingerprint } from '../provenance/fingerprint';
import type { DetectResponse } from '../messaging/protocol';
import type { PortalMemoryStore } from './portal-memory';

/**
 * The background's half of portal provenance: it accepts fingerprints only from a page on one of
 * the organisation's portal domains, and marks a detection result `fromPortal` when the pasted
 * text matches what was copied there.
 */
export function createPortalProvenance(memory: PortalMemoryStore, readPolicy: () => Promise<PolicyReading>) {
  const portalDomains = async () => (await readPolicy()).policy.portalDomains ?? [];
  return {
    async rememberCopy(fingerprints: unknown, senderUrl: string | undefined): Promise<{ ok: boolean }> {
      let host = '';
      try {
        host = new URL(senderUrl ?? '').hostname;
      } catch {
        return { ok: false };
      }
      const domains = await portalDomains();
      if (!domains.some((pattern) => hostMatches(host, pattern)) || !Array.isArray(fingerprints)) return { ok: false };
      await memory.remember(fingerprints.filter(isFingerprint).slice(0, MAX_FINGERPRINTS));
      return { ok: true };
    },
    async flag(text: string, response: DetectResponse): Promise<DetectResponse> {
      // The memory first: right after browser start Chrome answered storage.managed 0.5-1.4 s late,
      // which held back the first check's answer, and the memory (storage.session) is empty then.
      if (!response.ok || (await memory.isEmpty()) || (await portalDomains()).length === 0) return response;
      const fromPortal = await memory.matches(await fingerprintText(text));
      return fromPortal ? { ...response, fromPortal } : response;
    },
  };
}
