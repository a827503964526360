import { addressBlock, assessmentPlan, bullet, familyContactSentence, followUp, hpi, lines, medsList, patientHeader, rareIdentifierSentence, section, signature } from '../blocks';
import type { Cast } from '../cast';
import { allergies, medication, narrative, narrativeSentence, problem, symptom } from '../clinical';
import { email, identifier, pager } from '../contact';
import { fullName, mentionClinician, mentionPerson } from '../name-forms';
import { phi, type Piece } from '../pieces';
import type { NoteTemplate } from './types';

function visitLine(cast: Cast): Piece {
  const rng = cast.rng;
  return [rng.pick(['You saw ', 'Your provider: ', 'Visit with ', 'Seen by ']), mentionClinician(rng, rng.pick([cast.pcp, cast.consultant])), ' on ', cast.calendar.date(), rng.chance(0.6) ? [' at ', phi('ORGANIZATION', cast.clinic)] : '', '.\n'];
}

export const outpatientTemplates: NoteTemplate[] = [
  {
    kind: 'avs',
    family: 'avs-portal',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.pick(['After Visit Summary', 'AFTER VISIT SUMMARY', 'Your Visit Summary']), '\n',
        phi('NAME', fullName(rng, cast.patient)), rng.chance(0.6) ? ['   DOB: ', cast.calendar.fullDate(cast.dob)] : '', rng.chance(0.5) ? ['   MRN: ', cast.mrn] : '', '\n',
        visitLine(cast),
        section(cast, "Today's diagnoses", 'Diagnoses', lines([problem(rng), problem(rng)], bullet(cast))),
        section(cast, 'Instructions from your care team', 'Instructions', [narrative(rng, 2, 5), ' ', narrativeSentence(rng)]),
        section(cast, 'Your medication list', 'Medications', medsList(cast, 2, 10)),
        section(cast, 'Upcoming appointments', 'Appointments', lines([followUp(cast), followUp(cast)])),
        rng.chance(0.4) ? ['Pharmacy: ', phi('ORGANIZATION', `${rng.pick(['CVS', 'Walgreens', 'Rite Aid', 'Kroger', 'Costco'])} Pharmacy #${rng.int(1000, 9999)}`), ', ', addressBlock(cast), '\n'] : '',
        rng.chance(0.5) ? ['Sign up for MyChart at ', cast.website, '.\n'] : '',
        rng.chance(0.3) ? ['Questions for your nurse? ', email(rng, cast.nurse, cast.clinic), '\n'] : '',
        rng.chance(0.3) ? ['Billing questions: ', cast.clinicPhone, ', account ', identifier(rng, 'account'), '\n'] : '',
      ];
    },
  },
  {
    kind: 'medlist',
    family: 'medlist-reconciliation',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.chance(0.7) ? patientHeader(cast) : '',
        rng.pick(['Medication Reconciliation', 'CURRENT MEDICATIONS', 'Home Medication List', 'Med Rec']), rng.chance(0.5) ? [' - reviewed ', cast.calendar.date()] : '', '\n',
        'Allergies: ', allergies(rng), '\n',
        lines(Array.from({ length: rng.int(4, 16) }, () => [
          medication(rng),
          rng.chance(0.3) ? [' - prescribed by ', mentionClinician(rng, rng.pick([cast.pcp, cast.consultant])), rng.chance(0.5) ? [' on ', cast.calendar.date(cast.calendar.shift(-rng.int(10, 900)))] : ''] : '',
          rng.chance(0.15) ? [' (last filled ', cast.calendar.date(cast.calendar.shift(-rng.int(1, 90))), ')'] : '',
        ]), bullet(cast)),
        rng.chance(0.4) ? ['Preferred pharmacy: ', phi('ORGANIZATION', `${rng.pick(['CVS', 'Walgreens', 'Rite Aid', 'Walmart', 'Costco'])} Pharmacy`), ' ', rng.pick(['Ph ', 'tel ']), cast.clinicPhone, '\n'] : '',
        rng.chance(0.3) ? [rareIdentifierSentence(cast), '\n'] : '',
        'Reviewed with ', rng.chance(0.5) ? mentionPerson(rng, cast.patient) : ['patient and ', rng.pick(['wife', 'daughter', 'son', 'caregiver'])], ' by ', phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), rng.pick([', RN', ', PharmD', ' CMA']), '.\n',
      ];
    },
  },
  {
    // Held out as a whole kind: telephone encounters never appear in train.
    kind: 'telephone',
    family: 'telephone-encounter',
    unseenOnly: true,
    build: (cast) => {
      const rng = cast.rng;
      const relative = cast.relative();
      const caller = rng.chance(0.5);
      return [
        rng.pick(['Telephone Encounter', 'TELEPHONE NOTE', 'Phone call', 'Nurse Triage Call']), ' ', cast.calendar.dateTime(), '\n',
        'Caller: ', caller ? [phi('NAME', fullName(rng, relative.person)), ` (${relative.relation})`] : [mentionPerson(rng, cast.patient), ' (self)'], rng.chance(0.6) ? [' ', cast.patientPhone] : '', '\n',
        `Reason: ${symptom(rng)} x ${rng.int(1, 6)} days. `, narrative(rng, 1, 4), '\n',
        'Advised ', rng.pick(['to go to the ED', 'to schedule a visit', 'OTC measures and call back if worse', `to start ${medication(rng)}`]), '. ', rng.chance(0.5) ? ['Routed to ', mentionClinician(rng, cast.pcp), '. '] : '', rng.chance(0.4) ? familyContactSentence(cast) : '', '\n',
        rng.chance(0.5) ? ['Callback number ', cast.patientPhone, rng.chance(0.3) ? [', pager ', pager(rng)] : '', '\n'] : '',
        phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), rng.pick([', RN', ' RN', ', LPN', ', MA']), '\n',
      ];
    },
  },
  {
    // Held out: a clinic progress note written as free prose with no section headings.
    kind: 'progress',
    family: 'progress-prose',
    unseenOnly: true,
    build: (cast) => {
      const rng = cast.rng;
      return [
        hpi(cast), '\n\n', narrative(rng, 3, 6), '\n\n', assessmentPlan(cast), followUp(cast), signature(cast, cast.pcp),
      ];
    },
  },
];
