import { allergies, assessmentPlanItems, examLines, imaging, medication, narrative, problem, problemList, reviewOfSystems, surgicalHistory, vitals } from './clinical';
import { identifier, ipAddress, pager, phone, url } from './contact';
import type { Cast, Relative } from './cast';
import { fullName, initials, mentionClinician, mentionPerson, possessive, signatureName } from './name-forms';
import { join, phi, type Piece } from './pieces';
import type { Rng } from './rng';

/**
 * Section- and sentence-level building blocks shared by every note kind. Each returns pieces;
 * templates pick and order them, so the surface is combinatorial rather than a few strings.
 */

/** A section heading in one of the house styles ("HPI:", "HISTORY OF PRESENT ILLNESS", "## HPI"). */
export function heading(cast: Cast, long: string, short: string): string {
  const rng = cast.rng;
  return rng.weighted<() => string>([
    [4, () => `${long}:`],
    [3, () => `${long.toUpperCase()}:`],
    [2, () => `${short}:`],
    [1, () => long.toUpperCase()],
    [1, () => `## ${short}`],
    [1, () => `--- ${long} ---`],
  ])();
}

export function section(cast: Cast, long: string, short: string, body: Piece): Piece {
  const inline = cast.rng.chance(0.3);
  return [heading(cast, long, short), inline ? ' ' : '\n', body, '\n'];
}

/** One item a line; a bullet of "1)" or "1." numbers the items. */
export function lines(items: readonly Piece[], bullet = ''): Piece {
  return items.map((item, index) => [bullet.replace(/^1(?=[).])/, String(index + 1)), item, '\n']);
}

export function bullet(cast: Cast): string {
  return cast.rng.pick(['', '- ', '* ', '• ', '▪ ', '\t', '  ', '1) ', '1. ']);
}

/** Age in words; only ages over 89 are PHI, and then only the number is labelled. */
export function agePhrase(cast: Cast): Piece {
  const rng = cast.rng;
  const number = cast.age > 89 ? phi('AGE', String(cast.age)) : String(cast.age);
  if (cast.age < 2 && rng.chance(0.7)) return `${rng.int(1, 23)}-month-old`;
  return rng.weighted<() => Piece>([
    [cast.age > 89 ? 0.5 : 0, () => [phi('AGE', numberWords(cast.age)), '-year-old']],
    [3, () => [number, '-year-old']],
    [2, () => [number, ' yo']],
    [1, () => [number, ' y.o.']],
    [1, () => [number, ' year old']],
    [1, () => [number, 'yo']],
  ])();
}

const UNITS_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "ninety-two", "one hundred one": ages over 89 written out in dictated notes. */
function numberWords(age: number): string {
  const units = UNITS_WORDS[age % 10] ?? '';
  if (age >= 100) return `one hundred${units ? ` ${units}` : ''}`;
  return `ninety${units ? `-${units}` : ''}`;
}

/** Compact age and sex as in headers and shorthand ("84F", "92 y/o M"). */
export function ageSex(cast: Cast): Piece {
  const number = cast.age > 89 ? phi('AGE', String(cast.age)) : String(cast.age);
  const sex = cast.patient.sex === 'female' ? 'F' : 'M';
  return cast.rng.pick<Piece>([[number, sex], [number, ` y/o ${sex}`], [number, `yo${sex}`], [number, ` ${sex}`]]);
}

export function sexWord(cast: Cast): string {
  const female = cast.patient.sex === 'female';
  return cast.rng.pick(female ? ['woman', 'female', 'F', 'lady'] : ['man', 'male', 'M', 'gentleman']);
}

