import type { DateRedactionStyle } from '../detect/types';

/** Every personal setting, declared once with its default. */
export interface Settings {
  /** How dates are written in a redacted copy. */
  dateStyle: DateRedactionStyle;
  /** Whether the welcome page has been shown. */
  welcomed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  dateStyle: 'placeholder',
  welcomed: false,
};

export type SettingKey = keyof Settings;
