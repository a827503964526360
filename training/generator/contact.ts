import { phi, type Phi } from './pieces';
import type { Person } from './names';
import type { Rng } from './rng';

const digits = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.int(0, 9)).join('');
const letters = (rng: Rng, count: number) => Array.from({ length: count }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');

/** A phone number; an extension, when written, is part of the span. */
export function phone(rng: Rng): Phi {
  const area = `${rng.int(2, 9)}${digits(rng, 2)}`;
  const exchange = `${rng.int(2, 9)}${digits(rng, 2)}`;
  const line = digits(rng, 4);
  const extension = rng.chance(0.06) ? `${rng.pick([' ext. ', ' x', ' ext ', ' X'])}${digits(rng, rng.int(2, 5))}` : '';
  return phi('PHONE', extension ? `${area}-${exchange}-${line}${extension}` : rng.weighted<() => string>([
    [5, () => `(${area}) ${exchange}-${line}`],
    [5, () => `${area}-${exchange}-${line}`],
    [2, () => `${area}.${exchange}.${line}`],
    [1, () => `${area}${exchange}${line}`],
    [1, () => `+1 ${area} ${exchange} ${line}`],
    [1, () => `1-${area}-${exchange}-${line}`],
    [1, () => `(${area})${exchange}-${line}`],
    [1, () => `${exchange}-${line}`],
    [0.5, () => `${area}/${exchange}-${line}`],
  ])());
}

/** Hospital pagers and extensions are short numbers: still identifying, labelled PHONE. */
export function pager(rng: Rng): Phi {
  return phi('PHONE', rng.weighted<() => string>([[2, () => digits(rng, 5)], [1, () => `${rng.int(1, 9)}-${digits(rng, 4)}`], [1, () => `x${digits(rng, 4)}`]])());
}

const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net', 'msn.com', 'protonmail.com', 'att.net', 'live.com', 'verizon.net'];

function slug(value: string): string {
  return value.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** A domain derived from an organisation's name ("Mercy Medical Center" → "mercymedical.org"). */
export function orgDomain(rng: Rng, organization: string): string {
  const words = organization.split(/\s+/).map(slug).filter((w) => w && !['the', 'of', 'and', 'st', 'saint'].includes(w));
  const stem = rng.chance(0.5) ? words.slice(0, 2).join('') : words.map((w) => w[0]).join('') + (words[0] ?? 'health');
  return `${stem || 'health'}.${rng.pick(['org', 'org', 'com', 'net', 'edu', 'health'])}`;
}

export function email(rng: Rng, person: Person, organization?: string): Phi {
  const first = slug(person.first) || 'pt';
  const last = slug(person.last) || 'user';
  const local = rng.weighted<() => string>([
    [3, () => `${first}.${last}`],
    [2, () => `${first[0]}${last}`],
    [2, () => `${first}${last}${rng.int(1, 99)}`],
    [1, () => `${last}${first[0]}`],
    [1, () => `${first}_${last}${rng.int(50, 99)}`],
  ])();
  const domain = organization && rng.chance(0.6) ? orgDomain(rng, organization) : rng.pick(MAIL_DOMAINS);
  return phi('EMAIL', `${local}@${domain}`);
}

export function url(rng: Rng, organization: string): Phi {
  const domain = orgDomain(rng, organization);
  return phi('URL', rng.weighted<() => string>([
    [3, () => `www.${domain}`],
    [2, () => `https://www.${domain}`],
    [2, () => `https://${rng.pick(['mychart', 'portal', 'patient', 'myhealth'])}.${domain}/${rng.pick(['login', 'app', 'messages', 'visit-summary', ''])}`],
    [1, () => `${domain}/${rng.pick(['billing', 'pay', 'results', 'appointments'])}`],
    [1, () => `http://${domain}`],
  ])());
}

export function ipAddress(rng: Rng): Phi {
  return phi('URL', rng.weighted<() => string>([
    [2, () => `${rng.pick([10, 172, 192, rng.int(11, 223)])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    [1, () => `fe80::${digits(rng, 2)}a:${letters(rng, 2).toLowerCase()}${digits(rng, 2)}:${digits(rng, 4)}`],
  ])());
}

export type IdKind = 'mrn' | 'ssn' | 'member' | 'account' | 'npi' | 'dea' | 'licence' | 'vin' | 'plate' | 'serial' | 'accession' | 'encounter' | 'medicaid' | 'claim';

/** Identifying numbers, each in several shapes; the prefix word ("MRN:") is never in the span. */
export function identifier(rng: Rng, kind: IdKind): Phi {
  const value = ((): string => {
    switch (kind) {
      case 'mrn':
        return rng.weighted<() => string>([
          [4, () => digits(rng, rng.int(6, 10))],
          [1, () => `${letters(rng, rng.int(1, 3))}${digits(rng, rng.int(5, 8))}`],
          [1, () => `${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 2)}`],
          [1, () => `${digits(rng, 2)}-${digits(rng, 6)}`],
          [1, () => `00${digits(rng, 7)}`],
        ])();
      case 'ssn':
        return rng.weighted<() => string>([[5, () => `${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 4)}`], [1, () => digits(rng, 9)], [1, () => `${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 4)}`], [1, () => `XXX-XX-${digits(rng, 4)}`]])();
      case 'member':
        return rng.weighted<() => string>([[2, () => `${letters(rng, 3)}${digits(rng, 9)}`], [1, () => `${letters(rng, 1)}${digits(rng, 8)}${letters(rng, 2)}`], [1, () => `${digits(rng, 9)}-${digits(rng, 2)}`], [1, () => `W${digits(rng, 9)}`]])();
      case 'medicaid':
        return `${letters(rng, 2)}${digits(rng, 5)}${letters(rng, 1)}`;
      case 'account':
        return rng.weighted<() => string>([[2, () => digits(rng, rng.int(8, 12))], [1, () => `${digits(rng, 4)}-${digits(rng, 4)}-${digits(rng, 2)}`], [1, () => `HAR ${digits(rng, 9)}`]])();
      case 'npi':
        return `1${digits(rng, 9)}`;
      case 'dea':
        return `${letters(rng, 2)}${digits(rng, 7)}`;
      case 'licence':
        return rng.weighted<() => string>([[2, () => `${letters(rng, 1)}${digits(rng, 7)}`], [1, () => `${letters(rng, 2)}-${digits(rng, 6)}`], [1, () => digits(rng, 9)]])();
      case 'vin':
        return `${digits(rng, 1)}${letters(rng, 2)}${digits(rng, 1)}${letters(rng, 3)}${digits(rng, 2)}${letters(rng, 1)}${digits(rng, 7)}`;
      case 'plate':
        return rng.weighted<() => string>([[1, () => `${rng.int(1, 9)}${letters(rng, 3)}${digits(rng, 3)}`], [1, () => `${letters(rng, 3)}-${digits(rng, 4)}`], [1, () => `${letters(rng, 3)} ${digits(rng, 3)}`]])();
      case 'serial':
        return rng.weighted<() => string>([[1, () => `${letters(rng, 3)}${digits(rng, 6)}`], [1, () => `${digits(rng, 3)}-${letters(rng, 1)}${digits(rng, 5)}`], [1, () => `SN${digits(rng, 8)}`]])();
      case 'accession':
        return rng.weighted<() => string>([[2, () => `${letters(rng, 1)}${digits(rng, 2)}-${digits(rng, rng.int(4, 6))}`], [1, () => `${letters(rng, 2)}${digits(rng, 2)}-${digits(rng, 5)}`], [1, () => digits(rng, 10)]])();
      case 'encounter':
        return rng.weighted<() => string>([[2, () => digits(rng, rng.int(8, 11))], [1, () => `E${digits(rng, 9)}`], [1, () => `${digits(rng, 4)}${letters(rng, 1)}${digits(rng, 4)}`]])();
      case 'claim':
        return `${digits(rng, 2)}${letters(rng, 1)}${digits(rng, 9)}`;
    }
  })();
  return phi('ID', value);
}
