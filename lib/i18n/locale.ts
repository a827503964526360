/** The languages NoteGuard speaks. English is the fallback for every other browser language. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language setting: a fixed language, or the browser's. */
export type LocaleSetting = Locale | 'auto';

/** Picks the language from the setting, else from the browser's language (e.g. "es-MX" → es). */
export function resolveLocale(setting: LocaleSetting | undefined, browserLanguage: string | undefined): Locale {
  if (setting === 'en' || setting === 'es') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('es') ? 'es' : 'en';
}
