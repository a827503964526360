// Hand-curated seed; scripts/build-allowlist.ts regenerates MEDICAL_WORDS.
export const EPONYMS: readonly string[] = ['parkinson', 'foley', 'apgar', 'hodgkin', 'babinski', 'down', 'crohn', 'alzheimer'];
export const MEDICAL_WORDS: readonly string[] = ['disease', 'syndrome', 'catheter', 'room', 'air', 'level', 'sign', 'score'];
export const MEDICAL_PHRASES: readonly string[] = ['room air', 'level 3'];
