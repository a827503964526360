export { createNerRecognizer, type NerClient, type NerOptions } from './recognizer';
export { WordPieceTokenizer, type Encoding } from './wordpiece';
export { normalizeWithMap, normalizeText } from './normalize';
export { tokenWindows } from './chunk';
