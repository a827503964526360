/**
 * Regex source for keywords inside case-sensitive patterns. Address and name patterns must stay
 * case-sensitive (a capital marks a proper noun), so their keywords spell out case themselves:
 * by default in any case, letter by letter ("[Ss][Ee][Ee][Nn]"); with `lowerCase: false`, only
 * as written, in Title Case or in UPPER CASE ("Hospital", "HOSPITAL", not "hospital").
 *
 * Letter classes rather than one alternative per casing keep the patterns small: V8 compiles a
 * regex on first use, and four spellings of a hundred keywords cost hundreds of milliseconds.
 */
export function caseVariants(words: Iterable<string>, { lowerCase = true } = {}): string {
  const variants = new Set<string>();
  for (const word of words) {
    if (lowerCase) {
      variants.add(anyCase(word));
      continue;
    }
    variants.add(escape(word));
    variants.add(escape(word.toUpperCase()));
    variants.add(escape(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()));
  }
  return [...variants].sort((a, b) => b.length - a.length).join('|');
}

function anyCase(word: string): string {
  return [...word]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : escape(char);
    })
    .join('');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s{1,2}`);
}
