import { translator, type Translate } from '../i18n';
import { resolveLocale, type Locale } from '../i18n/locale';
import { NoteGuardDatabase } from './database';
import { loadSettingsSafely, readOr, type LoadedSettings } from './safe-settings';

export interface ExtensionPageContext {
  database: NoteGuardDatabase;
  loaded: LoadedSettings;
  locale: Locale;
  tr: Translate;
  /**
   * Reads from the database with a fallback. When the settings already failed, the database is
   * not asked again: each read would only wait out its own timeout before the page could show.
   */
  read<T>(read: () => Promise<T>, fallback: T): Promise<T>;
}

/**
 * What each of NoteGuard's own pages starts from: the settings (or the defaults, when the
 * database fails) and the language, which also goes on <html lang> for screen readers.
 */
export async function openExtensionPage(
  document: Document,
  browserLanguage: string | undefined,
  database = new NoteGuardDatabase(),
): Promise<ExtensionPageContext> {
  const loaded = await loadSettingsSafely(database);
  const locale = resolveLocale(loaded.settings.locale, browserLanguage);
  document.documentElement.lang = locale;
  const read = <T,>(fn: () => Promise<T>, fallback: T): Promise<T> =>
    loaded.ok ? readOr(fn, fallback) : Promise.resolve(fallback);
  return { database, loaded, locale, tr: translator(locale), read };
}
