import { createPatternRecognizer } from '../pattern-recognizer';

/**
 * Holidays name a day as surely as "11/25" does ("coughing since Thanksgiving"), so Safe Harbor
 * counts them among a date's elements. Only names that are never an everyday word: "Labor Day",
 * not "labor"; "Easter", not "east".
 */
const HOLIDAYS = [
  String.raw`Thanksgiving(?:\s(?:Day|break|weekend))?`,
  String.raw`Christmas(?:\s(?:Eve|Day))?`,
  'Xmas',
  String.raw`New\sYear['’]?s(?:\s(?:Eve|Day))?`,
  String.raw`(?:Lunar|Chinese)\sNew\sYear`,
  String.raw`Easter(?:\sSunday)?`,
  String.raw`Good\sFriday`,
  String.raw`(?:Memorial|Labor|Labour|Independence|Columbus|Veterans['’]?|Presidents['’]?|Valentine['’]?s|Mother['’]?s|Father['’]?s|St\.?\sPatrick['’]?s|MLK|Martin\sLuther\sKing(?:\sJr\.?)?)\sDay`,
  String.raw`(?:Fourth|4th)\sof\sJuly`,
  'Halloween',
  'Juneteenth',
  'Hanukkah',
  'Chanukah',
  'Passover',
  String.raw`Rosh\sHashanah`,
  String.raw`Yom\sKippur`,
  'Diwali',
  String.raw`Eid(?:\sal-(?:Fitr|Adha))?`,
];

export const holidayRecognizer = createPatternRecognizer({
  name: 'holiday',
  labels: ['DATE'],
  // In any case: a patient who writes "since thanksgiving" means the holiday.
  patterns: [{ name: 'holiday', regex: new RegExp(String.raw`\b(?:${HOLIDAYS.join('|')})\b`, 'gi'), score: 0.8 }],
});
