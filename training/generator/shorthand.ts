import type { Cast } from './cast';
import { isPhi, phi, type Piece } from './pieces';
import type { Rng } from './rng';
import { partition, type PoolSide } from './split';

/**
 * ICU and ward nursing notes written system by system in dense shorthand ("gi/gu: ogt to lcws,
 * min drainage. tf's at goal 60cc/hr"). Real notes use far more abbreviations than a model can
 * learn one by one, and a model that has seen few of them takes an unfamiliar short word
 * ("lcws", "mtg", "amts") for a name. So findings are drawn from many varied phrases, loose
 * clauses from a pool of abbreviations of which a fifth is kept for held-out notes, and some slots
 * hold made-up consonant clusters that stand for every abbreviation the pool lacks. PHI in these
 * notes is sparse and sits where it does in real ones: family at the bedside, the clinician who
 * was updated, the unit, the place a patient goes next.
 */

type Finding = (rng: Rng) => string;

const n = (rng: Rng, min: number, max: number) => String(rng.int(min, max));
const decimal = (rng: Rng, min: number, max: number) => (rng.int(min * 10, max * 10) / 10).toFixed(1);
const decade = (rng: Rng, min: number, max: number) => `${rng.int(min / 10, max / 10) * 10}s`;

const RHYTHMS = ['nsr', 'sr', 'st', 'sb', 'afib', 'a-fib', 'aflutter', 'paced', 'v-paced', 'a-paced', '1st deg avb', 'svt'];
const ECTOPY = ['no ectopy', 'occ pvcs', 'rare pacs', 'freq pvcs', 'no vea', 'occ couplets', 'short runs svt'];
const DRIPS = ['neo', 'levo', 'levophed', 'dopa', 'dobutamine', 'milrinone', 'nitro', 'ntg', 'esmolol', 'dilt', 'cardizem', 'amio', 'heparin', 'hep', 'insulin', 'propofol', 'prop', 'fentanyl', 'versed', 'precedex', 'vaso', 'lasix', 'nicardipine', 'cisatracurium'];
const DRUGS = ['tylenol', 'apap', 'dilaudid', 'mso4', 'morphine', 'oxycodone', 'percocet', 'ativan', 'haldol', 'zofran', 'reglan', 'lasix', 'kcl', 'mag sulfate', 'ca gluconate', 'vanco', 'zosyn', 'cefepime', 'ctx', 'levo', 'flagyl', 'cipro', 'bactrim', 'fluconazole', 'acyclovir', 'lopressor', 'hydral', 'captopril', 'colace', 'senna', 'dulcolax', 'lactulose', 'protonix', 'ppi', 'sq hep', 'lovenox', 'coumadin', 'asa', 'plavix', 'nebs', 'albuterol', 'atrovent', 'solumedrol', 'ssi', 'nph', 'lantus', 'kayexalate', 'narcan', 'benadryl', 'ambien', 'seroquel', 'precedex'];
const AMOUNTS = ['sm', 'small', 'mod', 'lg', 'large', 'min', 'scant', 'copious', 'mod amts', 'sm amts', 'lg amts'];
const SECRETIONS = ['thick tan', 'thin white', 'thick yellow', 'blood tinged', 'clear', 'creamy', 'thick white', 'brown'];

/** Clinical shorthand that reads like a word to no one but a nurse; also fills free slots. */
const ABBREVIATIONS = `
abd abg abx ac adeq adl afeb amb amt amts approx assess avss bid bilat bipap bm bmp bs bx c/d/i c/o cath cbc
cbg ccu cont cpap cr crt cvp cx cxr d/c d/w dc'd decr dsg drsg dtr ecg ekg ett extub fc fen fio2 fm fs fx gcs
gtt h/o hct hgb hob hr hx i&o incr inr ivf ivpb ivp jp k lcws lis loc lytes mae map mdi meds mg mn mod mtg nc
neb ng ngt nka npo nrb nsr nt/nd o2 ogt oob ooc pcxr peep perrl perrla plt po pox ppx prbc prn ps pt ptt pvc
q1h q2h q4h qd qs rass re: req'd resp rr rx s/p sats sb sbp sl sm sob sq ssi st sxn sxn'd tbd tf tfs tf's tol
tx u/o uo uop vss w/ w/o wbc wnl x1 x2 yest abx'd trach peg picc hd cvvh crrt rrt tte ct mri us kub
`.split(/\s+/).filter(Boolean);

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
/** A made-up abbreviation: three or four consonants, a shape no name has ("lcws", "dsg"). */
function madeUpAbbreviation(rng: Rng): string {
  return Array.from({ length: rng.int(3, 4) }, () => rng.pick([...CONSONANTS])).join('');
}