/** The identification block at the top of most notes: form fields in assorted layouts. */
export function patientHeader(cast: Cast): Piece {
  const rng = cast.rng;
  const { calendar } = cast;
  const fields: Piece[] = [
    [rng.pick(['Patient: ', 'Patient Name: ', 'Name: ', 'PATIENT: ', 'Pt: ', 'Pt Name: ']), phi('NAME', fullName(rng, cast.patient))],
    [rng.pick(['MRN: ', 'MRN ', 'MR#: ', 'Medical Record #: ', 'Med Rec No. ', 'Unit No: ']), cast.mrn],
    [rng.pick(['DOB: ', 'Date of Birth: ', 'D.O.B. ', 'DOB ', 'Birthdate: ']), calendar.fullDate(cast.dob)],
  ];
  if (rng.chance(0.4)) fields.push([rng.pick(['Age: ', 'Age/Sex: ']), cast.age > 89 ? phi('AGE', String(cast.age)) : String(cast.age), rng.pick(['', ' y', ' yrs', `/${cast.patient.sex === 'female' ? 'F' : 'M'}`])]);
  if (rng.chance(0.1)) fields.push([rng.pick(['Email: ', 'E-mail: ', 'Pt email: ']), cast.patientEmail]);
  if (rng.chance(0.1)) fields.push([rng.pick(['Phone: ', 'Home phone: ', 'Cell: ', 'Tel: ']), cast.patientPhone]);
  if (rng.chance(0.5)) fields.push([rng.pick(['Record date: ', 'Date of Service: ', 'DOS: ', 'Visit Date: ', 'Encounter Date: ', 'Date: ']), calendar.date()]);
  if (rng.chance(0.25)) fields.push([rng.pick(['Acct #: ', 'Account: ', 'FIN: ', 'Encounter #: ', 'CSN: ']), identifier(rng, rng.pick(['account', 'encounter'] as const))]);
  if (rng.chance(0.2)) fields.push([rng.pick(['Insurance ID: ', 'Member ID: ', 'Policy #: ', 'Medicaid ID: ']), identifier(rng, rng.pick(['member', 'medicaid'] as const))]);
  if (rng.chance(0.15)) fields.push([rng.pick(['SSN: ', 'SS#: ', 'Social Security No.: ']), identifier(rng, 'ssn')]);
  if (rng.chance(0.3)) fields.push([rng.pick(['Attending: ', 'Attending Physician: ', 'Provider: ', 'Rendering Provider: ']), phi('NAME', fullName(rng, cast.attending)), rng.pick(['', ', MD', ' MD', ', DO'])]);
  if (rng.chance(0.3)) fields.push([rng.pick(['PCP: ', 'Primary Care: ', 'Primary Care Physician: ', 'Referring: ']), rng.pick(['', 'Dr. ']), phi('NAME', fullName(rng, cast.pcp))]);
  if (rng.chance(0.35)) fields.push([rng.pick(['Location: ', 'Facility: ', 'Hospital: ', '']), phi('ORGANIZATION', cast.hospital)]);
  if (rng.chance(0.15)) fields.push([rng.pick(['Unit: ', 'Ward: ']), phi('ORGANIZATION', cast.ward), rng.chance(0.5) ? `, Room ${rng.int(100, 999)}` : '']);
  if (rng.chance(0.15)) fields.push(['Name: ', rng.pick(['____', '__________', '[blank]'])]);
  // Registration fields: some hold PHI, most hold everyday words a model must leave alone.
  if (rng.chance(0.1)) fields.push([rng.pick(['Employer: ', 'EMPLOYER: ', 'Place of work: ']), phi('ORGANIZATION', cast.employer)]);
  if (rng.chance(0.12)) fields.push([rng.pick(['Occupation: ', 'OCCUPATION: ', 'Job: ', 'Profession: ']), occupation(rng)]);
  if (rng.chance(0.1)) fields.push(familyContactSentence(cast));
  if (rng.chance(0.15)) fields.push(rng.pick<Piece>(REGISTRATION_FIELDS));
  if (rng.chance(0.08)) fields.push([rng.pick(['Preferred pharmacy: ', 'Pharmacy: ']), phi('ORGANIZATION', `${rng.pick(PHARMACY_CHAINS)} #${rng.int(100, 19999)}`), rng.chance(0.5) ? [', ', addressBlock(cast)] : '']);
  const separator = rng.pick(['\n', '\n', '    ', '  |  ', '\t']);
  return [join(rng.chance(0.3) ? rng.sample(fields, fields.length) : fields, separator), '\n\n'];
}

/** "her daughter Maria", "wife (Ann Lopez)". */
export function relativeMention(cast: Cast, relative: Relative = cast.relative()): Piece {
  const rng = cast.rng;
  const pronoun = cast.they.possessive;
  return rng.weighted<() => Piece>([
    [3, () => [`${pronoun} ${relative.relation} `, phi('NAME', relative.person.first)]],
    [2, () => [`${pronoun} ${relative.relation}, `, mentionPerson(rng, relative.person), ',']],
    [1, () => [`${relative.relation} (`, phi('NAME', fullName(rng, relative.person)), ')']],
    [1, () => [phi('NAME', relative.person.first), ` (${relative.relation})`]],
  ])();
}

