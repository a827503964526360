import type { PhiLabel } from '@/lib/detect/types';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locale';

/** How each kind of identifier is named to a patient, in their language ("a name", "un nombre"). */
export function labelWord(locale: Locale, label: PhiLabel): string {
  return t(locale, `label.${label}`);
}

/** The English words, for callers that have no locale. */
export const LABEL_WORDS: Record<PhiLabel, string> = {
  NAME: labelWord('en', 'NAME'),
  DATE: labelWord('en', 'DATE'),
  AGE: labelWord('en', 'AGE'),
  PHONE: labelWord('en', 'PHONE'),
  EMAIL: labelWord('en', 'EMAIL'),
  URL: labelWord('en', 'URL'),
  ADDRESS: labelWord('en', 'ADDRESS'),
  ORGANIZATION: labelWord('en', 'ORGANIZATION'),
  ID: labelWord('en', 'ID'),
};