const SYSTEMS: Record<string, readonly Finding[]> = {
  neuro: [
    (r) => r.pick(['a+ox3', 'a&ox3', 'a&o x4', 'aox2', 'alert and oriented x3', 'oriented to self only', 'lethargic but arousable', 'sedated', 'arousable to voice', 'nonverbal', 'pleasantly confused']),
    (r) => r.pick(['mae', 'mae x4', 'moves all ext', 'mae to command', 'weak lue', 'grips equal', 'fc', 'follows commands', 'unable to follow commands']),
    (r) => r.pick(['perrla', 'perrl', `pupils ${n(r, 2, 5)}mm brisk`, `perrl ${n(r, 2, 4)}mm`, 'pupils =/sluggish']),
    (r) => `gcs ${n(r, 3, 15)}${r.pick(['', 't'])}`,
    (r) => `rass ${r.pick(['0', '-1', '-2', '-3', '+1'])}`,
    (r) => r.pick(['c/o ha', 'denies ha', 'no sz activity', 'ciwa ' + n(r, 0, 20), 'cam-icu neg', 'cam-icu +']),
    (r) => `on ${r.pick(['propofol', 'prop', 'fentanyl', 'versed', 'precedex'])} ${n(r, 5, 50)}${r.pick(['mcg/kg/min', 'mcg/hr', 'mg/hr'])}`,
  ],
  cv: [
    (r) => `${r.pick(['hr', ''])} ${decade(r, 50, 130)}${r.pick(['', '-' + decade(r, 60, 140)])} ${r.pick(RHYTHMS)}`.trim(),
    (r) => `${r.pick(RHYTHMS)} ${r.pick(ECTOPY)}`,
    (r) => `sbp ${decade(r, 80, 170)}${r.pick(['', '-' + decade(r, 90, 180)])}`,
    (r) => `bp ${n(r, 85, 180)}/${n(r, 40, 100)}`,
    (r) => `map ${r.pick(['>65', '>60', n(r, 55, 95)])}`,
    (r) => `${r.pick(DRIPS)} gtt ${r.pick(['@', 'at'])} ${decimal(r, 0, 10)}${r.pick(['mcg/kg/min', 'mcg/min', 'u/hr', 'mg/hr', ''])}`,
    (r) => `${r.pick(DRIPS)} ${r.pick(['off since', 'weaned off at', 'dc\'d at'])} ${n(r, 0, 23).padStart(2, '0')}00`,
    (r) => `${r.pick(['k+', 'k', 'mg', 'ca', 'phos'])} ${decimal(r, 1, 5)}${r.pick([' repleted', ', repleted per ss', ' - repleted w/ ' + n(r, 20, 60) + 'meq kcl', ''])}`,
    (r) => `cvp ${n(r, 2, 12)}-${n(r, 8, 18)}`,
    (r) => r.pick(['pp +2 bilat', 'pulses palp x4', 'pedal pulses dopplerable', `edema +${n(r, 1, 3)} ble`, 'no edema', 'cap refill <3 sec', 'skin warm/dry']),
    (r) => `ci ${decimal(r, 1, 4)}, svr ${n(r, 600, 1800)}`,
  ],
  resp: [
    (r) => `ls ${r.pick(['clear', 'cta', 'coarse', 'dim', 'diminished', 'rhonchi', 'crackles'])} ${r.pick(['bilat', 'throughout', 'at bases', 'r>l', 'lll', 'rll', 'upper lobes', ''])}`.trim(),
    (r) => `on ${n(r, 1, 6)}l nc${r.pick(['', ', sats ' + n(r, 88, 100) + '%'])}`,
    (r) => `sats ${n(r, 88, 95)}-${n(r, 95, 100)}%`,
    (r) => `${r.pick(['ac', 'a/c', 'simv', 'prvc'])} ${n(r, 350, 600)}x${n(r, 10, 24)} peep ${n(r, 5, 15)} fio2 ${n(r, 3, 10)}0%`,
    (r) => `cpap/ps ${n(r, 5, 10)}/${n(r, 5, 15)}`,
    (r) => `${r.pick(['sxn\'d', 'suctioned', 'sx\'d'])} for ${r.pick(AMOUNTS)} ${r.pick(SECRETIONS)} secretions`,
    (r) => `abg 7.${n(r, 20, 49)}/${n(r, 28, 70)}/${n(r, 55, 180)}`,
    (r) => r.pick(['cough weak, nonproductive', 'strong cough', 'nebs given', 'ipx q4h', 'is x10 q1h', 'weaned to 40% fm', `ett 7.5 @ ${n(r, 20, 25)} lip`, 'trach midline, site c/d/i', 'rr even and unlabored']),
  ],
  gi: [
    (r) => r.pick(['abd soft, nt/nd', 'abd soft, +bs', '+bs x4', 'hypoactive bs', 'abd firm, distended', 'abd obese, soft']),
    (r) => r.pick(['tolerating clears', 'npo', 'npo for procedure', 'tolerating po', 'poor po intake', 'diet advanced to full liquids']),
    (r) => `${r.pick(['tf\'s', 'tfs', 'tf', 'tube feeds'])} ${r.pick(['@ goal', 'at goal', 'advancing to goal'])} ${n(r, 2, 9)}0cc/hr via ${r.pick(['ngt', 'ogt', 'peg', 'dht'])}`,
    (r) => `${r.pick(['ogt', 'ngt'])} to ${r.pick(['lcws', 'lis', 'lws', 'gravity'])}, ${r.pick(AMOUNTS)} ${r.pick(['bilious', 'green', 'coffee ground', ''])} drainage`,
    (r) => r.pick(['no bm', 'no bm this shift', `lg loose bm, ${r.pick(['guaiac neg', 'ob neg', 'guaiac +'])}`, 'sm formed bm', 'flexiseal intact']),
    (r) => `fs ${r.pick(['q6h', 'qid', 'ac/hs'])}, ${n(r, 90, 260)}-${n(r, 120, 320)}, covered per ssi`,
  ],
  gu: [
    (r) => r.pick(['foley draining clear yellow urine', 'foley patent', 'voiding qs', 'foley dc\'d, due to void', 'condom cath']),
    (r) => `${r.pick(['uo', 'u/o', 'uop'])} ${r.pick(['adeq', 'adequate', 'marginal', n(r, 20, 60) + '-' + n(r, 60, 200) + 'cc/hr'])}`,
    (r) => `bun/cr ${n(r, 10, 90)}/${decimal(r, 0, 6)}`,
    (r) => `${r.pick(['diuresed w/', 'gave', 'rec\'d'])} lasix ${n(r, 2, 10)}0 iv, ${r.pick(['good response', 'neg ' + n(r, 2, 20) + '00cc', 'minimal response'])}`,
    (r) => r.pick(['lytes repleted', 'lytes wnl', 'crrt running w/o issue', 'hd today, ' + n(r, 1, 4) + 'l off']),
  ],
  skin: [
    (r) => r.pick(['intact', 'skin intact', 'coccyx reddened, duoderm applied', 'stage ii on sacrum, dsg changed', 'turned q2h', 'ivs patent, sites wnl', 'picc r arm, dsg c/d/i', 'ecchymosis abd from sq hep', 'heels floated', 'waffle boots on']),
    (r) => `jp draining ${r.pick(['ss', 'serosang', 'serous'])} fluid, ${n(r, 10, 200)}cc`,
  ],
  id: [
    (r) => r.pick(['afeb', 'afebrile', `tmax ${decimal(r, 98, 103)}`, `t ${decimal(r, 36, 40)}c`]),
    (r) => `wbc ${decimal(r, 3, 25)}${r.pick(['', ' from ' + decimal(r, 3, 25)])}`,
    (r) => r.pick(['bld cx x2 sent', 'ucx pnd', 'sputum cx sent', 'cx neg to date', 'mrsa swab neg', 'contact precautions', 'c diff pnd']),
    (r) => `${r.pick(['cont', 'on'])} ${r.pick(DRUGS)}/${r.pick(DRUGS)}${r.pick(['', ' day ' + n(r, 1, 14)])}`,
  ],
  heme: [
    (r) => `hct ${decimal(r, 18, 40)}${r.pick(['', ', ' + n(r, 1, 2) + 'u prbc given', ', stable'])}`,
    (r) => `plt ${n(r, 20, 400)}k`,
    (r) => `inr ${decimal(r, 0.9, 4)}`,
    (r) => `hep gtt @ ${n(r, 6, 18)}00u/hr, ptt ${n(r, 40, 110)}`,
  ],
  pain: [
    (r) => `${n(r, 0, 10)}/10, medicated w/ ${r.pick(DRUGS)} ${r.pick(['x1', n(r, 1, 10) + 'mg iv', n(r, 1, 2) + ' tabs po'])}${r.pick(['', ' w/ good effect', ' w/ relief', ', minimal relief'])}`,
    (r) => `fentanyl gtt @ ${n(r, 25, 200)}mcg/hr`,
  ],
};

