import { caseVariants } from './case-variants';

/** USPS abbreviations of the states, DC and the inhabited territories. */
export const STATE_ABBREVIATIONS: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
];

export const STATE_NAMES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
];

/**
 * Abbreviations that are also credentials, clinical abbreviations or everyday words ("Smith, MD",
 * "Volkov, CT(ASCP)", "Lovenox, SC", "Fine, OK"); after a comma they only count as a state when
 * a ZIP follows, the city is a known one or a residence word comes before.
 */
export const AMBIGUOUS_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'MD', 'PA', 'MA', 'CT', 'OR', 'IN', 'OK', 'ME', 'HI', 'ID', 'AS', 'CO', 'DE', 'LA', 'MS', 'OH', 'PR', 'SC', 'VA',
]);

/** Regex source matching a state name or an unambiguous abbreviation, in any case ("nc 28102"). */
export const STATE_ANY_CASE = `(?:${STATE_NAMES.map((name) => name.replace(/ /g, String.raw`\s{1,2}`)).join('|')}|${STATE_ABBREVIATIONS.filter((abbreviation) => !AMBIGUOUS_STATE_ABBREVIATIONS.has(abbreviation)).join('|')})`;

/** Regex source matching a state abbreviation (upper case) or name. */
export const STATE = `(?:${caseVariants(STATE_NAMES, { lowerCase: false })}|${STATE_ABBREVIATIONS.join('|')})`;
