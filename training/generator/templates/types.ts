import type { Cast } from '../cast';
import type { Piece } from '../pieces';

export type NoteKind =
  | 'progress' | 'hp' | 'discharge' | 'avs' | 'nursing' | 'radiology' | 'pathology' | 'lab'
  | 'portal' | 'letter' | 'ed' | 'consult' | 'telephone' | 'medlist' | 'snippet';

export interface NoteTemplate {
  readonly kind: NoteKind;
  /** Template family id; held-out families never generate train or dev notes. */
  readonly family: string;
  readonly unseenOnly?: boolean;
  /** Relative frequency (default 1): the long kinds real evaluation sets are made of come up more. */
  readonly weight?: number;
  build(cast: Cast): Piece;
}