const SYSTEM_HEADINGS: Record<string, readonly string[]> = {
  neuro: ['neuro', 'neuro', 'n', 'neuro/pain'], cv: ['cv', 'cv', 'c/v', 'cvs', 'cardiac'], resp: ['resp', 'resp', 'r', 'pulm', 'respiratory'],
  gi: ['gi', 'gi', 'gi/gu', 'fen/gi'], gu: ['gu', 'gu', 'renal', 'gu/renal'], skin: ['skin', 'skin', 'integ', 'wound'],
  id: ['id', 'id', 'inf dis'], heme: ['heme', 'hem'], pain: ['pain', 'comfort'],
};

const HEADERS = ['npn', 'npn 0700-1900', 'npn 7a-7p', 'npn 7p-7a', 'nursing progress note', 'micu npn', 'ccu nsg note', 'csru npn 1900-0700', 'nsg note 11p-7a', 'nursing note addendum', 'sicu npn', 'nursing admit note'];
const DISPOSITION = ['full code', 'dnr/dni', 'plan to tx to floor when bed avail', 'c/o to floor in am', 'cont current plan', 'monitor lytes', 'wean vent as tol', 'f/u cx', 'cont to monitor', 'support pt/family', 'cont to wean'];
const RELATIONS = ['wife', 'husb', 'husband', 'dtr', 'daughter', 'dau', 'son', 'sis', 'sister', 'bro', 'mother', 'father', 'niece', 'gd', 'gs', 'hcp'];

