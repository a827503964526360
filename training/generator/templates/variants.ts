import { addressBlock, ageSex, agePhrase, assessmentPlan, clinicianSentence, familyContactSentence, followUp, hpi, lines, medsList, patientHeader, rareIdentifierSentence, relativeMention, section, sexWord, signature } from '../blocks';
import { allergies, labLine, narrative, narrativeSentence, problem, symptom, vitals } from '../clinical';
import { identifier, phone } from '../contact';
import { fullName, mentionClinician, mentionPerson } from '../name-forms';
import { phi } from '../pieces';
import type { NoteTemplate } from './types';

/** Second and third families for kinds that had one layout, so no kind is a single template. */
export const variantTemplates: NoteTemplate[] = [
  {
    kind: 'radiology',
    family: 'radiology-dictated',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.pick(['Exam: ', 'PROCEDURE: ']), rng.pick(['Chest, two views', 'CT of the head without contrast', 'Ultrasound of the abdomen', 'MRI of the cervical spine']), ' performed ', cast.calendar.dateTime(), '.\n',
        'History: ', agePhrase(cast), ' ', sexWord(cast), ' with ', symptom(rng), '.\n',
        'Comparison is made to the prior study dated ', cast.calendar.date(cast.calendar.shift(-rng.int(30, 700))), rng.chance(0.4) ? [' performed at ', phi('ORGANIZATION', cast.otherHospital)] : '', '. ',
        rng.pick(['The lungs are clear. ', 'There is no pneumothorax. ', 'The ventricles are normal in size. ', 'The liver is mildly echogenic. ']),
        rng.pick(['Heart size is within normal limits. ', 'No acute fracture is seen. ', 'There is a small hiatal hernia. ', 'Degenerative changes are noted. ']), '\n',
        'Impression: ', rng.pick(['No acute cardiopulmonary process.', 'Findings suggestive of early pneumonia; clinical correlation recommended.', 'Stable exam.', 'Hepatic steatosis.']), '\n',
        rng.chance(0.5) ? ['Findings discussed with ', mentionClinician(rng, cast.attending), ' by telephone on ', cast.calendar.date(), '.\n'] : '',
        'Dictated by: ', mentionClinician(rng, cast.consultant), rng.chance(0.6) ? ['   Transcribed by: ', phi('NAME', cast.nurse.first.charAt(0) + cast.nurse.last.charAt(0)), ' ', cast.calendar.fullDate()] : '', '\n',
      ];
    },
  },
  {
    kind: 'ed',
    family: 'ed-triage',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.pick(['ED TRIAGE', 'Triage Note', 'ESI TRIAGE ASSESSMENT']), ' ', cast.calendar.dateTime(), '\n',
        mentionPerson(rng, cast.patient), ', ', ageSex(cast), ', ', rng.pick(['ambulatory', 'via EMS', 'wheelchair', 'carried by parent']), '. ',
        `CC: ${symptom(rng)} x ${rng.int(1, 10)} ${rng.pick(['hrs', 'days', 'wks'])}. `, narrative(rng, 1, 3), '\n',
        'VS: ', vitals(rng), '\n', `ESI ${rng.int(1, 5)}. Allergies: ${allergies(rng)}.\n`,
        rng.chance(0.5) ? ['Accompanied by ', relativeMention(cast), rng.chance(0.5) ? [', ', phone(rng)] : '', '.\n'] : '',
        rng.chance(0.3) ? [rareIdentifierSentence(cast), '\n'] : '',
        'Triage RN: ', phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), '\n',
      ];
    },
  },
  {
    kind: 'lab',
    family: 'lab-microbiology',
    build: (cast) => {
      const rng = cast.rng;
      return [
        patientHeader(cast),
        'MICROBIOLOGY - ', rng.pick(['BLOOD CULTURE', 'URINE CULTURE', 'WOUND CULTURE', 'SPUTUM CULTURE']), '\n',
        'Accession: ', identifier(rng, 'accession'), '   Collected: ', cast.calendar.dateTime(cast.calendar.shift(-rng.int(1, 4))), '\n',
        'Result: ', rng.pick(['Escherichia coli >100,000 CFU/mL', 'Staphylococcus aureus (MSSA)', 'No growth at 5 days', 'Mixed flora, likely contaminant', 'Klebsiella pneumoniae, ESBL positive']), '\n',
        'Susceptibilities: ', rng.pick(['ceftriaxone S, ciprofloxacin R, nitrofurantoin S', 'oxacillin S, vancomycin S, clindamycin S', 'pending']), '\n',
        rng.chance(0.6) ? ['Critical value called to ', phi('NAME', `${cast.nurse.first} ${cast.nurse.last}`), ', RN, ', phi('ORGANIZATION', cast.ward), ' at ', cast.calendar.time(), ', read back verified.\n'] : '',
        'Performed at ', phi('ORGANIZATION', cast.hospital), ' Laboratory, ', phi('ADDRESS', cast.city.name), ', ', phi('ADDRESS', cast.city.state), '\n',
      ];
    },
  },
  {
    kind: 'avs',
    family: 'avs-hospital-discharge',
    build: (cast) => {
      const rng = cast.rng;
      return [
        'Discharge Instructions for ', phi('NAME', fullName(rng, cast.patient)), '\n',
        'You were in ', phi('ORGANIZATION', cast.hospital), ' from ', cast.calendar.date(cast.calendar.shift(-rng.int(1, 10))), ' to ', cast.calendar.date(), ' for ', problem(rng), '.\n',
        section(cast, 'What happened', 'Summary', [narrative(rng, 2, 4)]),
        section(cast, 'What to do at home', 'Instructions', lines([narrativeSentence(rng), `Call us if you have ${symptom(rng)} or ${symptom(rng)}.`, 'Do not drive while taking pain medicine.'], '• ')),
        section(cast, 'Medicines', 'Medicines', medsList(cast, 2, 8)),
        section(cast, 'Appointments', 'Follow-up', [followUp(cast), '\n', followUp(cast)]),
        rng.chance(0.4) ? ['Home health agency: ', phi('ORGANIZATION', cast.careHome), ', ', phone(rng), '\n'] : '',
        rng.chance(0.3) ? ['Mailing address on file: ', addressBlock(cast), '\n'] : '',
        'Nurse: ', phi('NAME', cast.nurse.first), rng.chance(0.5) ? [' ', phi('NAME', cast.nurse.last)] : '', '   Doctor: ', mentionClinician(rng, cast.attending), '\n',
      ];
    },
  },
  {
    kind: 'nursing',
    family: 'nursing-sbar',
    build: (cast) => {
      const rng = cast.rng;
      return [
        'SBAR handoff ', cast.calendar.dateTime(), ' - ', phi('ORGANIZATION', cast.ward), ' rm ', String(rng.int(1, 40)), '\n',
        'S: ', mentionPerson(rng, cast.patient), ', ', ageSex(cast), ', ', `${symptom(rng)}.\n`,
        'B: ', problem(rng), ', ', problem(rng), '. Admitted by ', mentionClinician(rng, cast.attending), '. ', familyContactSentence(cast), '\n',
        'A: ', vitals(rng), '. ', narrativeSentence(rng), '\n',
        'R: ', rng.pick(['recheck lactate at 1800', 'page covering MD if SBP < 90', 'monitor I&Os', 'CIWA q4h']), '. Covering: ', mentionClinician(rng, cast.resident), ' pgr ', phone(rng), '\n',
        'Given by ', phi('NAME', cast.nurse.first), ' to ', phi('NAME', cast.pools.names.person(rng).first), '\n',
      ];
    },
  },
  {
    kind: 'portal',
    family: 'portal-parent-message',
    build: (cast) => {
      const rng = cast.rng;
      const parent = cast.relative().person;
      return [
        'Message from ', phi('NAME', `${parent.first} ${parent.last}`), ' (proxy for ', phi('NAME', cast.patient.first), ')\n',
        cast.calendar.dateTime(), '\n',
        `Hi, this is ${rng.pick(['', 'the '])}${rng.pick(['mom', 'dad', 'grandma', 'guardian'])} of `, mentionPerson(rng, cast.patient), '. ',
        `${cast.they.subject.charAt(0).toUpperCase()}${cast.they.subject.slice(1)} has had ${symptom(rng)} since `, cast.calendar.date(cast.calendar.shift(-rng.int(1, 5))), ' and missed school at ', phi('ORGANIZATION', cast.school), '. ',
        'Can we get a note for the nurse there? Our number changed to ', phone(rng), '.\n',
        rng.pick(['Thanks!', 'Thank you so much', 'Appreciate it']), '\n', phi('NAME', parent.first), '\n',
      ];
    },
  },
  {
    kind: 'letter',
    family: 'letter-prior-authorization',
    build: (cast) => {
      const rng = cast.rng;
      return [
        cast.calendar.date(), '\n', rng.pick(['Aetna', 'Blue Cross Blue Shield', 'UnitedHealthcare', 'Cigna', 'Humana', 'Medicaid']), ' Utilization Review\n',
        'Fax: ', phone(rng), '\n\n',
        'RE: ', phi('NAME', fullName(rng, cast.patient)), '   DOB: ', cast.calendar.fullDate(cast.dob), '\n',
        'Member ID: ', identifier(rng, 'member'), rng.chance(0.5) ? ['   Group #: ', identifier(rng, 'account')] : '', '\n\n',
        'To whom it may concern,\n', 'I am writing to request coverage of ', rng.pick(['Ozempic', 'Humira', 'Eliquis', 'an MRI of the lumbar spine', 'a CPAP machine', 'Entresto']), ' for my patient, who has ', problem(rng), '. ',
        narrative(rng, 2, 4), ' ', clinicianSentence(cast), '\n\n',
        'Sincerely,', signature(cast, cast.pcp), phi('ORGANIZATION', cast.clinic), '\n', addressBlock(cast), '\n',
      ];
    },
  },
  {
    // Spanish-speaking patients read their summaries in Spanish; the PHI shapes stay the same.
    kind: 'avs',
    family: 'avs-spanish',
    build: (cast) => {
      const rng = cast.rng;
      return [
        rng.pick(['Resumen de la visita', 'RESUMEN DESPUÉS DE LA VISITA', 'Instrucciones de alta']), '\n',
        'Paciente: ', phi('NAME', fullName(rng, cast.patient)), '   Fecha de nacimiento: ', cast.calendar.fullDate(cast.dob), '\n',
        'Usted vio a ', mentionClinician(rng, cast.pcp), ' el ', cast.calendar.fullDate(), ' en ', phi('ORGANIZATION', cast.clinic), '.\n',
        'Diagnóstico: ', problem(rng), '.\n',
        rng.pick(['Tome sus medicinas como se indica. ', 'Beba suficiente agua. ', 'Camine 30 minutos al día. ']),
        rng.pick(['Llame si tiene fiebre o dolor de pecho. ', 'Vaya a emergencias si le falta el aire. ']), '\n',
        'Medicamentos:\n', medsList(cast, 2, 6),
        'Próxima cita: ', cast.calendar.date(cast.calendar.shift(rng.int(7, 60))), ' con ', mentionClinician(rng, cast.consultant), '. Teléfono: ', cast.clinicPhone, '\n',
        rng.chance(0.5) ? ['Su familiar ', phi('NAME', cast.relative().person.first), ' recibió las instrucciones.\n'] : '',
      ];
    },
  },
  {
    // Held out: a cytology report, a pathology layout train never sees.
    kind: 'pathology',
    family: 'pathology-cytology',
    unseenOnly: true,
    build: (cast) => {
      const rng = cast.rng;
      return [
        'CYTOPATHOLOGY REPORT   ', identifier(rng, 'accession'), '\n',
        'Patient: ', phi('NAME', fullName(rng, cast.patient)), '   Received: ', cast.calendar.date(), '\n',
        'Source: ', rng.pick(['Pleural fluid, right', 'Cervical ThinPrep Pap', 'Urine, voided', 'Thyroid FNA, right lobe']), '\n',
        'Interpretation: ', rng.pick(['Negative for malignant cells.', 'Atypical squamous cells of undetermined significance (ASC-US).', 'Adenocarcinoma, consistent with lung primary.', 'Benign follicular nodule.']), '\n',
        'Screened by ', phi('NAME', `${cast.nurse.first.charAt(0)}. ${cast.nurse.last}`), ', CT(ASCP); reviewed by ', mentionClinician(rng, cast.consultant), ' on ', cast.calendar.date(cast.calendar.shift(1)), '.\n',
        rng.chance(0.5) ? ['Copy to ', mentionClinician(rng, cast.pcp), ', ', phi('ORGANIZATION', cast.clinic), '\n'] : '',
      ];
    },
  },
  {
    // Held out: an H&P written as one dictated paragraph.
    kind: 'hp',
    family: 'hp-dictated-paragraph',
    unseenOnly: true,
    build: (cast) => {
      const rng = cast.rng;
      return [
        'This is a dictated admission history and physical for ', mentionPerson(rng, cast.patient), ', medical record number ', cast.mrn, ', admitted on ', cast.calendar.date(), ' to the service of ', mentionClinician(rng, cast.attending), '. ',
        hpi(cast), ' ', narrative(rng, 3, 6), ' ', labLine(rng), '. ', assessmentPlan(cast), signature(cast),
      ];
    },
  },
];
