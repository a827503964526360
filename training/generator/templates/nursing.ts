import { ageSex, familyContactSentence } from '../blocks';
import { vitals } from '../clinical';
import { mentionClinician, mentionPerson } from '../name-forms';
import { phi, type Piece } from '../pieces';
import type { Cast, Relation } from '../cast';
import { systemsNursingNote } from '../shorthand';
import type { NoteTemplate } from './types';

const RELATION_SHORTHAND: Record<Relation, string> = {
  wife: 'wife', husband: 'husb', daughter: 'dau', son: 'son', mother: 'mother', father: 'father', sister: 'sis', brother: 'bro', niece: 'niece', grandson: 'grandson', granddaughter: 'gd', partner: 'partner', friend: 'friend', neighbor: 'neighbor', caregiver: 'cg', guardian: 'guardian',
};

/** Nursing shorthand: terse clauses, usually upper case ("PT C/O CP, SEEN BY DR KHAN"). */
function shorthandClauses(cast: Cast): Piece[] {
  const rng = cast.rng;
  const relative = cast.relative();
  const clauses: Piece[] = [
    `pt c/o ${rng.pick(['cp', 'sob', 'n/v', 'pain 7/10', 'HA', 'abd pain', 'itching at iv site'])}`,
    ['seen by ', mentionClinician(rng, rng.pick([cast.attending, cast.resident])), rng.pick(['', ' @ bedside', ', new orders rec\'d'])],
    [RELATION_SHORTHAND[relative.relation], ' ', phi('NAME', relative.person.first), ' at bedside'],
    `vs ${vitals(rng)}`,
    rng.pick(['tolerating diet', 'npo after mn', 'foley intact, draining clear yellow urine', 'ambulated in hall w/ walker', 'turned q2h', 'skin intact', 'IV SL', 'tele NSR', 'fall precautions maintained']),
    rng.pick(['prn tylenol given w/ relief', 'zofran 4mg iv given', 'dilaudid 0.5 mg iv x1', 'lasix 40 iv given, uop 900cc']),
    ['md ', rng.pick(['notified', 'aware', 'paged']), rng.chance(0.6) ? [' (', mentionClinician(rng, cast.resident, false), ')'] : ''],
    ['report given to ', phi('NAME', cast.nurse.first), rng.pick([' RN', ', RN', '']), rng.chance(0.5) ? [' on ', phi('ORGANIZATION', cast.ward)] : ''],
  ];
  return rng.sample(clauses, rng.int(4, clauses.length));
}

export const nursingTemplates: NoteTemplate[] = [
  {
    kind: 'nursing',
    family: 'nursing-shorthand',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.chance(0.5) ? [cast.calendar.dateTime(), ' '] : '', rng.pick(['RN NOTE: ', 'Nursing: ', 'NSG NOTE ', '']),
        rng.chance(0.4) ? [ageSex(cast), ' '] : '',
        shorthandClauses(cast).map((clause) => [clause, rng.pick([', ', '. ', '; ', '\n'])]),
        '\n', rng.pick(['-', '--', '']), phi('NAME', `${cast.nurse.first.charAt(0)}. ${cast.nurse.last}`), ' RN\n',
      ];
    },
  },
  {
    kind: 'nursing',
    family: 'nursing-shift',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.pick(['Shift summary', 'NURSING SHIFT ASSESSMENT', '0700-1900 summary']), ' - ', phi('ORGANIZATION', cast.ward), '\n',
        mentionPerson(rng, cast.patient), ' ', rng.pick(['resting comfortably', 'restless overnight', 'A&Ox4', 'pleasantly confused']), '. ',
        shorthandClauses(cast).map((clause) => [clause, '. ']), '\n', familyContactSentence(cast), '\n',
        phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), ', RN',
      ];
    },
  },
  {
    kind: 'nursing',
    family: 'nursing-systems',
    // Real corpora hold many such notes; their shorthand is where a model's false alarms come from.
    weight: 2,
    build: systemsNursingNote,
  },
];