/** The abbreviations each side may use: a fifth are kept for held-out notes. */
const ABBREVIATIONS_BY_SIDE: Record<PoolSide, readonly string[]> = {
  seen: partition(ABBREVIATIONS, 'seen', (word) => word),
  unseen: partition(ABBREVIATIONS, 'unseen', (word) => word),
};

/** A clause of loose shorthand: an abbreviation or a made-up one with a value or a verdict. */
function looseClause(rng: Rng, side: PoolSide): string {
  const word = () => (rng.chance(0.25) ? madeUpAbbreviation(rng) : rng.pick(ABBREVIATIONS_BY_SIDE[side]));
  return rng.weighted<() => string>([
    [3, () => `${word()} ${rng.pick(['stable', 'wnl', 'cont', 'pnd', 'done', 'neg', 'sent', 'given', 'changed', 'd/c\'d', 'improved', 'unchanged', 'to f/u', 'x2', 'q4h', 'prn', 'ok'])}`],
    [2, () => `${word()} ${n(rng, 1, 300)}${rng.pick(['', 'cc', 'mg', '%', '/hr'])}`],
    [1, () => `${word()} ${word()}`],
    [1, () => `${rng.pick(['f/u', 'cont', 'd/w', 'check', 'monitor', 'recheck', 'awaiting'])} ${word()}`],
  ])();
}

/** Applies a change of case to every string of a note, PHI values included. */
function mapText(piece: Piece, change: (text: string) => string): Piece {
  if (typeof piece === 'string') return change(piece);
  if (isPhi(piece)) return phi(piece.label, change(piece.text));
  return piece.map((child) => mapText(child, change));
}

/** Nurses write all in lower case, all in capitals, or with capitals only where a clause starts. */
type Casing = 'lower' | 'clause' | 'upper';

