import type { NoteGuardDatabase } from './database';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type LoadedSettings = { settings: Settings; ok: true } | { settings: Settings; ok: false; error: string };

/** A database that another tab holds open at an older version can wait forever: give up after this. */
export const SETTINGS_TIMEOUT_MS = 3_000;

/**
 * Reads settings, or falls back to the defaults when the database is corrupted, blocked or newer
 * than this code. Protection never depends on the settings loading; the caller shows a notice.
 */
export async function loadSettingsSafely(
  database: NoteGuardDatabase,
  timeoutMs = SETTINGS_TIMEOUT_MS,
): Promise<LoadedSettings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`settings did not load within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const settings = await Promise.race([database.readSettings(), timeout]);
    return { settings, ok: true };
  } catch (error) {
    console.warn('NoteGuard: settings could not be loaded; using the defaults.', error);
    return { settings: { ...DEFAULT_SETTINGS }, ok: false, error: String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Any other read that must not break a screen: the fallback value when the database fails. */
export async function readOr<T>(read: () => Promise<T>, fallback: T, timeoutMs = SETTINGS_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      read(),
      new Promise<T>((resolve) => {
        timer = setTimeout(() => resolve(fallback), timeoutMs);
      }),
    ]);
  } catch {
    return fallback;
  } finally {
    clearTimeout(timer);
  }
}