function relativeAge(cast: Cast): Piece {
  const age = cast.rng.int(70, 103);
  return [age > 89 ? phi('AGE', String(age)) : String(age), cast.rng.pick([' years old', ' and frail', ' and lives with them'])];
}

export function socialHistory(cast: Cast): Piece {
  const rng = cast.rng;
  const { subject } = cast.they;
  const Subject = subject.charAt(0).toUpperCase() + subject.slice(1);
  const sentences: Piece[] = [
    [Subject, ' lives in ', phi('ADDRESS', cast.home.city.name), rng.chance(0.4) ? [', ', phi('ADDRESS', cast.home.city.state)] : '', ' with ', relativeMention(cast), '.'],
    [rng.pick(['Works at ', 'Works as a driver for ', 'Employed by ', 'Retired from ', 'Formerly worked at ', 'Works nights at ']), phi('ORGANIZATION', cast.employer), '.'],
    [occupationSentence(cast)],
    [rng.pick(['Originally from ', 'Born in ', 'Moved here from ', 'Recently traveled to ']), phi('ADDRESS', cast.pools.places.worldCity(rng).name), rng.chance(0.5) ? ` in ${rng.int(1970, 2022)}` : '', '.'],
    [rng.pick(['Resides at ', 'Lives at ', 'Currently staying at ']), phi('ORGANIZATION', cast.careHome), '.'],
    [rng.pick(['Lives alone at ', 'Home address: ', 'Lives with family at ']), addressBlock(cast), '.'],
    [rng.pick(['Attends ', 'Is a student at ', 'In 10th grade at ', 'Teaches at ']), phi('ORGANIZATION', cast.school), '.'],
    // A relative's age over 89 is PHI too; younger ones are not.
    ['Caregiver for ', cast.they.possessive, ' ', rng.pick(['mother', 'father', 'aunt', 'grandmother']), ', who is ', relativeAge(cast), '.'],
    [narrative(rng, 1, 2)],
    ['Tobacco: ', rng.pick(['never', 'former, quit 2012', 'current 1/2 ppd', 'denies']), '. Alcohol: ', rng.pick(['none', 'occasional', 'daily', 'quit in 2001']), '. Drugs: ', rng.pick(['denies', 'marijuana occasionally', 'remote cocaine use']), '.'],
  ];
  return join(rng.sample(sentences, rng.int(2, 5)), ' ');
}

export function familyHistory(cast: Cast): Piece {
  const rng = cast.rng;
  const relatives = ['Mother', 'Father', 'Sister', 'Brother', 'Maternal grandmother', 'Paternal uncle'];
  return join(rng.sample(relatives, rng.int(1, 3)).map((r) => `${r}: ${problem(rng)}${rng.chance(0.3) ? `, died at ${rng.int(45, 89)}` : ''}.`), ' ');
}

