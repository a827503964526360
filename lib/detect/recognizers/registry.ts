import type { Recognizer } from '../types';
import { accessionNumberRecognizer } from './accession-number';
import { accountNumberRecognizer } from './account-number';
import { ageOver89Recognizer } from './age-over-89';
import { cityRecognizer } from './city';
import { cityStateZipRecognizer } from './city-state-zip';
import { dateRecognizer } from './date';
import { deaRecognizer } from './dea';
import { deviceSerialRecognizer } from './device-serial';
import { emailRecognizer } from './email';
import { healthPlanIdRecognizer } from './health-plan-id';
import { holidayRecognizer } from './holiday';
import { ipAddressRecognizer } from './ip-address';
import { labeledIdentifierRecognizer } from './labeled-identifier';
import { licenseNumberRecognizer } from './license-number';
import { mrnRecognizer } from './mrn';
import { npiRecognizer } from './npi';
import { organizationRecognizer } from './organization';
import { personalTermsRecognizer } from './personal-terms';
import { phoneRecognizer } from './phone';
import { ssnRecognizer } from './ssn';
import { streetAddressRecognizer } from './street-address';
import { titledNameRecognizer } from './titled-name';
import { urlRecognizer } from './url';
import { vehiclePlateRecognizer } from './vehicle-plate';
import { vinRecognizer } from './vin';
import { zipCodeRecognizer } from './zip-code';

/** Every rules recognizer, listed explicitly; registry.test.ts checks that none is forgotten. */
export function ruleRecognizers(): Recognizer[] {
  return [
    emailRecognizer,
    urlRecognizer,
    ipAddressRecognizer,
    phoneRecognizer,
    dateRecognizer,
    holidayRecognizer,
    ageOver89Recognizer,
    ssnRecognizer,
    mrnRecognizer,
    npiRecognizer,
    deaRecognizer,
    healthPlanIdRecognizer,
    accountNumberRecognizer,
    accessionNumberRecognizer,
    licenseNumberRecognizer,
    vehiclePlateRecognizer,
    vinRecognizer,
    deviceSerialRecognizer,
    labeledIdentifierRecognizer,
    streetAddressRecognizer,
    cityStateZipRecognizer,
    cityRecognizer,
    zipCodeRecognizer,
    organizationRecognizer,
    titledNameRecognizer,
    personalTermsRecognizer,
  ];
}
