import { addressBlock, agePhrase, assessmentPlan, hpi, medsList, sexWord, signature } from '../blocks';
import { problem } from '../clinical';
import { fullName, mentionClinician, mentionPerson } from '../name-forms';
import { email } from '../contact';
import { phi } from '../pieces';
import type { NoteTemplate } from './types';

export const letterTemplates: NoteTemplate[] = [
  {
    kind: 'letter',
    family: 'letter-referral',
    weight: 1.5,
    build: (cast) => {
      const rng = cast.rng;
      return [
        phi('ORGANIZATION', cast.clinic), '\n', rng.chance(0.5) ? ['Tel ', cast.clinicPhone, rng.chance(0.5) ? ['  Fax ', cast.fax] : '', '\n'] : '',
        rng.chance(0.3) ? [cast.website, rng.chance(0.5) ? ['  ', email(rng, cast.pcp, cast.clinic)] : '', '\n'] : '',
        cast.calendar.date(), '\n\n',
        mentionClinician(rng, cast.consultant), '\n', phi('ORGANIZATION', cast.hospital), '\n\n',
        'RE: ', phi('NAME', fullName(rng, cast.patient)), rng.chance(0.6) ? [', DOB ', cast.calendar.fullDate(cast.dob)] : '', '\n\n',
        rng.pick(['Dear ', 'Dear Dr. ']), rng.chance(0.5) ? phi('NAME', cast.consultant.last) : 'Colleague', ',\n\n',
        'Thank you for seeing ', mentionPerson(rng, cast.patient), ', a ', agePhrase(cast), ' ', sexWord(cast), ' with ', problem(rng), ', for ', rng.pick(['evaluation of', 'your opinion on', 'management of']), ' ', problem(rng), '. ',
        hpi(cast), '\n\nCurrent medications:\n', medsList(cast),
        '\n', rng.pick(['Please do not hesitate to contact me', 'Feel free to call me', 'I would be grateful for your assessment']), rng.chance(0.5) ? [' at ', cast.clinicPhone] : '', '.\n\n',
        rng.pick(['Sincerely,', 'Kind regards,', 'Yours truly,']), signature(cast, cast.pcp),
      ];
    },
  },
  {
    kind: 'letter',
    family: 'letter-to-patient',
    build: (cast) => {
      const rng = cast.rng;
      return [
        cast.calendar.date(), '\n\n', phi('NAME', `${cast.patient.first} ${cast.patient.last}`), '\n', addressBlock(cast), '\n\n',
        'Dear ', rng.chance(0.5) ? [cast.patient.sex === 'female' ? 'Ms. ' : 'Mr. ', phi('NAME', cast.patient.last)] : phi('NAME', cast.patient.first), ',\n\n',
        rng.pick(['This letter confirms', 'We are writing about', 'I am pleased to share']), ' the results of your visit on ', cast.calendar.date(cast.calendar.shift(-rng.int(3, 30))), '. ',
        assessmentPlan(cast), '\n', rng.pick(['Sincerely,', 'Warm regards,']), '\n', mentionClinician(rng, cast.pcp), '\n', phi('ORGANIZATION', cast.clinic), '\n',
      ];
    },
  },
  {
    // Held out: a work/school excuse letter, a layout train never sees.
    kind: 'letter',
    family: 'letter-work-excuse',
    unseenOnly: true,
    build: (cast) => {
      const rng = cast.rng;
      const school = rng.chance(0.5);
      return [
        'To whom it may concern at ', phi('ORGANIZATION', school ? cast.school : cast.employer), ':\n\n',
        phi('NAME', fullName(rng, cast.patient)), ' was seen in our office on ', cast.calendar.date(), ' and may return to ', school ? 'school' : 'work', ' on ',
        cast.calendar.date(cast.calendar.shift(rng.int(1, 14))), rng.pick(['.', ' without restrictions.', ' with light duty only.']), '\n\n',
        mentionClinician(rng, cast.pcp), '\n', phi('ORGANIZATION', cast.clinic), ' | ', cast.clinicPhone, '\n',
      ];
    },
  },
];
