import { patientHeader, signature } from '../blocks';
import { GROSS_DESCRIPTIONS, labTable, PATHOLOGY_DIAGNOSES, PATHOLOGY_SPECIMENS } from '../clinical';
import { identifier } from '../contact';
import { mentionClinician } from '../name-forms';
import { phi } from '../pieces';
import type { NoteTemplate } from './types';

const STUDIES = ['CT CHEST WITH CONTRAST', 'CT ABDOMEN AND PELVIS W/O CONTRAST', 'MRI BRAIN W/WO', 'XR CHEST 2 VIEWS', 'US RUQ', 'CTA HEAD AND NECK', 'MRI LUMBAR SPINE', 'NM BONE SCAN', 'US DOPPLER LOWER EXTREMITY', 'XR LEFT KNEE 3 VIEWS'];
const FINDINGS = ['No acute intracranial hemorrhage.', 'Small bilateral pleural effusions with bibasilar atelectasis.', 'Cholelithiasis without evidence of cholecystitis.', 'Mild degenerative disc disease at L4-L5.', 'No evidence of deep venous thrombosis.', 'Right lower lobe consolidation compatible with pneumonia.', 'A 1.2 cm hypodense lesion in the left hepatic lobe, likely cyst.', 'Cardiomegaly. Sternotomy wires intact.', 'Moderate joint effusion. No fracture.', 'Stable 6 mm pulmonary nodule, Fleischner follow-up recommended.'];

export const reportTemplates: NoteTemplate[] = [
  {
    kind: 'radiology',
    family: 'radiology-report',
    build: (cast) => {
      const rng = cast.rng;
      const compared = cast.calendar.shift(-rng.int(30, 900));
      return [
        patientHeader(cast),
        'EXAM: ', rng.pick(STUDIES), '\n',
        rng.chance(0.5) ? ['Accession #: ', identifier(rng, 'accession'), '\n'] : '',
        'Ordering: ', mentionClinician(rng, cast.attending), '\n',
        'CLINICAL INDICATION: ', rng.pick(['shortness of breath', 'r/o PE', 'fall', 'abdominal pain', 'follow-up nodule', 'headache, hx of Hodgkin lymphoma']), '\n',
        'COMPARISON: ', rng.chance(0.7) ? [cast.calendar.date(compared), rng.chance(0.5) ? [' at ', phi('ORGANIZATION', cast.otherHospital)] : ''] : 'None', '\n',
        'FINDINGS:\n', rng.sample(FINDINGS, rng.int(2, 5)).join('\n'), '\n',
        'IMPRESSION:\n', rng.pick(FINDINGS), '\n',
        rng.chance(0.4) ? ['Critical result called to ', mentionClinician(rng, cast.resident), ' at ', cast.calendar.time(), ' on ', cast.calendar.date(), ' by ', mentionClinician(rng, cast.consultant), '.\n'] : '',
        signature(cast, cast.consultant),
      ];
    },
  },
  {
    kind: 'lab',
    family: 'lab-report',
    build: (cast) => {
      const rng = cast.rng;
      return [
        phi('ORGANIZATION', cast.hospital), ' ', rng.pick(['Laboratory', 'Clinical Laboratory', 'Lab Services']), '\n',
        patientHeader(cast),
        'Collected: ', cast.calendar.dateTime(), '   Received: ', cast.calendar.dateTime(), '\n',
        'Ordering provider: ', mentionClinician(rng, cast.pcp), '\n',
        rng.pick(['Test\tResult\tUnits\tRange', 'Component Value Units Ref Range', 'COMPONENT | RESULT | FLAG | REFERENCE']), '\n',
        labTable(rng).join('\n'), '\n',
        rng.chance(0.3) ? ['Specimen ID: ', identifier(rng, 'accession'), '\n'] : '',
        'Lab director: ', mentionClinician(rng, cast.consultant), ', CLIA ', identifier(rng, 'licence'), '\n',
      ];
    },
  },
  {
    kind: 'pathology',
    family: 'pathology-surgical',
    build: (cast) => {
      const rng = cast.rng;
      const parts = rng.sample(PATHOLOGY_SPECIMENS, rng.int(1, 3));
      const letter = (index: number) => String.fromCharCode(65 + index);
      return [
        rng.pick(['SURGICAL PATHOLOGY REPORT', 'Surgical Pathology', 'PATHOLOGY CONSULTATION REPORT']), '\n',
        phi('ORGANIZATION', cast.hospital), rng.pick([' Department of Pathology', ' Pathology Laboratory', '']), '\n',
        patientHeader(cast),
        'Case #: ', identifier(rng, 'accession'), '\n',
        'Collected: ', cast.calendar.date(cast.calendar.shift(-rng.int(1, 5))), '   Reported: ', cast.calendar.date(), '\n',
        'Submitting physician: ', mentionClinician(rng, cast.attending), '\n',
        'SPECIMEN(S):\n', parts.map((part, index) => `${letter(index)}. ${part}\n`),
        'FINAL DIAGNOSIS:\n', parts.map((part, index) => `${letter(index)}. ${part.toUpperCase()}:\n   - ${rng.pick(PATHOLOGY_DIAGNOSES)}\n`),
        'GROSS DESCRIPTION:\n', parts.map((_, index) => `${letter(index)}. ${rng.pick(GROSS_DESCRIPTIONS)}\n`),
        rng.chance(0.4) ? ['Intradepartmental consultation with ', mentionClinician(rng, cast.resident), ', who concurs.\n'] : '',
        rng.chance(0.3) ? ['Outside slides from ', phi('ORGANIZATION', cast.otherHospital), ' (', identifier(rng, 'accession'), ') reviewed.\n'] : '',
        'Pathologist: ', signature(cast, cast.consultant),
      ];
    },
  },
];
