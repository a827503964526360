import { DEFAULT_THRESHOLD } from '../detect/engine';
import { isDateRedactionStyle, type DateRedactionStyle } from '../detect/types';
import { LOCALES, type LocaleSetting } from '../i18n/locale';

/** How eagerly NoteGuard flags text: catch more (and mark some ordinary words), or fewer false alarms. */
export type Sensitivity = 'high-recall' | 'balanced';

/**
 * The engine's score threshold for each sensitivity. High recall is the engine's default, so the
 * extension out of the box runs what `npm run detect` and `npm run eval` measure.
 */
export const SENSITIVITY_THRESHOLDS: Record<Sensitivity, number> = {
  'high-recall': DEFAULT_THRESHOLD,
  balanced: 0.7,
};

/** The health system's own assistant, offered in the warning instead of the public chatbot. */
export interface GovernedAssistantSetting {
  name: string;
  url: string;
}

/** Every personal setting, declared once with its default. */
export interface Settings {
  /** How dates are written in a redacted copy. */
  dateStyle: DateRedactionStyle;
  /** Whether the welcome page has been shown. */
  welcomed: boolean;
  /** Detection threshold: 'high-recall' flags more, 'balanced' raises fewer false alarms. */
  sensitivity: Sensitivity;
  /** The language of every NoteGuard screen; 'auto' follows the browser. */
  locale: LocaleSetting;
  /** The person's (or health system's) governed assistant; null when there is none. */
  governedAssistant: GovernedAssistantSetting | null;
}

export const DEFAULT_SETTINGS: Settings = {
  dateStyle: 'placeholder',
  welcomed: false,
  sensitivity: 'high-recall',
  locale: 'auto',
  governedAssistant: null,
};

export type SettingKey = keyof Settings;

/**
 * What each setting may hold. The database is read back as it is on disk, and a damaged or
 * foreign one may hold anything there: a wrong value must not reach the dialog or the detector.
 */
const SETTING_CHECKS: { [K in SettingKey]: (value: unknown) => boolean } = {
  dateStyle: isDateRedactionStyle,
  welcomed: (value) => typeof value === 'boolean',
  sensitivity: (value) => typeof value === 'string' && Object.hasOwn(SENSITIVITY_THRESHOLDS, value),
  locale: (value) => value === 'auto' || (LOCALES as readonly unknown[]).includes(value),
  governedAssistant: (value) =>
    value === null ||
    (typeof value === 'object' &&
      typeof (value as GovernedAssistantSetting).name === 'string' &&
      typeof (value as GovernedAssistantSetting).url === 'string' &&
      isValidAssistantUrl((value as GovernedAssistantSetting).url)),
};

export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(DEFAULT_SETTINGS, key);
}

export function isSettingValue<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return SETTING_CHECKS[key](value);
}

/** The kinds of personal detail a person can register, so the options page can say what each is. */
export const PERSONAL_TERM_KINDS = ['name', 'relative', 'birthDate', 'mrn', 'other'] as const;
export type PersonalTermKind = (typeof PERSONAL_TERM_KINDS)[number];

/** A governed assistant's address must be https: the note may go there. */
export function isValidAssistantUrl(url: string): boolean {
  try {
    return new URL(url.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

/** "https://Chat.Example.com/x" or "chat.example.com" → "chat.example.com"; undefined if it is not a host. */
export function normaliseSiteHost(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return undefined;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}
