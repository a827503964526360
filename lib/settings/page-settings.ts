import { resolveLocale } from '../i18n/locale';
import type { PageSettings } from '../messaging/protocol';
import type { NoteGuardDatabase } from './database';
import { loadSettingsSafely, readOr } from './safe-settings';

/**
 * What a guarded page needs before it acts on a paste. A failing database gives the defaults
 * (protection on, not paused), never an error that would leave the page unguarded.
 */
export async function pageSettingsFor(
  database: NoteGuardDatabase,
  site: string,
  browserLanguage: string | undefined,
  now = Date.now(),
): Promise<PageSettings> {
  const { settings } = await loadSettingsSafely(database);
  const pausedUntil = await readOr(() => database.pausedUntil(site, now), undefined);
  return {
    paused: pausedUntil !== undefined,
    ...(pausedUntil !== undefined ? { pausedUntil } : {}),
    dateStyle: settings.dateStyle,
    ...(settings.governedAssistant ? { governedAssistant: { ...settings.governedAssistant } } : {}),
    locale: resolveLocale(settings.locale, browserLanguage),
  };
}