/** Sentences that tie a clinician to the patient ("Seen by Dr. Khan", "d/w Dr. Lee's team"). */
export function clinicianSentence(cast: Cast): Piece {
  const rng = cast.rng;
  const who = rng.pick([cast.attending, cast.consultant, cast.resident, cast.pcp]);
  return rng.pick<() => Piece>([
    () => ['Case discussed with ', mentionClinician(rng, who), rng.pick([' who agrees with plan.', ' of ' + rng.pick(['cardiology', 'nephrology', 'GI', 'ID', 'neurology']) + '.', '.'])],
    () => ['Seen and examined with ', mentionClinician(rng, who), '.'],
    () => ['Appreciate ', possessive(rng, who), ' recommendations.'],
    () => ['Per ', mentionClinician(rng, who), ', ', rng.pick(['continue current regimen', 'hold anticoagulation', 'obtain MRI', 'no surgical intervention']), '.'],
    () => [rng.pick(['Paged ', 'Called ', 'Spoke with ']), mentionClinician(rng, who, rng.chance(0.7)), rng.chance(0.5) ? [' at ', pager(rng)] : '', ' regarding ', rng.pick(['K 5.9', 'new fever', 'hypotension', 'the CT result']), '.'],
    () => ['Follows with ', mentionClinician(rng, cast.pcp), ' at ', phi('ORGANIZATION', cast.clinic), '.'],
    () => [rng.pick(['Previously admitted to ', 'Known to ', 'Recent stay at ', 'Followed at ']), phi('ORGANIZATION', cast.hospitalShort), rng.pick([' for ' + problem(rng), '', ' in ' + cast.calendar.year()]), '.'],
    () => ['Returns to the ', phi('ORGANIZATION', cast.hospitalShort), ' ', rng.pick(['ED', 'clinic', 'cath lab', 'infusion center']), ' on ', cast.calendar.date(cast.calendar.shift(rng.int(1, 30))), '.'],
    () => ['Transferred from ', phi('ORGANIZATION', cast.otherHospital), rng.chance(0.5) ? [' in ', phi('ADDRESS', cast.pools.places.usCity(rng).name)] : '', ' for ', rng.pick(['higher level of care', 'cardiac cath', 'neurosurgical evaluation', 'ECMO evaluation']), '.'],
    () => ['Family meeting with ', relativeMention(cast), ' and ', mentionClinician(rng, cast.attending), ' on ', cast.calendar.date(cast.calendar.shift(rng.int(-3, 0))), '.'],
    () => [rng.pick(['d/w ', 'D/w ', 'Discussed with attending ', 'Staffed with ']), mentionClinician(rng, who), rng.chance(0.4) ? ` (${rng.pick(['cardiology', 'renal', 'ortho', 'heme/onc', 'night float'])})` : '', '.'],
    () => [rng.pick(['Resident: ', 'Fellow: ', 'Scribe: ', 'Medical student: ', 'Covering: ']), phi('NAME', fullName(rng, rng.pick([cast.resident, cast.nurse]))), rng.chance(0.5) ? ['; attending ', mentionClinician(rng, cast.attending)] : ''],
    () => [rng.pick(['Spanish', 'Vietnamese', 'Somali', 'Mandarin', 'ASL', 'Arabic', 'Haitian Creole']), ' interpreter ', phi('NAME', cast.pools.names.person(rng).first), ' ', rng.pick(['(ID ', '#', 'ID# ']), identifier(rng, 'encounter'), rng.pick([') used for the visit.', ' present throughout.'])],
    () => ['I, ', phi('NAME', `${cast.attending.first} ${cast.attending.last}`), ', MD, personally saw and examined the patient on ', cast.calendar.date(), '.'],
    () => ['Will ask ', possessive(rng, who), ' opinion ', rng.pick(['regarding surgery', 'before restarting anticoagulation', 'on the biopsy'])],
    () => [cast.they.possessive.replace(/^./, (c) => c.toUpperCase()), ' ', rng.pick(SPECIALISTS), rng.pick([' ', ', ']), phi('NAME', `${who.first} ${who.last}`), rng.pick([', retired last year.', ' moved away.', ' is away until next month.', ', has been following since 2015.'])],
    () => [rng.pick(['Followed by ', 'Sees ', 'Established with ']), rng.pick(['hepatology', 'cardiology', 'nephrology', 'oncology', 'rheum']), ' (', mentionClinician(rng, who), ') at ', phi('ORGANIZATION', cast.hospitalShort), '.'],
    () => procedureStaff(cast),
  ])();
}

export function familyContactSentence(cast: Cast): Piece {
  const rng = cast.rng;
  const relative = cast.relative();
  return rng.pick<() => Piece>([
    () => ['Spoke with ', relativeMention(cast, relative), ' by phone at ', phone(rng), '.'],
    () => ['Emergency contact: ', phi('NAME', fullName(rng, relative.person)), ` (${relative.relation}) `, phone(rng)],
    () => [rng.pick(['Spoke with ', 'Updated ', 'Called ']), phi('NAME', relative.person.first), ' about ', rng.pick(['the plan', 'discharge', 'goals of care', 'the results']), '.'],
    () => [relativeMention(cast, relative), ' at bedside', rng.pick(['.', ', updated.', ', questions answered.'])],
    () => ['HCP: ', phi('NAME', fullName(rng, relative.person)), ` (${relative.relation}), `, rng.pick(['cell ', 'ph ', 'tel ', '']), phone(rng), '.'],
  ])();
}

