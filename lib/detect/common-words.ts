/**
 * Everyday English words that notes capitalise at the start of a sentence or write in capitals,
 * and that name patterns must not take for a name or an organisation.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `the this that these those he she they his her him their it its we our us i you your and or but nor so yet
  on at in into onto for with without by to from of per as is was were be been being are am has have had do does
  did will would can could shall should may might must today yesterday tomorrow tonight now then here there who
  which whom whose what when where why how not no yes none all any some each every both either neither other
  another such only also very just than too more most less least much many few several one two three four five
  patient pt name called said says notes noted reports reported plan assessment signed date time phone pager cell
  tel fax email mrn dob age sex male female clinic hospital center service team department office monday tuesday
  wednesday thursday friday saturday sunday unknown declined pending mr mrs ms miss dr doctor colleague dear
  triage call hi hello thanks thank regards sincerely please seen see saw return returns returned back after
  before again continue continued start started stop stopped new old past medical history hpi cc ros pmh psh fh sh
  hx dx rx tx impression subjective objective summary note notes addendum discharge admission follow up f/u
  preferred primary home work school works lives living while about good page covering coverage attending
  resident nursing protocol outside helps states agrees visits present bedside aware notified wants requests asks
  brought drove pgr thinks feels notes presents denies regarding symptoms vitals began last med rec unit ward print
  updated encouraged reminded asked told informed advised reviewed evaluated examined admitted transferred
  report given nearby copy involved screened authenticated discussed am pm mother father sister brother daughter
  son wife husband grandmother grandfather granddaughter grandson aunt uncle niece nephew cousin spouse partner
  friend neighbor caregiver guardian member id facility checks show soon author spoke meeting download pdf birthdate location
  rd dpt ot slp attends attend teaches resides re
  md do rn np pa phd mbbs aprn fnp lpn crna dds dmd pharmd msw lcsw licsw dnp cnp bc pac`.split(/\s+/),
);

/** Words for the people around a patient, in lower case: "her daughter Maria", "son, Daniel Pemberton". */
export const RELATIVE_WORDS: readonly string[] = [
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'mom', 'dad', 'sister', 'brother', 'spouse', 'partner',
  'friend', 'niece', 'nephew', 'granddaughter', 'grandson', 'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin',
  'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'neighbor', 'roommate', 'stepson', 'stepdaughter', 'son-in-law',
  'daughter-in-law', 'caregiver', 'guardian',
  // as nurses write them
  'dau', 'dtr', 'husb', 'sis', 'bro',
];
