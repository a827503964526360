import type { PhiLabel } from '@/lib/detect/types';

/** How each kind of identifier is named to a patient. */
export const LABEL_WORDS: Record<PhiLabel, string> = {
  NAME: 'a name',
  DATE: 'a date',
  AGE: 'an age over 89',
  PHONE: 'a phone number',
  EMAIL: 'an e-mail address',
  URL: 'a web address',
  ADDRESS: 'a place or address',
  ORGANIZATION: 'a hospital or organisation',
  ID: 'a record or ID number',
};