export function followUp(cast: Cast): Piece {
  const rng = cast.rng;
  const when = cast.calendar.date(cast.calendar.shift(rng.int(3, 60)));
  return rng.pick<() => Piece>([
    () => ['Follow up with ', mentionClinician(rng, cast.pcp), ' on ', when, rng.chance(0.5) ? [' at ', cast.calendar.time()] : '', '.'],
    () => ['Return to ', phi('ORGANIZATION', cast.clinic), ' in ', rng.pick(['1 week', '2 weeks', '3 months']), '. Call ', cast.clinicPhone, ' with questions.'],
    () => ['Appointment: ', when, ' with ', mentionClinician(rng, cast.consultant), ', ', phi('ORGANIZATION', cast.clinic), '.'],
    () => ['F/u ', rng.pick(['PCP', 'cardiology', 'clinic']), ' ', when, '.'],
    () => ['Questions? Call ', cast.clinicPhone, ' or visit ', cast.website, '.'],
  ])();
}

export function signature(cast: Cast, signer = cast.attending): Piece {
  const rng = cast.rng;
  const when = cast.calendar.dateTime(cast.calendar.shift(rng.int(0, 2)));
  const block: Piece[] = [
    [rng.pick(['Electronically signed by: ', 'Signed: ', 'Signed by ', 'Dictated by: ', 'Authenticated by ', '', '-- ', '/s/ ', 'Attending: ', 'Author: ']), signatureName(rng, signer), rng.chance(0.6) ? [' ', when] : ''],
  ];
  if (rng.chance(0.3)) block.push([rng.pick(['Pager ', 'pgr ', 'Pager #']), pager(rng)]);
  if (rng.chance(0.2)) block.push(['NPI: ', identifier(rng, 'npi')]);
  if (rng.chance(0.25)) block.push([phi('NAME', initials(signer)), '/', phi('NAME', initials(cast.nurse).toLowerCase()), rng.chance(0.5) ? [rng.pick([' ', ' D: ', ' T: ']), cast.calendar.fullDate()] : '']);
  if (rng.chance(0.15)) block.push(['DD: ', cast.calendar.fullDate(), rng.pick(['  ', ' ', '\n']), 'DT: ', cast.calendar.fullDate(cast.calendar.shift(1)), rng.chance(0.5) ? [rng.pick(['  Job #: ', ' JOB ', ' Doc ID ']), identifier(rng, 'encounter')] : '']);
  if (rng.chance(0.3)) block.push(['cc: ', join([mentionClinician(rng, cast.pcp), phi('ORGANIZATION', cast.clinic)].slice(0, rng.int(1, 2)), '; ')]);
  if (rng.chance(0.2)) block.push(['I saw and evaluated the patient with the resident, ', mentionClinician(rng, cast.resident), ', and agree with the findings and plan as documented.']);
  return ['\n', join(block, '\n'), '\n'];
}

export function hpi(cast: Cast): Piece {
  const rng = cast.rng;
  const opening: Piece = [
    rng.weighted<() => Piece>([
      [3, () => [mentionPerson(rng, cast.patient), ' is a ']],
      [3, () => ['Pt is a ']],
      [2, () => ['This is a ']],
      [1, () => ['The patient is a ']],
    ])(),
    agePhrase(cast), ' ', sexWord(cast), ' with ', rng.pick(['a history of ', 'PMH of ', 'hx ', 'PMHx significant for ']), problem(rng), ' and ', problem(rng),
    rng.pick([' who presents with ', ' presenting with ', ' admitted for ', ' seen today for ', ' here for follow up of ']), rng.pick(['worsening ', 'acute ', '', 'recurrent ']),
    rng.pick(['chest pain', 'dyspnea', 'abdominal pain', 'a fall', 'fever', 'hyperglycemia', 'syncope', 'confusion', 'leg swelling']), '. ',
  ];
  const extras: Piece[] = [narrative(rng, 2, 6)];
  if (rng.chance(0.5)) extras.push(' ', patientSentence(cast));
  if (rng.chance(0.5)) extras.push(' ', clinicianSentence(cast));
  if (rng.chance(0.4)) extras.push(' ', ['Symptoms began on ', cast.calendar.date(cast.calendar.shift(-rng.int(1, 20))), rng.pick(['.', ' while at work.', ' after a fall at home.'])]);
  if (rng.chance(0.35)) extras.push(' ', familyContactSentence(cast));
  if (rng.chance(0.2)) extras.push(' ', ['Last seen at ', phi('ORGANIZATION', cast.otherHospital), ' on ', cast.calendar.date(cast.calendar.shift(-rng.int(20, 400))), '.']);
  return [opening, extras];
}

