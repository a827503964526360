import { EN, ES, type MessageKey } from './messages';
import type { Locale } from './locale';

export * from './locale';
export type { MessageKey } from './messages';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en: EN, es: ES };

/** A sentence in the person's language, with `{param}` filled in. Pure: no browser, no globals. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGUES[locale]?.[key] ?? EN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The `t` of one language, for components that receive the locale once. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator = (locale: Locale): Translate => (key, params) => t(locale, key, params);
