import type { Rng } from './rng';
import type { Phi } from './pieces';

type Leaf = string | Phi;

/**
 * Surface styling applied to the flat leaves of a rendered note. Every step maps a leaf to a new
 * leaf, so spans stay exact: offsets are computed only after styling.
 */
export interface StyleChoice {
  casing: 'as-is' | 'upper' | 'lower';
  typos: boolean;
  lineEnding: '\n' | '\r\n';
  extraSpaces: boolean;
  nbsp: boolean;
  smartQuotes: boolean;
  portalChrome: boolean;
  dictation: boolean;
}

export function chooseStyle(rng: Rng): StyleChoice {
  return {
    casing: rng.weighted([[78, 'as-is'], [15, 'upper'], [7, 'lower']] as const),
    typos: rng.chance(0.3),
    lineEnding: rng.chance(0.12) ? '\r\n' : '\n',
    extraSpaces: rng.chance(0.2),
    nbsp: rng.chance(0.08),
    smartQuotes: rng.chance(0.15),
    portalChrome: rng.chance(0.15),
    dictation: rng.chance(0.05),
  };
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = { a: 's', e: 'r', i: 'o', o: 'p', n: 'm', t: 'y', s: 'd', r: 't', l: 'k', u: 'i' };

/** A single slip of the keyboard: swap, drop, double or neighbour key. */
function typo(rng: Rng, word: string): string {
  if (word.length < 4) return word;
  const at = rng.int(1, word.length - 2);
  return rng.weighted<() => string>([
    [1, () => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)],
    [1, () => word.slice(0, at) + word.slice(at + 1)],
    [1, () => word.slice(0, at) + word[at] + word.slice(at)],
    [1, () => word.slice(0, at) + (KEYBOARD_NEIGHBOURS[word[at]!] ?? word[at]) + word.slice(at + 1)],
  ])();
}

function styleText(rng: Rng, text: string, style: StyleChoice, isPhi: boolean): string {
  let out = text;
  if (style.typos) out = out.replace(/[A-Za-z]{4,}/g, (word) => (rng.chance(isPhi ? 0.01 : 0.03) ? typo(rng, word) : word));
  if (style.smartQuotes) out = out.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”');
  if (style.extraSpaces) out = out.replace(/ /g, () => (rng.chance(0.05) ? '  ' : ' '));
  if (style.nbsp && !isPhi) out = out.replace(/ /g, () => (rng.chance(0.1) ? '\u00a0' : ' '));
  if (style.dictation && !isPhi) out = out.replace(/\.\n/g, () => (rng.chance(0.3) ? ' period new paragraph\n' : '.\n'));
  if (style.casing === 'upper') out = out.toUpperCase();
  if (style.casing === 'lower') out = out.toLowerCase();
  return out.replace(/\n/g, style.lineEnding);
}

const CHROME_TOP = ['MyChart', 'Back to top', 'Visit Summary', 'Read aloud', 'Print', 'Notes from your care team', 'Show less', 'Download PDF'];
const CHROME_BOTTOM = ['Show more', 'Back to top', 'Page 1 of 2', 'Page 2 of 2', 'Was this helpful? Yes No', 'MyChart® licensed from Epic Systems Corporation', 'Read aloud', 'Print this page'];

/**
 * Styles every leaf; with portal chrome, wraps the note in the buttons and footers a copy from a
 * portal drags along, including a "Printed on" timestamp whose date is PHI (`printedOn`).
 */
export function applyStyle(rng: Rng, leaves: readonly Leaf[], style: StyleChoice, printedOn: readonly Leaf[]): Leaf[] {
  const styleLeaf = (leaf: Leaf): Leaf =>
    typeof leaf === 'string' ? styleText(rng, leaf, style, false) : { label: leaf.label, text: styleText(rng, leaf.text, style, true) };
  const styled = leaves.map(styleLeaf);
  if (!style.portalChrome) return styled;
  const eol = style.lineEnding;
  const timestamp = rng.chance(0.4) ? [eol, rng.pick(['Printed on ', 'Printed: ', 'Last updated ', 'Viewed ']), ...printedOn.map(styleLeaf)] : [];
  return [
    rng.sample(CHROME_TOP, rng.int(1, 3)).join(eol) + eol,
    ...styled,
    eol + rng.sample(CHROME_BOTTOM, rng.int(1, 3)).join(eol),
    ...timestamp,
  ];
}
