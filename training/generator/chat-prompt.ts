import type { Cast } from './cast';
import { mentionPerson } from './name-forms';
import { flatten, isPhi, phi, type Phi, type Piece } from './pieces';
import type { Rng } from './rng';
import { MEDICAL_WORDS } from './vocabulary';

/**
 * What a patient types around a note they paste into a chatbot ("can you explain this in plain
 * English?"). Notes alone never show the model conversational English, so without these it took
 * everyday verbs in a prompt ("write", "explain") for names. Built from parts so the phrasing
 * varies; mostly PHI-free, sometimes naming the patient or a relative, which is labelled.
 */
const OPENERS = ['', '', 'hi, ', 'Hi! ', 'hello. ', 'ok so ', 'Quick question: ', 'please help. ', 'hey ', 'I just got this from my doctor. ', 'This is from my patient portal. ', 'My doctor wrote this and I am confused. '];
const REQUESTS = [
  'can you explain this note to me',
  'please explain what this means',
  'explain this like I am five',
  'what does this mean',
  'can you summarize this',
  'summarize this in plain english',
  'write this in simple words',
  'rewrite this so my family can understand it',
  'translate this into Spanish',
  'tell me what I should ask at my next appointment',
  'is this bad',
  'should I be worried about this',
  'list the medicines and what each one is for',
  'what are the next steps',
  'help me understand my results',
  'make a list of questions for my doctor',
  'write a short message to my care team about this',
  'explain the lab values',
  'what is the difference between these two diagnoses',
  'put this in a table',
  'give me a summary with bullet points',
  'how serious is this',
  'read this and tell me if anything looks wrong',
  'draft a reply thanking the nurse',
];
const ABOUT = ['', '', '', ' about the part that says {term}', ' especially {term}', ', mainly the {term} part', ' and what {term} means', '. I never heard of {term}'];
const ENDINGS = ['?', '.', '', '??', ' please.', ', thanks!', ' thank you', '. Keep it short.', '. I am not a doctor.', '. Be honest.'];
const RELATIONS = ['mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'grandma', 'grandpa', 'sister', 'brother'];

function request(rng: Rng): string {
  const about = rng.pick(ABOUT).replace('{term}', rng.pick(MEDICAL_WORDS));
  return rng.pick(OPENERS) + rng.pick(REQUESTS) + about + rng.pick(ENDINGS);
}

/** A prompt line; now and then it says whose note it is, by name. */
function promptLine(rng: Rng, cast: Cast): Piece[] {
  if (!rng.chance(0.15)) return [request(rng)];
  const owner: Piece = rng.chance(0.5)
    ? ['this is my ', rng.pick(RELATIONS), ' ', phi('NAME', cast.relative().person.first), "'s note. "]
    : ['this is ', mentionPerson(rng, cast.patient), "'s note. "];
  return [owner, request(rng)];
}

/** The prompt's own casing: people type in lower case far more often than notes are written in it. */
function typed(rng: Rng, pieces: Piece[]): Piece[] {
  if (!rng.chance(0.4)) return pieces;
  const lower = (piece: Piece): Piece =>
    typeof piece === 'string' ? piece.toLowerCase() : isPhi(piece) ? phi(piece.label, piece.text.toLowerCase()) : piece.map(lower);
  return pieces.map(lower);
}

/**
 * The styled note wrapped in what a person types before and after it; `share` of notes get a
 * prompt. It is added after styling, since the note's casing and typos are not the person's.
 */
export function withChatPrompt(cast: Cast, note: readonly (string | Phi)[], share: number): (string | Phi)[] {
  const { rng } = cast;
  if (!rng.chance(share)) return [...note];
  const where = rng.weighted([[6, 'before'], [2, 'after'], [2, 'both']] as const);
  const before: Piece = where === 'after' ? [] : [typed(rng, promptLine(rng, cast)), rng.pick([':\n\n', '\n\n', '\n', ' "', ':\n'])];
  const after: Piece = where === 'before' ? [] : [rng.pick(['\n\n', '\n', '\n\n---\n']), typed(rng, [request(rng)])];
  return [...flatten(before), ...note, ...flatten(after)];
}