/** The patient named mid-narrative, often by first name alone and with no title. */
export function patientSentence(cast: Cast): Piece {
  const rng = cast.rng;
  const name = rng.chance(0.5) ? phi('NAME', cast.patient.first) : mentionPerson(rng, cast.patient);
  return rng.pick<() => Piece>([
    () => [name, ' ', rng.pick(['reports', 'states', 'notes', 'says']), ' ', rng.pick(['feeling better today', 'the pain is unchanged', 'she has not slept well', 'he ran out of his inhaler', 'no new concerns']), '.'],
    () => [rng.pick(['Asked ', 'Encouraged ', 'Reminded ']), name, ' to ', rng.pick(['bring all pill bottles', 'check sugars twice daily', 'call if fever', 'use the incentive spirometer']), '.'],
    () => [name, rng.pick([' was seen ', ' was evaluated ', ' presented ']), 'at ', phi('ORGANIZATION', cast.otherHospital), ' on ', cast.calendar.date(cast.calendar.shift(-rng.int(2, 90))), '.'],
    () => [name, "'s ", rng.pick(['sugars', 'blood pressures', 'home readings', 'weights']), ' ', rng.pick(['have been high', 'are at goal', 'are logged in the portal']), '.'],
  ])();
}

export function medsList(cast: Cast, min = 3, max = 12): Piece {
  const rng = cast.rng;
  const mark = bullet(cast);
  return lines(Array.from({ length: rng.int(min, max) }, () => medication(rng)), mark);
}

export function vitalsLine(cast: Cast): Piece {
  return [vitals(cast.rng), '\n'];
}

export function exam(cast: Cast): Piece {
  return lines(examLines(cast.rng));
}

export function assessmentPlan(cast: Cast): Piece {
  const rng = cast.rng;
  const items: Piece[] = assessmentPlanItems(rng);
  if (rng.chance(0.4)) items.push(clinicianSentence(cast));
  if (rng.chance(0.4)) items.push(familyContactSentence(cast));
  if (rng.chance(0.5)) items.push(followUp(cast));
  if (rng.chance(0.2)) items.push(['Code status: ', rng.pick(['Full code', 'DNR/DNI', 'DNR, OK to intubate']), rng.chance(0.5) ? [', confirmed with ', relativeMention(cast)] : '', '.']);
  const numbered = rng.chance(0.5);
  return lines(items.map((item, index) => (numbered ? [`${index + 1}. `, item] : ['- ', item])));
}

export function addressBlock(cast: Cast): Piece {
  const rng = cast.rng;
  const { home } = cast;
  if (rng.chance(0.08)) {
    const box = rng.pick([`PO Box ${rng.int(1, 9999)}`, `P.O. Box ${rng.int(1, 999)}`, `RR ${rng.int(1, 9)} Box ${rng.int(1, 300)}`]);
    return [phi('ADDRESS', box), ', ', phi('ADDRESS', home.city.name), ', ', phi('ADDRESS', home.city.state), ' ', phi('ADDRESS', home.zip)];
  }
  const cityLine: Piece = [phi('ADDRESS', home.city.name), ', ', phi('ADDRESS', rng.chance(0.8) ? home.city.state : home.city.stateName), rng.pick([' ', '  ']), phi('ADDRESS', rng.chance(0.15) ? `${home.zip}-${String(rng.int(1000, 9999))}` : home.zip)];
  const street: Piece = phi('ADDRESS', home.unit ? `${home.street}${rng.pick([', ', ' '])}${home.unit}` : home.street);
  return rng.chance(0.6) ? [street, '\n', cityLine] : [street, ', ', cityLine];
}

export function pastHistory(cast: Cast): Piece {
  const rng = cast.rng;
  const mark = bullet(cast);
  return [
    section(cast, 'Past Medical History', 'PMH', lines(problemList(rng), mark)),
    rng.chance(0.7) ? section(cast, 'Past Surgical History', 'PSH', surgicalHistory(rng).join(', ') || 'None') : '',
    section(cast, 'Allergies', 'All', allergies(rng)),
  ];
}

