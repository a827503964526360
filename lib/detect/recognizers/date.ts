import { createPatternRecognizer, type Candidate } from '../pattern-recognizer';
import { expandYear, isCalendarDate, MONTH_NAME, MONTHS } from '../calendar';

const MONTH = `(?<mn>${MONTH_NAME})`;
// Digits, slashes, dots or dashes around a numeric candidate mean a longer number: a lab panel, a dose, a code.
// A dash joins two dates in a range ("7/4/18-04/26/2019", "1/14-1/19"); otherwise it is part of a code.
const FULL_NUMERIC_DATE = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}`;
const MONTH_DAY_BEFORE = String.raw`(?<![\w/.:-])\d{1,2}/\d{1,2}`;
const MONTH_DAY_AFTER = String.raw`\d{1,2}/\d{1,2}(?![\w/]|[.,:]\d)`;
// What may end the first date of a range: "June 28th-7/28", "March 2004-2004-08-10".
const RANGE_START_END = String.raw`${FULL_NUMERIC_DATE}|${MONTH_DAY_BEFORE}|\d(?:st|nd|rd|th)|(?<!\d)(?:18|19|20|21)\d{2}`;
const NUMERIC_BEFORE = String.raw`(?<![\w/.:])(?<!(?<!${RANGE_START_END})-)`;
const NUMERIC_AFTER = String.raw`(?![\w/]|[.,:]\d|-(?!${FULL_NUMERIC_DATE}|${MONTH_DAY_AFTER})\d)`;

// Scores, doses and exam findings that look like a month/day without a year.
const NOT_A_DATE_BEFORE = /\b(?:gcs|moca|mmse|slums|phq-?\d{0,2}|gad-?\d?|ciwa|cows|nihss|audit-?c?|score|scale|strength|grade|grades|murmur|pain|apgars?|motor|power|ratio|x|of|out|reflexes|dtrs?|bp|pressure|ef|dose|tabs?|titers?|titres?|ana|dilution)\s{0,2}[:=/]?\s{0,2}$/i;
const NOT_A_DATE_AFTER = /^\s{0,2}(?:systolic|diastolic|holosystolic|ppd|packs?|lue|rue|lle|rle|bue|ble|ue|le|grip|mg|mcg|g|gm|ml|cc|units?|u|iu|tabs?|tablets?|caps?|puffs?|strength|murmur|pain|power|times|x|scale|score|mmhg|dilution|reflexes|in\b|inch|cores?|nodes?|lymph|specimens?|samples?|biopsies|fingers?|positive|negative)\b/i;

const YEAR_DIGITS = String.raw`(?<y>\d{4}|\d{2})`;
// De-identified notes shift dates, often past 2100, so four-digit years run 1800..2199.
const YEAR = String.raw`(?:18|19|20|21)\d{2}`;

export const dateRecognizer = createPatternRecognizer({
  name: 'date',
  labels: ['DATE'],
  patterns: [
    {
      name: 'month/day/year',
      regex: new RegExp(
        String.raw`${NUMERIC_BEFORE}(?<m>\d{1,2})(?<sep>[/.-])(?<d>\d{1,2})\k<sep>${YEAR_DIGITS}${NUMERIC_AFTER}`,
        'gi',
      ),
      score: 0.9,
    },
    {
      name: 'year-month-day',
      regex: new RegExp(
        String.raw`${NUMERIC_BEFORE}(?<y>${YEAR})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:(?=T\d{2}:)|${NUMERIC_AFTER})`,
        'gi',
      ),
      score: 0.9,
    },
    {
      name: 'month/day',
      regex: new RegExp(String.raw`${NUMERIC_BEFORE}(?<m>\d{1,2})/(?<d>\d{1,2})${NUMERIC_AFTER}`, 'gi'),
      score: 0.6,
    },
    {
      name: 'month/year',
      regex: new RegExp(String.raw`${NUMERIC_BEFORE}(?<m>\d{1,2})[/-](?<y>${YEAR})${NUMERIC_AFTER}`, 'gi'),
      score: 0.7,
    },
    {
      // "MI 5/68", "CABG 3/99": a day cannot be over 31, so this is a month and a two-digit year;
      // not /52, which is weeks in British shorthand ("seen 2/52 ago").
      name: 'month/two-digit year',
      regex: new RegExp(String.raw`${NUMERIC_BEFORE}(?<m>0?[1-9]|1[0-2])/(?<y>3[2-9]|4\d|5[013-9]|[6-9]\d|00)${NUMERIC_AFTER}`, 'g'),
      score: 0.6,
    },
    {
      name: 'compact month day year',
      regex: new RegExp(String.raw`${NUMERIC_BEFORE}(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?<y>${YEAR})${NUMERIC_AFTER}`, 'g'),
      score: 0.55,
    },
    {
      // "May." is May written like the abbreviations ("Apr. 3"); any other month with a full stop ends a sentence.
      name: 'month name day year',
      regex: new RegExp(
        String.raw`\b${MONTH}(?:(?<=may)\.)?\s{0,3}(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s{0,3}(?<y>${YEAR}|'\d{2})(?!\d))?`,
        'gi',
      ),
      score: 0.85,
    },
    {
      name: 'month name year',
      regex: new RegExp(String.raw`\b${MONTH}(?:,?\s{1,3}|\s{1,3}of\s{1,3}|-)(?<y>${YEAR}|'\d{2})(?!\d)`, 'gi'),
      score: 0.8,
    },
    {
      name: 'day-mon-year',
      regex: new RegExp(String.raw`(?<![\w-])(?<d>\d{1,2})-${MONTH}-${YEAR_DIGITS}(?!\d)`, 'gi'),
      score: 0.9,
    },
    {
      name: 'year-mon-day',
      regex: new RegExp(String.raw`(?<![\w-])(?<y>${YEAR})-${MONTH}-(?<d>\d{1,2})(?!\d)`, 'gi'),
      score: 0.9,
    },
    {
      name: 'day month name year',
      regex: new RegExp(
        String.raw`(?<![\w/.-])(?:the\s{1,3})?(?<d>\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?${MONTH}\b(?:,?\s{1,3}(?<y>${YEAR})(?!\d))?`,
        'gi',
      ),
      score: 0.8,
    },
    // A month on its own is a date element too ("seen in January"). May and March are also words
    // ("may need", "march"), so they count only capitalised after a word that puts a time after it.
    {
      name: 'month name alone',
      regex: /\b(?<mn>january|february|april|june|july|august|september|october|november|december)\b/gi,
      score: 0.6,
    },
    {
      // So are the abbreviations ("in late Oct", "since Feb."): "dec" and "mar" are also shorthand.
      name: 'may, march or an abbreviation after a time word',
      regex:
        /\b(?:[Ii]n|IN|[Ss]ince|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|by|of|from|through|before|after|between|and|to)[\s-]{1,3}(?<alone>(?<mn>May|MAY|March|MARCH|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?))(?![\s-]{0,3}\d)/dg,
      score: 0.6,
      group: 'alone',
    },
    {
      name: 'the ordinal day',
      regex: /\b(?:on|since|until|till|by|from|before|after|of)\s{1,3}(?<ordinal>the\s{1,3}(?<d>[0-3]?\d)(?:st|nd|rd|th))\b/dgi,
      score: 0.6,
      group: 'ordinal',
    },
  ],
  context: [
    'date', 'dob', 'd.o.b', 'born', 'birth', 'on', 'since', 'admitted', 'admission', 'discharged', 'discharge', 'seen',
    'visit', 'dated', 'dos', 'until', 'from', 'through', 'last', 'next', 'scheduled', 'died', 'expired', 'deceased',
    'surgery', 'procedure', 'f/u', 'follow', 'followup', 'appt', 'appointment', 'return', 'rtc', 'due', 'dd', 'dt',
    'received', 'collected', 'reported', 'signed', 'effective', 'started', 'stopped', 'by', 'before', 'after',
  ],
  validate: validateDate,
});

