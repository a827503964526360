import { readPolicy, type PolicyReading } from '../policy/policy';

/** The part of browser.storage that the policy source reads. */
export interface ManagedStorageApi {
  managed: { get(): Promise<Record<string, unknown>> };
  onChanged: { addListener(listener: (changes: unknown, areaName: string) => void): void };
}

/**
 * The health system's policy, read from storage.managed (Chrome/Edge: the 3rdparty extension
 * policy checked against public/managed_schema.json; Firefox: policies.json's 3rdparty section).
 * No policy, or a browser that has no managed storage for us, reads as an empty policy.
 */
export function createManagedPolicySource(storage: ManagedStorageApi, onChange?: (reading: PolicyReading) => void) {
  let current: Promise<PolicyReading> | undefined;
  const load = async (): Promise<PolicyReading> => {
    try {
      const reading = readPolicy(await storage.managed.get());
      if (reading.problems.length > 0) console.warn('NoteGuard: parts of the managed policy were ignored:', reading.problems);
      return reading;
    } catch {
      // Firefox throws when no policy names this add-on; Chrome when managed storage is unavailable.
      return { policy: {}, problems: [] };
    }
  };
  storage.onChanged.addListener((_changes, areaName) => {
    if (areaName !== 'managed') return;
    current = load();
    if (onChange) void current.then(onChange);
  });
  return {
    read(): Promise<PolicyReading> {
      current ??= load();
      return current;
    },
  };
}
