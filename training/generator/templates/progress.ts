import { assessmentPlan, clinicianSentence, exam, familyContactSentence, hpi, imagingSection, medsList, pastHistory, patientHeader, rosSection, section, signature, socialSection, vitalsLine } from '../blocks';
import { labLine, narrative } from '../clinical';
import { mentionClinician } from '../name-forms';
import type { NoteTemplate } from './types';

export const progressTemplates: NoteTemplate[] = [
  {
    kind: 'progress',
    family: 'progress-soap',
    weight: 2,
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.chance(0.7) ? patientHeader(cast) : '',
        rng.pick(['PROGRESS NOTE', 'Progress Note', 'Hospital Day #' + rng.int(1, 14), 'Daily Progress Note - Medicine', 'Internal Medicine Progress Note']), '\n',
        section(cast, 'Subjective', 'S', [narrative(rng, 2, 6), rng.chance(0.4) ? [' ', clinicianSentence(cast)] : '', rng.chance(0.3) ? [' ', familyContactSentence(cast)] : '']),
        rng.chance(0.5) ? section(cast, 'Medications', 'Meds', medsList(cast)) : '',
        section(cast, 'Objective', 'O', [vitalsLine(cast), exam(cast), 'Labs: ', labLine(rng), '\n', rng.chance(0.5) ? [labLine(rng), '\n'] : '']),
        rng.chance(0.4) ? imagingSection(cast) : '',
        section(cast, 'Assessment and Plan', 'A/P', assessmentPlan(cast)),
        signature(cast, rng.chance(0.5) ? cast.resident : cast.attending),
      ];
    },
  },
  {
    kind: 'progress',
    family: 'progress-clinic',
    weight: 2,
    build: (cast) => {
      const rng = cast.rng;
      return [
        patientHeader(cast),
        section(cast, 'Chief Complaint', 'CC', rng.pick(['follow-up', 'diabetes follow up', 'med refill', 'annual physical', 'BP check', 'hospital follow-up'])),
        section(cast, 'History of Present Illness', 'HPI', hpi(cast)),
        rng.chance(0.6) ? pastHistory(cast) : '',
        section(cast, 'Current Medications', 'Meds', medsList(cast)),
        rng.chance(0.5) ? socialSection(cast) : '',
        rng.chance(0.5) ? rosSection(cast) : '',
        section(cast, 'Vitals', 'VS', vitalsLine(cast)),
        section(cast, 'Physical Exam', 'PE', exam(cast)),
        section(cast, 'Assessment/Plan', 'A&P', assessmentPlan(cast)),
        signature(cast, cast.pcp),
      ];
    },
  },
  {
    // Held out: a terse one-paragraph interval note with the clinician named up front.
    kind: 'progress',
    family: 'progress-interval',
    unseenOnly: true,
    build: (cast) => {
      const rng = cast.rng;
      return [
        'Interval note ', cast.calendar.dateTime(), ' by ', mentionClinician(rng, cast.resident), ': ',
        narrative(rng, 3, 6), ' ', clinicianSentence(cast), ' Plan: ', narrative(rng, 1, 2), '\n',
        signature(cast, cast.resident),
      ];
    },
  },
];