function validateDate({ match, pattern, source, start, end }: Candidate): boolean | number {
  const groups = match.groups ?? {};
  // Lower-case "may" before a number is mostly the verb ("may 2 tabs"); it is the month with a year,
  // an ordinal or a day in front ("may 11, 2024", "may 18th", "23-may-2024").
  const lowerCaseMay = groups.mn === 'may';
  if (lowerCaseMay && !groups.y && !/\d(?:st|nd|rd|th)\b/i.test(match[0]) && !/^(?:the\s{1,3})?\d/i.test(match[0])) return false;
  const monthName = groups.mn?.replace('.', '').toLowerCase();
  const day = Number(groups.d ?? 1);
  const year = groups.y === undefined ? undefined : expandYear(Number(groups.y.replace("'", '')), groups.y.replace("'", '').length);
  if (monthName) return isCalendarDate(MONTHS.get(monthName) ?? 0, day, year);
  if (groups.m === undefined) return day >= 1 && day <= 31;
  const month = Number(groups.m);
  // Either order reads as a date: notes from abroad and some systems write day first.
  const valid = isCalendarDate(month, day, year) || (groups.d !== undefined && isCalendarDate(day, month, year));
  if (!valid) return false;
  if (pattern.name !== 'month/day' && pattern.name !== 'month/two-digit year') return true;
  if (NOT_A_DATE_BEFORE.test(source.slice(Math.max(0, start - 16), start))) return false;
  if (NOT_A_DATE_AFTER.test(source.slice(end, end + 16))) return false;
  if (pattern.name === 'month/two-digit year') return pattern.score;
  if (!isCalendarDate(month, day)) return false;
  // 1/2, 3/4, 5/5: fractions and exam grades, and 7/10 a pain score, unless a date word comes before.
  const looksLikeFraction = (month < day && day <= 8) || (month === day && month <= 5) || (day === 10 && month <= 10);
  return looksLikeFraction ? 0.3 : pattern.score;
}
