import { clinicianSentence, familyContactSentence, followUp, hpi, patientHeader, patientSentence, socialHistory } from '../blocks';
import { narrative, narrativeSentence } from '../clinical';
import type { Piece } from '../pieces';
import type { NoteTemplate } from './types';

/** Patients paste fragments: one to three sentences, a header, or text with no PHI at all. */
export const snippetTemplates: NoteTemplate[] = [
  {
    kind: 'snippet',
    family: 'snippet-mixed',
    build: (cast) => {
      const rng = cast.rng;
      const makers: (() => Piece)[] = [
        () => clinicianSentence(cast),
        () => familyContactSentence(cast),
        () => followUp(cast),
        () => socialHistory(cast),
        () => patientSentence(cast),
        () => narrativeSentence(rng),
        () => hpi(cast),
      ];
      return Array.from({ length: rng.int(1, 3) }, () => [rng.pick(makers)(), ' ']);
    },
  },
  {
    kind: 'snippet',
    family: 'snippet-header',
    build: (cast) => [patientHeader(cast), cast.rng.chance(0.5) ? narrativeSentence(cast.rng) : ''],
  },
  {
    // Precision matters too: pasted clinical text with eponyms and drugs but no identifier.
    kind: 'snippet',
    family: 'snippet-no-phi',
    build: (cast) => narrative(cast.rng, 1, 5),
  },
];
