/**
 * Regex source accepting each word as Title Case, UPPER CASE or lower case. Address and name
 * patterns must stay case-sensitive (a capital marks a proper noun), so the keywords inside
 * them spell out the cases notes actually use.
 */
export function caseVariants(words: readonly string[]): string {
  const variants = new Set<string>();
  for (const word of words) {
    variants.add(word);
    variants.add(word.toUpperCase());
    variants.add(word.toLowerCase());
    variants.add(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  }
  return [...variants]
    .sort((a, b) => b.length - a.length)
    .map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s{1,2}`))
    .join('|');
}
