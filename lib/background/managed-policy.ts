import { readPolicy, type PolicyReading } from '../policy/policy';

/** The part of browser.storage that the policy source reads. */
export interface ManagedStorageApi {
  managed: { get(): Promise<Record<string, unknown>> };
  /** Where the last policy read is kept for the next browser start. */
  local?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: { addListener(listener: (changes: unknown, areaName: string) => void): void };
}

const LAST_POLICY_KEY = 'lastManagedPolicy';

/**
 * The health system's policy, read from storage.managed (Chrome/Edge: the 3rdparty extension
 * policy checked against public/managed_schema.json; Firefox: policies.json's 3rdparty section).
 * No policy, or a browser that has no managed storage for us, reads as an empty policy.
 *
 * Right after browser start Chrome answered storage.managed 1.5 to more than 3 s after NoteGuard
 * started, and a paste's warning must not wait for it, nor go without the policy's enforcement.
 * So the policy last read is kept in storage.local (it is the organisation's configuration, never
 * the person's data) and answers until storage.managed does; `onChange` hears if they differ.
 */
export function createManagedPolicySource(storage: ManagedStorageApi, onChange?: (reading: PolicyReading) => void) {
  let current: Promise<PolicyReading> | undefined;
  // Bumped when the managed area changes, so that a late first answer does not replace a newer one.
  let generation = 0;
  const readManaged = async (): Promise<Record<string, unknown>> => {
    try {
      return await storage.managed.get();
    } catch {
      // Firefox throws when no policy names this add-on; Chrome when managed storage is unavailable.
      return {};
    }
  };
  const load = async (): Promise<PolicyReading> => {
    const stored = await readManaged();
    void storage.local?.set({ [LAST_POLICY_KEY]: stored }).catch(() => undefined);
    const reading = readPolicy(stored);
    if (reading.problems.length > 0) console.warn('NoteGuard: parts of the managed policy were ignored:', reading.problems);
    return reading;
  };
  const lastKnown = async (): Promise<Record<string, unknown> | undefined> => {
    const stored = (await storage.local?.get(LAST_POLICY_KEY).catch(() => undefined))?.[LAST_POLICY_KEY];
    return stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : undefined;
  };
  const reload = () => {
    generation++;
    const reading = load();
    current = reading;
    if (onChange) void reading.then(onChange);
  };
  const firstRead = async (): Promise<PolicyReading> => {
    const started = generation;
    const managed = load();
    const last = await lastKnown();
    if (!last) return managed;
    const kept = readPolicy(last);
    void managed.then((reading) => {
      if (generation !== started) return;
      current = managed;
      if (JSON.stringify(reading.policy) !== JSON.stringify(kept.policy)) onChange?.(reading);
    });
    return kept;
  };
  storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') reload();
  });
  return {
    read(): Promise<PolicyReading> {
      current ??= firstRead();
      return current;
    },
  };
}
