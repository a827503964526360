import type { Person } from './names';
import { phi, type Piece } from './pieces';
import type { Rng } from './rng';

const CLINICIAN_CREDENTIALS = ['MD', 'M.D.', 'DO', 'NP', 'PA-C', 'RN', 'MD, PhD', 'FNP-BC', 'APRN', 'DNP', 'MBBS', 'PharmD', 'LCSW', 'RD', 'PT, DPT'];

function initial(name: string): string {
  return `${name.charAt(0)}.`;
}

function courtesyTitle(person: Person, rng: Rng): string {
  if (person.sex === 'male') return rng.pick(['Mr.', 'Mr', 'Mr.']);
  return rng.pick(['Ms.', 'Mrs.', 'Ms', 'Miss', 'Ms.']);
}

/** The full name in one of the orders and abbreviations found in records. */
export function fullName(rng: Rng, person: Person): string {
  const middleInitial = person.middle ? initial(person.middle) : '';
  return rng.weighted<() => string>([
    [5, () => `${person.first} ${person.last}`],
    [2, () => (middleInitial ? `${person.first} ${middleInitial} ${person.last}` : `${person.first} ${person.last}`)],
    [1, () => (person.middle ? `${person.first} ${person.middle} ${person.last}` : `${person.first} ${person.last}`)],
    [2, () => `${person.last}, ${person.first}`],
    [1, () => `${person.last.toUpperCase()}, ${person.first.toUpperCase()}`],
    [1, () => `${person.last}, ${person.first}${middleInitial ? ` ${middleInitial}` : ''}`],
    [1, () => `${initial(person.first)} ${person.last}`],
    [0.5, () => `${person.last.toUpperCase()},${person.first.toUpperCase()}`],
    [0.5, () => `${person.first.toUpperCase()} ${person.last.toUpperCase()}`],
    [0.3, () => `${initial(person.first)} ${middleInitial || initial(person.last)} ${person.last}`],
    [0.3, () => `${person.first} ${person.last} ${rng.pick(['Jr.', 'Sr.', 'II', 'III', 'Jr'])}`],
    [0.3, () => `${person.last.toUpperCase()} ${person.first.charAt(0)}`],
  ])();
}

/** How a patient or relative is referred to in running text. */
export function mentionPerson(rng: Rng, person: Person): Piece {
  return rng.weighted<() => Piece>([
    [4, () => phi('NAME', fullName(rng, person))],
    [3, () => [courtesyTitle(person, rng), ' ', phi('NAME', person.last)]],
    [2, () => phi('NAME', person.first)],
    [0.5, () => phi('NAME', person.last)],
    // A nickname in quotes sits inside the name: one span.
    [0.2, () => phi('NAME', `${person.first} "${person.first.slice(0, Math.max(3, Math.ceil(person.first.length / 2)))}" ${person.last}`)],
  ])();
}

/** How a clinician is referred to in running text ("Dr. Khan", "Maria Lopez, NP"). */
export function mentionClinician(rng: Rng, person: Person, isPhysician = true): Piece {
  const title = isPhysician ? rng.pick(['Dr.', 'Dr.', 'Dr', 'DR.', 'Doctor']) : '';
  // Hurried typing drops the space after the title ("Dr.Khan") now and then.
  const gap = title.endsWith('.') && rng.chance(0.05) ? '' : ' ';
  return rng.weighted<() => Piece>([
    [isPhysician ? 5 : 0.2, () => [title, gap, phi('NAME', person.last)]],
    [isPhysician ? 3 : 0.2, () => [title, ' ', phi('NAME', fullName(rng, person))]],
    [3, () => [phi('NAME', `${person.first} ${person.last}`), ', ', rng.pick(CLINICIAN_CREDENTIALS)]],
    [1, () => phi('NAME', fullName(rng, person))],
    [isPhysician ? 0.2 : 2, () => phi('NAME', person.first)],
  ])();
}

/** A signature line: "Electronically signed by: John T. Smith, MD". */
export function signatureName(rng: Rng, person: Person, credential = rng.pick(CLINICIAN_CREDENTIALS)): Piece {
  const middle = person.middle && rng.chance(0.5) ? ` ${initial(person.middle)}` : '';
  return rng.weighted<() => Piece>([
    [5, () => [phi('NAME', `${person.first}${middle} ${person.last}`), `, ${credential}`]],
    [2, () => [phi('NAME', `${person.last}, ${person.first}${middle}`), `, ${credential}`]],
    [1, () => [phi('NAME', `${person.first} ${person.last}`), ` ${credential}`]],
    [1, () => [phi('NAME', `${person.last.toUpperCase()}, ${person.first.toUpperCase()}`), ` ${credential.toUpperCase()}`]],
  ])();
}

/** Dictation initials ("JTS/mk"): identifying, so labelled. */
export function initials(person: Person): string {
  return `${person.first.charAt(0)}${person.middle.charAt(0)}${person.last.charAt(0)}`.toUpperCase();
}

/** Possessive mention ("Dr. Khan's team"); the "'s" stays outside the span. */
export function possessive(rng: Rng, person: Person): Piece {
  return [rng.pick(['Dr.', 'Dr']), ' ', phi('NAME', person.last), rng.pick(["'s", "’s"])];
}
