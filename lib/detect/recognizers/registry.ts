import type { Recognizer } from '../types';
import { dateRecognizer } from './date';
import { emailRecognizer } from './email';
import { mrnRecognizer } from './mrn';
import { phoneRecognizer } from './phone';

/** Every rules recognizer, listed explicitly; registry.test.ts checks that none is forgotten. */
export function ruleRecognizers(): Recognizer[] {
  return [emailRecognizer, phoneRecognizer, dateRecognizer, mrnRecognizer];
}
