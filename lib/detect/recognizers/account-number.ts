import { createKeyedIdentifierRecognizer } from '../keyed-identifier';

export const accountNumberRecognizer = createKeyedIdentifierRecognizer({
  name: 'account-number',
  keywords: String.raw`account|acct\.?|a/c|billing|bill|encounter|visit|fin|csn|har|claim|invoice|statement|case|order|accession|specimen|requisition|job|dictation`,
  score: 0.8,
});
