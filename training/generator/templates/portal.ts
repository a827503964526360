import { followUp } from '../blocks';
import { labLine, medication, narrativeSentence, symptom } from '../clinical';
import { email } from '../contact';
import { mentionClinician } from '../name-forms';
import { phi } from '../pieces';
import type { NoteTemplate } from './types';

export const portalTemplates: NoteTemplate[] = [
  {
    kind: 'portal',
    family: 'portal-patient-question',
    build: (cast) => {
      const rng = cast.rng;
      const relative = cast.relative();
      return [
        rng.pick(['From: ', 'Sent by: ', '']), phi('NAME', `${cast.patient.first} ${cast.patient.last}`), rng.chance(0.4) ? [' <', cast.patientEmail, '>'] : '', '\n',
        rng.pick(['To: ', 'Recipient: ']), mentionClinician(rng, cast.pcp), '\n',
        rng.pick(['Sent: ', 'Date: ']), cast.calendar.dateTime(), '\n',
        'Subject: ', rng.pick(['Question about my meds', 'Test results', 'Refill request', 'Still feeling sick', 'RE: follow up']), '\n\n',
        rng.pick(['Hi ', 'Hello ', 'Dear ', 'Good morning ']), mentionClinician(rng, cast.pcp), ',\n',
        `I've had ${symptom(rng)} since `, cast.calendar.date(cast.calendar.shift(-rng.int(1, 10))), '. ',
        'My ', relative.relation, ' ', phi('NAME', relative.person.first), ' thinks I should ', rng.pick(['go to urgent care', 'stop the new pill', 'call you']), '. ',
        `Should I keep taking the ${medication(rng)}? `, rng.chance(0.5) ? ['You can reach me at ', cast.patientPhone, '. '] : '',
        '\n', rng.pick(['Thanks', 'Thank you', 'Best', 'Sincerely']), ',\n', phi('NAME', rng.chance(0.6) ? cast.patient.first : `${cast.patient.first} ${cast.patient.last}`), '\n',
      ];
    },
  },
  {
    kind: 'portal',
    family: 'portal-clinician-reply',
    build: (cast) => {
      const rng = cast.rng;
      const nurse = rng.chance(0.5);
      return [
        rng.pick(['MyChart message', 'Message from your care team', 'Patient Portal - Messages']), '\n',
        rng.pick(['Dear ', 'Hi ', 'Hello ']), rng.chance(0.5) ? phi('NAME', cast.patient.first) : [cast.patient.sex === 'female' ? 'Ms. ' : 'Mr. ', phi('NAME', cast.patient.last)], ',\n',
        `Your results from `, cast.calendar.date(cast.calendar.shift(-rng.int(1, 14))), ' are back. ', labLine(rng), '. ', narrativeSentence(rng), ' ',
        followUp(cast), '\n',
        rng.pick(['Sincerely,', 'Best,', 'Take care,', '']), '\n',
        nurse ? [phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), ', RN'] : mentionClinician(rng, cast.pcp), '\n',
        phi('ORGANIZATION', cast.clinic), '\n',
        rng.chance(0.4) ? [email(rng, nurse ? cast.nurse : cast.pcp, cast.clinic), '\n'] : '',
      ];
    },
  },
];
