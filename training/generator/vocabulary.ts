import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Medical vocabulary from @cspell/dict-medicalterms, so the filler is not limited to the few
 * hundred words in our templates: a model that has seen only those would take any unfamiliar
 * capitalised term in a real note for a name.
 */
const require = createRequire(import.meta.url);
const dictionaryPath = join(dirname(require.resolve('@cspell/dict-medicalterms/cspell-ext.json')), 'dict', 'medicalterms-en.txt.gz');
const TERMS = gunzipSync(readFileSync(dictionaryPath)).toString('utf8').split('\n');

/** Lower-case words of six letters or more ("varicosity", "phlebotomist"). */
export const MEDICAL_WORDS: readonly string[] = TERMS.filter((term) => /^[a-z]{6,}$/.test(term));

/** Possessive eponyms ("Ziehl's", "Brissaud's"): capitalised, name-shaped, never PHI. */
export const POSSESSIVE_EPONYMS: readonly string[] = TERMS.filter((term) => /^[A-Z][a-z]{3,}'s$/.test(term));