export function rosSection(cast: Cast): Piece {
  return section(cast, 'Review of Systems', 'ROS', lines(reviewOfSystems(cast.rng)));
}

export function imagingSection(cast: Cast): Piece {
  const rng = cast.rng;
  const results: Piece[] = imaging(rng);
  if (rng.chance(0.3)) results.push(['Outside films from ', phi('ORGANIZATION', cast.otherHospital), ' dated ', cast.calendar.date(cast.calendar.shift(-rng.int(2, 60))), ' reviewed.']);
  return section(cast, 'Imaging/Studies', 'Imaging', lines(results));
}

/** Social history as its own section, with family and employer details. */
export function socialSection(cast: Cast): Piece {
  return [section(cast, 'Social History', 'SH', socialHistory(cast)), cast.rng.chance(0.6) ? section(cast, 'Family History', 'FH', familyHistory(cast)) : ''];
}

/** Telehealth and device details: the rarer identifiers (IP, device serial, licence). */
export function rareIdentifierSentence(cast: Cast): Piece {
  const rng = cast.rng;
  return rng.pick<() => Piece>([
    () => ['Video visit; patient connected from IP ', ipAddress(rng), ' via ', url(rng, cast.hospital), '.'],
    () => [rng.pick(['Pacemaker', 'ICD', 'Insulin pump', 'CGM', 'LVAD']), ' ', rng.pick(['serial #', 'S/N ', 'serial number ', 'SN: ']), identifier(rng, 'serial'), ', interrogated ', cast.calendar.date(cast.calendar.shift(-rng.int(10, 200))), '.'],
    () => ["Driver's license ", rng.pick(['#', 'no. ', '']), identifier(rng, 'licence'), ' verified at registration.'],
    () => ['Vehicle involved: ', rng.pick(['plate ', 'license plate ', 'tag ']), identifier(rng, 'plate'), rng.chance(0.5) ? [', VIN ', identifier(rng, 'vin')] : '', '.'],
    () => ['Prescriber DEA ', identifier(rng, 'dea'), ', NPI ', identifier(rng, 'npi'), '.'],
    () => ['Claim ', identifier(rng, 'claim'), ' submitted to ', rng.pick(['Medicare', 'Aetna', 'Blue Cross', 'Medicaid', 'UnitedHealthcare', 'Humana']), ', member ID ', identifier(rng, 'member'), '.'],
    () => ['Resident of ', phi('ADDRESS', cast.home.county), rng.chance(0.5) ? [', ', phi('ADDRESS', cast.home.city.stateName || cast.home.city.state)] : '', '; ', rng.pick(['county EMS transported.', 'APS case open.', 'eligible for county services.'])],
    () => ['Transferred from ', phi('ADDRESS', cast.pools.places.usCity(rng).name), ' by ', rng.pick(['ambulance', 'helicopter', 'private vehicle']), '.'],
    () => ['Old MRN ', identifier(rng, 'mrn'), ' merged into current record ', cast.mrn, '.'],
    () => [rng.pick(['APS case #', 'CPS report no. ', 'Police report ']), identifier(rng, 'encounter'), ' filed ', cast.calendar.date(), '.'],
    () => ["Workers' comp claim ", identifier(rng, 'claim'), ' through ', phi('ORGANIZATION', cast.employer), '.'],
  ])();
}

/** The header repeated after a page break when a printed or portal note is copied whole. */
export function pageBreak(cast: Cast, page: number): Piece {
  const rng = cast.rng;
  return [
    `\nPage ${page} of ${page + rng.int(0, 2)}\n`,
    phi('NAME', fullName(rng, cast.patient)), rng.pick(['  ', ' | ', '\t']), rng.pick(['MRN ', 'MRN: ', '#']), cast.mrn,
    rng.chance(0.5) ? [rng.pick(['  DOB ', ' | DOB: ']), cast.calendar.fullDate(cast.dob)] : '', '\n',
  ];
}

