/** Lower-case words without possessives, so "Parkinson's" and "PARKINSON" compare equal. */
export function normalizedTokens(span: string): string[] {
  return (span.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((token) =>
    token.replace(/['’]s$/u, ''),
  );
}
