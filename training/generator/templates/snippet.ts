import { clinicianSentence, familyContactSentence, followUp, hpi, socialHistory } from '../blocks';
import { narrativeSentence } from '../clinical';
import type { Piece } from '../pieces';
import type { NoteTemplate } from './types';

/** Patients paste fragments: one to three sentences cut from a note. */
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
        () => narrativeSentence(rng),
        () => hpi(cast),
      ];
      return Array.from({ length: rng.int(1, 3) }, () => [rng.pick(makers)(), ' ']);
    },
  },
];
