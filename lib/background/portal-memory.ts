import { forgetExpired, matchesPortal, remember, type PortalMemory } from '../provenance/fingerprint';

/** The part of storage.session the memory uses (memory only; Chrome keeps it from content scripts). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'portalFingerprints';

/**
 * Fingerprints of what the person copied on their portal, for two hours. Kept in storage.session
 * so that a Chrome service worker stopped between the copy and the paste still knows; never on disk.
 */
export function createPortalMemory(session?: SessionArea, now: () => number = Date.now) {
  let cache: PortalMemory | undefined;
  const load = async (): Promise<PortalMemory> => {
    if (cache) return cache;
    const stored = session ? ((await session.get(KEY).catch((): Record<string, unknown> => ({})))[KEY] as PortalMemory | undefined) : undefined;
    cache = forgetExpired(stored && typeof stored === 'object' ? stored : {}, now());
    return cache;
  };
  return {
    async remember(fingerprints: readonly string[]): Promise<void> {
      cache = remember(await load(), fingerprints, now());
      await session?.set({ [KEY]: cache }).catch(() => undefined);
    },
    /** Nothing copied on the portal within the last two hours (always so right after browser start). */
    async isEmpty(): Promise<boolean> {
      return Object.values(await load()).every((expires) => expires <= now());
    },
    async matches(fingerprints: readonly string[]): Promise<boolean> {
      return matchesPortal(await load(), fingerprints, now());
    },
  };
}
export type PortalMemoryStore = ReturnType<typeof createPortalMemory>;
