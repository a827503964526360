import { addressBlock, assessmentPlan, clinicianSentence, exam, familyContactSentence, followUp, hpi, imagingSection, medsList, pastHistory, patientHeader, rareIdentifierSentence, section, signature, socialSection } from '../blocks';
import { labLine, narrative, problem } from '../clinical';
import type { Cast } from '../cast';
import { mentionClinician } from '../name-forms';
import { phi, type Piece } from '../pieces';
import type { NoteTemplate } from './types';

/** The hospital course told problem by problem ("# AKI: ..."), as long summaries are. */
function courseByProblem(cast: Cast): Piece {
  const rng = cast.rng;
  return Array.from({ length: rng.int(2, 6) }, (_, index) => [
    rng.pick(['# ', `${index + 1}. `, '']), problem(rng), ': ', narrative(rng, 2, 5),
    rng.chance(0.3) ? [' ', clinicianSentence(cast)] : '', '\n',
  ]);
}

export const dischargeTemplates: NoteTemplate[] = [
  {
    kind: 'discharge',
    family: 'discharge-summary',
    weight: 3,
    build: (cast) => {
      const rng = cast.rng;
      const { calendar } = cast;
      const admit = calendar.shift(-rng.int(1, 21));
      return [
        rng.pick(['DISCHARGE SUMMARY', 'Discharge Summary', 'Hospital Discharge Summary']), '\n',
        patientHeader(cast),
        rng.pick(['Admission Date: ', 'Date of Admission: ', 'Admitted: ']), calendar.date(admit), '\n',
        rng.pick(['Discharge Date: ', 'Date of Discharge: ', 'Discharged: ']), calendar.date(), '\n',
        rng.chance(0.2) ? ['Prior admissions: ', calendar.date(calendar.shift(-rng.int(60, 400))), '-', calendar.date(calendar.shift(-rng.int(50, 59))), ' (', phi('ORGANIZATION', cast.hospitalShort), ')\n'] : '',
        rng.chance(0.5) ? ['Attending: ', mentionClinician(rng, cast.attending), '\n'] : '',
        section(cast, 'Principal Diagnosis', 'Dx', problem(rng)),
        section(cast, 'History of Present Illness', 'HPI', hpi(cast)),
        rng.chance(0.5) ? pastHistory(cast) : '',
        rng.chance(0.4) ? socialSection(cast) : '',
        section(cast, 'Hospital Course', 'Course', rng.chance(0.5)
          ? [narrative(rng, 3, 8), ' ', clinicianSentence(cast), ' ', narrative(rng, 1, 4), rng.chance(0.3) ? [' ', rareIdentifierSentence(cast)] : '']
          : courseByProblem(cast)),
        rng.chance(0.5) ? imagingSection(cast) : '',
        rng.chance(0.5) ? section(cast, 'Exam at Discharge', 'Exam', exam(cast)) : '',
        section(cast, 'Discharge Labs', 'Labs', [labLine(rng), '\n', labLine(rng)]),
        section(cast, 'Discharge Medications', 'Meds', medsList(cast, 4, 14)),
        section(cast, 'Disposition', 'Dispo', rng.pick<() => Piece>([
          () => ['Home with ', rng.pick(['VNA', 'services', 'family']), '.'],
          () => ['Discharged to ', phi('ORGANIZATION', cast.careHome), '.'],
          () => ['Home to ', addressBlock(cast)],
        ])()),
        section(cast, 'Follow-up', 'F/u', [followUp(cast), ' ', rng.chance(0.5) ? familyContactSentence(cast) : '']),
        signature(cast),
      ];
    },
  },
  {
    kind: 'discharge',
    family: 'discharge-brief',
    build: (cast) => {
      const rng = cast.rng;
      return [
        'Brief discharge note - ', mentionClinician(rng, cast.resident), '\n',
        rng.pick(['Pt ', 'Patient ']), 'admitted ', cast.calendar.date(cast.calendar.shift(-rng.int(1, 9))), ' for ', problem(rng), ', discharged ', cast.calendar.date(), ' to ',
        rng.chance(0.5) ? phi('ORGANIZATION', cast.careHome) : 'home', '.\n',
        assessmentPlan(cast),
        signature(cast, cast.resident),
      ];
    },
  },
];
