import type { Locale } from '../i18n';
import type { DetectResponse } from '../messaging/protocol';
import { TEACH_CATALOGUES, type TeachKey } from './messages';

export type { TeachKey } from './messages';

/** A sentence of the teaching page in the given language, with `{param}` filled in. */
export function teach(locale: Locale, key: TeachKey, params: Record<string, string | number> = {}): string {
  const template = TEACH_CATALOGUES[locale]?.[key] ?? TEACH_CATALOGUES.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Teach = (key: TeachKey, params?: Record<string, string | number>) => string;
export const teacher = (locale: Locale): Teach => (key, params) => teach(locale, key, params);

/**
 * How the teaching page gets findings for a text: the extension passes one that goes through
 * the background to its worker; the standalone demo one that talks to its own worker.
 */
export type TeachingDetectText = (text: string) => Promise<DetectResponse>;
