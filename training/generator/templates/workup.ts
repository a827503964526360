import {
  agePhrase, assessmentPlan, clinicianSentence, exam, familyContactSentence, hpi, imagingSection, medsList, pastHistory,
  patientHeader, rareIdentifierSentence, relativeMention, rosSection, section, sexWord, signature, socialSection, vitalsLine,
} from '../blocks';
import type { Cast } from '../cast';
import { labLine, narrative, problem } from '../clinical';
import { mentionClinician, mentionPerson, possessive } from '../name-forms';
import { phi, type Piece } from '../pieces';
import type { NoteKind, NoteTemplate } from './types';

/**
 * H&P, ED and consult notes share the full work-up; they differ in title, opening and which
 * sections they carry. Section order varies a little, as between real EHR templates.
 */
function workup(cast: Cast, title: Piece, opening: Piece, signer = cast.attending): Piece {
  const rng = cast.rng;
  const history: Piece[] = [pastHistory(cast), section(cast, 'Medications', 'Meds', medsList(cast)), socialSection(cast)];
  return [
    rng.chance(0.8) ? patientHeader(cast) : '',
    title, '\n',
    opening,
    section(cast, 'History of Present Illness', 'HPI', [hpi(cast), rng.chance(0.3) ? [' ', rareIdentifierSentence(cast)] : '']),
    rng.chance(0.3) ? rng.sample(history, history.length) : history,
    rng.chance(0.7) ? rosSection(cast) : '',
    section(cast, 'Physical Examination', 'PE', [rng.pick(['VS: ', 'Vitals: ', '']), vitalsLine(cast), exam(cast)]),
    section(cast, 'Labs', 'Labs', [labLine(rng), '\n', rng.chance(0.6) ? [labLine(rng), '\n'] : '']),
    rng.chance(0.6) ? imagingSection(cast) : '',
    section(cast, 'Assessment and Plan', 'A/P', [
      mentionPerson(rng, cast.patient), ' is a ', agePhrase(cast), ' ', sexWord(cast), ' with ', problem(rng), ' here with ', problem(rng), '. ', narrative(rng, 1, 3), '\n',
      assessmentPlan(cast),
    ]),
    signature(cast, signer),
  ];
}

function workupTemplate(kind: NoteKind, family: string, build: (cast: Cast) => Piece, options: { unseenOnly?: boolean; weight?: number } = {}): NoteTemplate {
  return { kind, family, build, ...options };
}

export const workupTemplates: NoteTemplate[] = [
  workupTemplate('hp', 'hp-admission', (cast) => {
    const rng = cast.rng;
    return workup(cast, rng.pick(['ADMISSION H&P', 'History and Physical', 'H&P - Hospital Medicine', 'Admission History & Physical']), [
      rng.pick(['Date of admission: ', 'Admit date: ']), cast.calendar.date(), '\n',
      rng.chance(0.6) ? ['Admitting team: ', possessive(rng, cast.attending), ' team, ', phi('ORGANIZATION', cast.ward), '\n'] : '',
      rng.chance(0.5) ? ['Source: ', rng.pick(['patient', 'patient and ', 'chart and ']), rng.chance(0.5) ? relativeMention(cast) : 'old records', '\n'] : '',
      section(cast, 'Chief Complaint', 'CC', rng.pick(['"I can\'t catch my breath"', 'chest pain', 'fall', 'weakness', 'fever', 'altered mental status'])),
    ]);
  }, { weight: 1.5 }),
  workupTemplate('ed', 'ed-provider-note', (cast) => {
    const rng = cast.rng;
    return workup(cast, rng.pick(['EMERGENCY DEPARTMENT NOTE', 'ED Provider Note', 'Emergency Medicine Physician Documentation']), [
      'Arrival: ', cast.calendar.dateTime(), ' by ', rng.pick(['EMS', 'private vehicle', 'walk-in', 'police']), '\n',
      rng.chance(0.4) ? ['Triage nurse: ', phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), ', RN\n'] : '',
      rng.chance(0.5) ? ['Accompanied by ', relativeMention(cast), '.\n'] : '',
      rng.chance(0.3) ? [rareIdentifierSentence(cast), '\n'] : '',
    ], cast.resident);
  }, { weight: 1.5 }),
  workupTemplate('consult', 'consult-inpatient', (cast) => {
    const rng = cast.rng;
    const service = rng.pick(['Cardiology', 'Nephrology', 'Infectious Disease', 'Neurology', 'GI', 'Palliative Care', 'Psychiatry', 'General Surgery', 'Endocrinology']);
    return workup(cast, `${service} ${rng.pick(['Consult Note', 'Consultation', 'Initial Consult'])}`, [
      'Requesting physician: ', mentionClinician(rng, cast.attending), '\n',
      'Reason for consult: ', problem(rng), '\n',
      rng.chance(0.5) ? ['Thank you for involving us in the care of ', mentionPerson(rng, cast.patient), '. '] : '',
      rng.chance(0.5) ? [clinicianSentence(cast), '\n'] : '',
    ], cast.consultant);
  }, { weight: 1.5 }),
  // Held out: an outpatient consult framed as a note back to the referrer.
  workupTemplate('consult', 'consult-outpatient-letter', (cast) => {
    const rng = cast.rng;
    return [
      rng.pick(['Dear ', 'Dear Dr. ']), phi('NAME', cast.pcp.last), ',\n',
      'I had the pleasure of seeing ', mentionPerson(rng, cast.patient), ' in ', phi('ORGANIZATION', cast.clinic), ' on ', cast.calendar.date(), '. ',
      hpi(cast), '\n', familyContactSentence(cast), '\n', assessmentPlan(cast),
      'Thank you for this kind referral.', signature(cast, cast.consultant),
    ];
  }, { unseenOnly: true }),
];
