import { createKeyedIdentifierRecognizer } from '../keyed-identifier';

export const healthPlanIdRecognizer = createKeyedIdentifierRecognizer({
  name: 'health-plan-id',
  keywords: String.raw`member|subscriber|policy|policy\s{1,2}holder|group|plan|insurance|insurer|medicaid|medicare|mbi|hicn|beneficiary|coverage|payer|bcbs|(?:blue\s{1,2}cross\s{1,2})?blue\s{1,2}shield`,
  score: 0.85,
});
