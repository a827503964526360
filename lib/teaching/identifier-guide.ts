import type { PhiLabel } from '../detect/types';
import type { Locale } from '../i18n';

/**
 * HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)(i)) lists 18 identifiers, (A) to (R), that
 * must be removed from health information before it counts as de-identified. Numbered 1–18 here
 * in the rule's order.
 */
export const SAFE_HARBOR_IDENTIFIERS: Record<Locale, readonly string[]> = {
  en: [
    'names',
    'geographic subdivisions smaller than a state (street, city, county, ZIP code)',
    'dates related to a person (birth, admission, discharge, death) and ages over 89',
    'telephone numbers',
    'fax numbers',
    'e-mail addresses',
    'Social Security numbers',
    'medical record numbers',
    'health plan beneficiary numbers',
    'account numbers',
    'certificate and licence numbers',
    'vehicle identifiers and licence plates',
    'device identifiers and serial numbers',
    'web addresses (URLs)',
    'IP addresses',
    'biometric identifiers (fingerprints, voice prints)',
    'full-face photographs and comparable images',
    'any other unique identifying number, characteristic or code',
  ],
  es: [
    'nombres',
    'divisiones geográficas menores que un estado (calle, ciudad, condado, código postal)',
    'fechas relacionadas con la persona (nacimiento, ingreso, alta, fallecimiento) y edades de más de 89 años',
    'números de teléfono',
    'números de fax',
    'direcciones de correo electrónico',
    'números de Seguro Social',
    'números de expediente médico',
    'números de beneficiario del seguro médico',
    'números de cuenta',
    'números de certificados y licencias',
    'identificadores de vehículos y placas',
    'identificadores y números de serie de dispositivos',
    'direcciones web (URL)',
    'direcciones IP',
    'identificadores biométricos (huellas dactilares, huellas de voz)',
    'fotografías de rostro completo e imágenes comparables',
    'cualquier otro número, característica o código que identifique de forma única',
  ],
};

export interface IdentifierExplanation {
  /** What the label covers, in plain words. */
  what: string;
  /** Why it can point to one person. */
  why: string;
  /** Said instead of a Safe Harbor number when the label is not one of the 18 on its own. */
  safeHarborNote?: string;
}

export interface IdentifierGuideEntry {
  /** Safe Harbor identifiers (1–18) that this label covers; empty when it covers none on its own. */
  safeHarbor: readonly number[];
  text: Record<Locale, IdentifierExplanation>;
}

/** One row per NoteGuard label: what it is, why it identifies someone, and where Safe Harbor lists it. */
export const IDENTIFIER_GUIDE: Record<PhiLabel, IdentifierGuideEntry> = {
  NAME: {
    safeHarbor: [1],
    text: {
      en: {
        what: 'The name of the patient, a relative, a household member, or a clinician.',
        why: 'A name says who the note is about. Even a relative\'s or a doctor\'s name narrows it to a family or a clinic.',
      },
      es: {
        what: 'El nombre del paciente, de un familiar, de alguien del hogar o de un profesional de salud.',
        why: 'Un nombre dice de quién trata la nota. Incluso el de un familiar o un médico la reduce a una familia o una consulta.',
      },
    },
  },
  DATE: {
    safeHarbor: [3],
    text: {
      en: {
        what: 'Any date about the person except the year alone: birth, visit, admission, discharge, death.',
        why: 'A birth date plus a ZIP code is unique for most people. A visit date can be matched with other records.',
      },
      es: {
        what: 'Cualquier fecha sobre la persona, salvo el año solo: nacimiento, consulta, ingreso, alta, fallecimiento.',
        why: 'La fecha de nacimiento junto con el código postal es única para la mayoría de las personas. Una fecha de consulta se puede cruzar con otros registros.',
      },
    },
  },
  AGE: {
    safeHarbor: [3],
    text: {
      en: {
        what: 'An age over 89.',
        why: 'Few people are that old, so an exact age of 90 or more narrows a town down to a handful of people. Safe Harbor groups them as "90 or older".',
      },
      es: {
        what: 'Una edad de más de 89 años.',
        why: 'Pocas personas llegan a esa edad, así que una edad exacta de 90 o más reduce un pueblo a unas pocas personas. Safe Harbor las agrupa como "90 o más".',
      },
    },
  },
  PHONE: {
    safeHarbor: [4, 5],
    text: {
      en: {
        what: 'A phone, fax or pager number.',
        why: 'A phone number belongs to one person or household and can be looked up.',
      },
      es: {
        what: 'Un número de teléfono, fax o localizador.',
        why: 'Un número de teléfono pertenece a una persona o un hogar y se puede buscar.',
      },
    },
  },
  EMAIL: {
    safeHarbor: [6],
    text: {
      en: {
        what: 'An e-mail address.',
        why: 'An e-mail address often contains a name and leads straight to its owner.',
      },
      es: {
        what: 'Una dirección de correo electrónico.',
        why: 'Una dirección de correo suele contener un nombre y lleva directamente a su dueño.',
      },
    },
  },
  URL: {
    safeHarbor: [14, 15],
    text: {
      en: {
        what: 'A web address or an IP address.',
        why: 'A link to a portal page or a personal site can lead back to one account, one device or one home network.',
      },
      es: {
        what: 'Una dirección web o una dirección IP.',
        why: 'Un enlace a una página del portal o a un sitio personal puede llevar a una cuenta, un dispositivo o una red doméstica.',
      },
    },
  },
  ADDRESS: {
    safeHarbor: [2],
    text: {
      en: {
        what: 'A street address, city, county or ZIP code.',
        why: 'An address says where someone lives. In a small town, the town name alone may be enough.',
      },
      es: {
        what: 'Una dirección, ciudad, condado o código postal.',
        why: 'Una dirección dice dónde vive alguien. En un pueblo pequeño, basta con el nombre del pueblo.',
      },
    },
  },
  ORGANIZATION: {
    safeHarbor: [],
    text: {
      en: {
        what: 'A named hospital, clinic, ward, employer or school.',
        why: 'It places the person: a local clinic suggests where they live, an employer or school who they see every day.',
        safeHarborNote:
          'NoteGuard hides it because it works like a place (identifier 2) or another identifying characteristic (identifier 18).',
      },
      es: {
        what: 'Un hospital, clínica, sala, empleador o escuela con nombre.',
        why: 'Sitúa a la persona: una clínica local indica dónde vive; un empleador o una escuela, con quién se ve cada día.',
        safeHarborNote:
          'NoteGuard lo oculta porque funciona como un lugar (identificador 2) u otra característica identificadora (identificador 18).',
      },
    },
  },
  ID: {
    safeHarbor: [7, 8, 9, 10, 11, 12, 13, 18],
    text: {
      en: {
        what: 'A record, Social Security, health plan, account, licence, vehicle, device or other identifying number.',
        why: 'A number like this was made to point to exactly one person or one thing they own.',
      },
      es: {
        what: 'Un número de expediente, de Seguro Social, de seguro médico, de cuenta, de licencia, de vehículo, de dispositivo u otro número identificador.',
        why: 'Un número así se creó precisamente para señalar a una sola persona o a algo que le pertenece.',
      },
    },
  },
};

/** "1 (names)", "4 (telephone numbers), 5 (fax numbers)". */
export function describeSafeHarbor(numbers: readonly number[], locale: Locale): string {
  return numbers.map((number) => `${number} (${SAFE_HARBOR_IDENTIFIERS[locale][number - 1]})`).join(', ');
}
