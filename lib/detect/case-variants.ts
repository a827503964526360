/**
 * Regex source accepting each word as written, in Title Case, UPPER CASE and (unless turned off)
 * lower case. Address and name
 * patterns must stay case-sensitive (a capital marks a proper noun), so the keywords inside
 * them spell out the cases notes actually use.
 */
export function caseVariants(words: Iterable<string>, { lowerCase = true } = {}): string {
  const variants = new Set<string>();
  for (const word of words) {
    variants.add(word);
    variants.add(word.toUpperCase());
    if (lowerCase) variants.add(word.toLowerCase());
    variants.add(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  }
  return [...variants]
    .sort((a, b) => b.length - a.length)
    .map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s{1,2}`))
    .join('|');
}