const OCCUPATIONS = [
  'machinist', 'schoolteacher', 'teacher', 'retired teacher', 'firefighter', 'retired firefighter', 'carpenter', 'electrician', 'plumber',
  'accountant', 'cashier', 'truck driver', 'bus driver', 'mail carrier', 'librarian', 'engineer', 'software engineer', 'paralegal',
  'line cook', 'chef', 'waitress', 'bartender', 'farmer', 'fisherman', 'landscaper', 'security guard', 'police officer',
  'corrections officer', 'custodian', 'home health aide', 'CNA', 'hairdresser', 'barber', 'mechanic', 'auto mechanic', 'welder',
  'construction worker', 'roofer', 'house painter', 'pastor', 'social worker', 'pharmacist', 'dental hygienist', 'student',
  'homemaker', 'disabled', 'unemployed', 'retired', 'nurse', 'EMT', 'warehouse worker', 'forklift operator', 'seamstress',
];

/** A job, never PHI: the model must not take "machinist" or "firefighter" for an employer. */
function occupation(rng: Rng): string {
  return rng.pick(OCCUPATIONS);
}

function occupationSentence(cast: Cast): Piece {
  const rng = cast.rng;
  const job = occupation(rng);
  return rng.pick<() => Piece>([
    () => [rng.pick(['Retired ', 'Former ', 'Works as a ', 'Worked as a ', 'Occupation: ']), job, '.'],
    () => ['Works as a ', job, ' at ', phi('ORGANIZATION', cast.employer), '.'],
    () => [`${job.charAt(0).toUpperCase()}${job.slice(1)}`, rng.pick([' by trade.', ', on disability since 2019.', ', still working full time.'])],
    () => ['Retired ', job, ' from ', phi('ADDRESS', cast.home.city.name), ', lives with ', relativeMention(cast), '.'],
  ])();
}

const SPECIALISTS = ['cardiologist', 'oncologist', 'nephrologist', 'neurologist', 'endocrinologist', 'PCP', 'surgeon', 'psychiatrist', 'therapist', 'dermatologist'];

const REGISTRATION_FIELDS: readonly Piece[] = [
  'Religion: Catholic', 'Religion: none', 'Religion: Muslim', 'Language: English', 'Preferred language: Spanish', 'Language: Portuguese, interpreter needed',
  'Marital status: married', 'Marital status: Widowed', 'Race: declined', 'Ethnicity: Not Hispanic or Latino', 'Insurance: Medicare', 'Insurance: BCBS',
  'Insurance: MassHealth', 'Code status: Full code', 'Code Status: DNR/DNI', 'Advance directive: on file', 'Living situation: lives alone, 2nd floor apartment',
  'Veteran: yes (Army)', 'Education: high school', 'Handedness: right',
];

const PHARMACY_CHAINS = ['CVS', 'Walgreens', 'Rite Aid', 'Walmart Pharmacy', 'Costco Pharmacy', 'Kroger Pharmacy', 'Stop & Shop Pharmacy', 'Publix Pharmacy'];

/** The staff lines of an operative or procedure note ("Surgeon: ...", "Anesthesia: GETA (Dr. ...)"). */
function procedureStaff(cast: Cast): Piece {
  const rng = cast.rng;
  const staff: Piece[] = [
    [rng.pick(['Surgeon: ', 'SURGEON: ', 'Proceduralist: ', 'Operator: ']), rng.chance(0.5) ? phi('NAME', fullName(rng, cast.attending)) : mentionClinician(rng, cast.attending)],
    [rng.pick(['Assistant: ', 'Assistants: ', 'Assist: ', 'First assistant: ']), mentionClinician(rng, cast.resident)],
    [rng.pick(['Anesthesia: ', 'Anesthesiologist: ']), rng.pick(['GETA', 'MAC', 'spinal', 'general']), ' (', mentionClinician(rng, cast.consultant), ')'],
    [rng.pick(['EBL: ', 'Estimated blood loss: ']), `${rng.int(5, 400)} cc`],
    [rng.pick(['Specimens: ', 'Specimen: ']), rng.pick(['appendix to path', 'none', 'gallbladder to pathology', 'margins x3'])],
    [rng.pick(['Dispo: ', 'Disposition: ']), rng.pick(['PACU then floor', 'PACU then 6 West', 'home from PACU', 'ICU'])],
  ];
  return [join(staff.slice(0, rng.int(3, staff.length)), '\n'), '\n'];
}
