import type { Finding } from './types';

/**
 * Initials belong to the name beside them: "G. Micu", "K. O. Obeng", "Budiman, Raina I.",
 * "HALVORSON C". The model often scores the name's words well and a lone initial below its bar,
 * which leaves "G." in the redacted copy; the pattern is what identifies, and it is the same in any
 * note, so it is a rule rather than something to train.
 *
 * An initial is one letter and a full stop, or, after a name written in capitals or as "Surname,
 * Given", a bare capital ("WHITE A", "STRÖM, JOAN D"), but never a bare "I" ("told Maria I would").
 * In mixed-case text an initial is a capital; in a note written in lower case any letter is.
 */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}.'’-])(?:\p{L}\.[ \t]?){1,3}$/u;
const INITIAL_AFTER_WITH_STOP = /^[ \t](\p{L})\.(?=$|[\s,;)])/u;
const BARE_INITIAL_AFTER = /^[ \t](\p{Lu})(?=$|[\s,;)])/u;
/** Abbreviations with the shape of initials. */
const NOT_INITIALS = /^(?:[ap]\.[ \t]?m|e\.[ \t]?g|i\.[ \t]?e)\./iu;
/** How far before a name to look: three initials with spaces, and the character before them. */
const LOOK_BEHIND = 10;
/** How far after: a space, the initial, its full stop and what follows it. */
const LOOK_AHEAD = 4;

/**
 * Widens NAME findings over the initials beside them. A middle initial joins the two halves of a
 * name into one finding ("Dubravka P. Kosalec"), so the redacted copy shows one person.
 */
export function extendNamesOverInitials(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const out: Finding[] = [];
  sorted.forEach((finding, index) => {
    const previous = out.at(-1);
    if (finding.label !== 'NAME') {
      out.push(finding);
      return;
    }
    const name = text.slice(finding.start, finding.end);
    const lowerCaseName = !/\p{Lu}/u.test(name);
    const fits = (letters: string) => lowerCaseName || !/\p{Ll}/u.test(letters);
    const nextStart = index + 1 < sorted.length ? sorted[index + 1].start : text.length;

    let { start, end } = finding;
    const before = INITIALS_BEFORE.exec(text.slice(Math.max(previous?.end ?? 0, start - LOOK_BEHIND), start));
    if (before && fits(before[0]) && !NOT_INITIALS.test(before[0])) start -= before[0].length;

    const after = text.slice(end, Math.min(nextStart, end + LOOK_AHEAD));
    const withStop = INITIAL_AFTER_WITH_STOP.exec(after);
    const bare = BARE_INITIAL_AFTER.exec(after);
    if (withStop && fits(withStop[1])) end += withStop[0].length;
    else if (bare && bare[1] !== 'I' && (!/\p{Ll}/u.test(name) || name.includes(','))) end += bare[0].length;

    const widenedPrevious = previous && previous.label === 'NAME' && previous !== sorted[index - 1];
    if (previous?.label === 'NAME' && (widenedPrevious || start !== finding.start) && /^[ \t]{1,2}$/.test(text.slice(previous.end, start))) {
      out[out.length - 1] = { ...previous, end, score: Math.max(previous.score, finding.score) };
      return;
    }
    out.push(start === finding.start && end === finding.end ? finding : { ...finding, start, end });
  });
  return out;
}