/** The PHI a nursing note carries: family at the bedside, who was updated, where the patient goes. */
function familyAndDisposition(cast: Cast): Piece[] {
  const rng = cast.rng;
  const relative = cast.relative();
  const clinician = () => [rng.pick(['dr. ', 'dr ', 'Dr. ', 'Dr ']), phi('NAME', rng.pick([cast.attending, cast.resident, cast.consultant]).last)];
  const options: (() => Piece)[] = [
    () => [rng.pick(RELATIONS), ' ', phi('NAME', relative.person.first), rng.pick([' in to visit', ' at bedside', ' called', ' in']), rng.chance(0.5) ? [', updated by ', clinician()] : ''],
    () => [rng.pick(RELATIONS), ' ', phi('NAME', relative.person.first), ' called from ', phi('ADDRESS', rng.chance(0.5) ? cast.city.name : cast.home.city.name), rng.pick([', will visit tomorrow', ', updated', ''])],
    () => [rng.pick(['family mtg set for tues w/ sw and ', 'spoke w/ ', 'd/w ', 'updated by ', 'plan per ']), clinician(), rng.pick([' re: trach/peg', ' re: goals of care', '', ' at bedside'])],
    () => [rng.pick(['hcp is ', 'hcp: ']), rng.pick(RELATIONS.slice(0, 12)), ' ', phi('NAME', `${relative.person.first} ${relative.person.last}`)],
    () => [rng.pick(['?d/c to rehab at ', 'screening for ', 'accepted at ', 'plan d/c to ']), phi('ORGANIZATION', cast.careHome), rng.pick([' when bed avail', ' in am', ''])],
    () => [rng.pick(['remains in ', 'tx to ', 'c/o to ']), phi('ORGANIZATION', cast.ward)],
    () => [rng.pick(['report given to ', 'care turned over to ']), phi('NAME', cast.nurse.first), rng.pick([' rn', ', rn', ''])],
  ];
  return rng.sample(options, rng.int(1, 3)).map((option) => option());
}

/** One nursing note, system by system, in shorthand. */
export function systemsNursingNote(cast: Cast): Piece {
  const rng = cast.rng;
  const side = cast.pools.side;
  const casing = rng.weighted<Casing>([[5, 'lower'], [3, 'clause'], [2, 'upper']]);
  const heading = (text: string) => (casing === 'clause' ? text.charAt(0).toUpperCase() + text.slice(1) : text);
  const systems = rng.sample(Object.keys(SYSTEMS), rng.int(4, Object.keys(SYSTEMS).length));
  const separator = rng.pick([', ', '. ', '; ', ', ']);
  const lines: Piece[] = systems.map((system) => {
    const findings = rng.sample(SYSTEMS[system]!, rng.int(2, 4)).map((finding) => finding(rng));
    if (rng.chance(0.35)) findings.push(looseClause(rng, side));
    return [heading(rng.pick(SYSTEM_HEADINGS[system]!)), rng.pick([': ', ': ', '- ', '/ ', ' ']), findings.join(separator), rng.pick(['.', '', '.'])];
  });
  const family = familyAndDisposition(cast);
  lines.splice(rng.int(Math.max(1, lines.length - 2), lines.length), 0, [
    heading(rng.pick(['social', 'soc', 'family', 'psychosocial', 'dispo'])), ': ', family.map((piece, i) => [i > 0 ? separator : '', piece]), '.',
  ]);
  if (rng.chance(0.6)) lines.push([heading(rng.pick(['plan', 'a/p', 'p', 'dispo'])), ': ', rng.sample(DISPOSITION, rng.int(1, 3)).join(', '), rng.chance(0.3) ? [', ', looseClause(rng, side)] : '']);
  const nurse = cast.nurse;
  const signature = rng.weighted<() => Piece>([
    [3, () => [rng.pick(['- ', '', '-- ']), phi('NAME', `${nurse.first.charAt(0)}. ${nurse.last}`), rng.pick([' rn', ', rn', ' RN'])]],
    [2, () => [phi('NAME', `${nurse.first} ${nurse.last}`), rng.pick([', rn', ' rn', ', RN, BSN'])]],
    [1, () => [phi('NAME', nurse.first), ' rn']],
  ])();
  const note: Piece = [heading(rng.pick(HEADERS)), rng.pick(['\n', ': ', '\n\n']), lines.map((line) => [line, rng.pick(['\n', '\n', ' '])]), signature, '\n'];
  if (casing === 'lower') return mapText(note, (text) => text.toLowerCase());
  if (casing === 'upper') return mapText(note, (text) => text.toUpperCase());
  return note;
}
