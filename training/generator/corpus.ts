import { Cast, Pools } from './cast';
import { applyStyle, chooseStyle } from './noise';
import { withChatPrompt } from './chat-prompt';
import { pageBreak } from './blocks';
import { flatten, render, type Phi, type Span } from './pieces';
import { Rng } from './rng';
import type { Split } from './split';
import { FULL_NOTE_TEMPLATES, SNIPPET_TEMPLATES } from './templates';
import type { NoteKind, NoteTemplate } from './templates/types';

export interface Note {
  id: string;
  text: string;
  spans: Span[];
  kind: NoteKind;
  family: string;
  split: Split;
}

export interface SplitPlan {
  split: Split;
  count: number;
  /** Share of the notes that are short pasted fragments. */
  snippetShare: number;
}

/** Share of notes pasted with a request typed around them, as into a chatbot. */
const CHAT_PROMPT_SHARE = 0.2;

/** Templates a split may use: held-out families only in heldout, and heldout favours them. */
function templatesFor(split: Split, templates: readonly NoteTemplate[]): readonly NoteTemplate[] {
  return templates.filter((template) => (split === 'heldout' ? true : !template.unseenOnly));
}

function pickWeighted(rng: Rng, templates: readonly NoteTemplate[]): NoteTemplate {
  return rng.weighted(templates.map((template) => [template.weight ?? 1, template] as const));
}

/**
 * A printed or portal note copied whole repeats its identification line at every page break:
 * the same values twice, as real pasted notes have them. Breaks go at line ends.
 */
function withPageBreaks(cast: Cast, leaves: (string | Phi)[]): (string | Phi)[] {
  if (leaves.length < 60 || !cast.rng.chance(0.12)) return leaves;
  const lineEnds = leaves.flatMap((leaf, index) => (typeof leaf === 'string' && leaf.endsWith('\n') && index > leaves.length / 3 ? [index] : []));
  if (lineEnds.length === 0) return leaves;
  const at = cast.rng.pick(lineEnds) + 1;
  return [...leaves.slice(0, at), ...flatten(pageBreak(cast, 1)), ...leaves.slice(at)];
}

/**
 * Generates one split. Each note draws from its own RNG derived from (seed, split, index), so a
 * note does not change when another note's template changes length.
 */
export function* generateSplit(seed: number, plan: SplitPlan): Generator<Note> {
  const pools = new Pools(plan.split);
  const splitSalt = { train: 1, dev: 2, heldout: 3 }[plan.split];
  const fullTemplates = templatesFor(plan.split, FULL_NOTE_TEMPLATES);
  const unseenTemplates = fullTemplates.filter((template) => template.unseenOnly);
  for (let index = 0; index < plan.count; index++) {
    const rng = new Rng(seed * 1_000_003 + splitSalt * 7_919_000 + index);
    rng.next();
    const template = rng.chance(plan.snippetShare)
      ? rng.pick(SNIPPET_TEMPLATES)
      : unseenTemplates.length > 0 && rng.chance(0.4) ? rng.pick(unseenTemplates) : pickWeighted(rng, fullTemplates);
    const cast = new Cast(rng, pools);
    const printedOn = flatten(cast.calendar.dateTime(cast.calendar.shift(rng.int(0, 400))));
    const styled = applyStyle(rng, withPageBreaks(cast, flatten(template.build(cast))), chooseStyle(rng), printedOn);
    const leaves = withChatPrompt(cast, styled, CHAT_PROMPT_SHARE);
    const { text, spans } = render(leaves);
    yield { id: `${plan.split}-${seed}-${String(index).padStart(6, '0')}`, text, spans, kind: template.kind, family: template.family, split: plan.split };
  }
}
