import { describe, expect, it } from 'vitest';
import { caseVariants } from './case-variants';

describe('caseVariants', () => {
  it.each([
    ['seen by', true, ['seen by', 'Seen By', 'SEEN BY', 'seen  by'], ['seenby']],
    ['Hospital', false, ['Hospital', 'HOSPITAL'], ['hospital', 'hOSPITAL']],
    ['St. Mary', false, ['St. Mary', 'ST. MARY'], ['St Mary', 'Stx Mary']],
    ['c/o', true, ['c/o', 'C/O'], ['co']],
  ])('%j (lower case %s) accepts %j and rejects %j', (word, lowerCase, accepted, rejected) => {
    const pattern = new RegExp(`^(?:${caseVariants([word], { lowerCase })})$`);
    for (const text of accepted) expect(pattern.test(text)).toBe(true);
    for (const text of rejected) expect(pattern.test(text)).toBe(false);
  });
});
