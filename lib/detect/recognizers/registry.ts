import type { Recognizer } from '../types';
import { accountNumberRecognizer } from './account-number';
import { ageOver89Recognizer } from './age-over-89';
import { dateRecognizer } from './date';
import { deaRecognizer } from './dea';
import { deviceSerialRecognizer } from './device-serial';
import { emailRecognizer } from './email';
import { healthPlanIdRecognizer } from './health-plan-id';
import { ipAddressRecognizer } from './ip-address';
import { labeledIdentifierRecognizer } from './labeled-identifier';
import { licenseNumberRecognizer } from './license-number';
import { mrnRecognizer } from './mrn';
import { npiRecognizer } from './npi';
import { phoneRecognizer } from './phone';
import { ssnRecognizer } from './ssn';
import { urlRecognizer } from './url';
import { vehiclePlateRecognizer } from './vehicle-plate';
import { vinRecognizer } from './vin';

/** Every rules recognizer, listed explicitly; registry.test.ts checks that none is forgotten. */
export function ruleRecognizers(): Recognizer[] {
  return [
    emailRecognizer,
    urlRecognizer,
    ipAddressRecognizer,
    phoneRecognizer,
    dateRecognizer,
    ageOver89Recognizer,
    ssnRecognizer,
    mrnRecognizer,
    npiRecognizer,
    deaRecognizer,
    healthPlanIdRecognizer,
    accountNumberRecognizer,
    licenseNumberRecognizer,
    vehiclePlateRecognizer,
    vinRecognizer,
    deviceSerialRecognizer,
    labeledIdentifierRecognizer,
  ];
}
