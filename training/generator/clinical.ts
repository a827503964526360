import type { Rng } from './rng';
import { MEDICAL_WORDS, POSSESSIVE_EPONYMS } from './vocabulary';

/**
 * Clinical filler: the bulk of every note, so PHI is sparse as in real records. Eponyms, brand
 * names, scores and surname-like words are here on purpose as hard negatives: never labelled.
 */
export const PROBLEMS = [
  'hypertension', 'type 2 diabetes mellitus', 'hyperlipidemia', 'CAD s/p CABG', 'atrial fibrillation on Eliquis', 'CHF with reduced EF', 'COPD', 'asthma', 'CKD stage 3b', 'ESRD on HD', 'GERD', 'hypothyroidism', 'Graves disease', "Hashimoto's thyroiditis", 'obesity', 'OSA on CPAP', 'depression', 'generalized anxiety disorder', "Parkinson's disease", "Alzheimer's dementia", "Crohn's disease", 'ulcerative colitis', "Hodgkin lymphoma in remission", "non-Hodgkin lymphoma", 'Down syndrome', "Bell's palsy", "Cushing's syndrome", "Addison's disease", 'Wilms tumor (childhood)', "Sjogren's syndrome", 'Guillain-Barre syndrome', "Raynaud's phenomenon", "Barrett's esophagus", 'osteoarthritis', 'rheumatoid arthritis', 'gout', 'BPH', 'prostate cancer s/p prostatectomy', 'breast cancer s/p lumpectomy', 'DVT', 'PE', 'anemia of chronic disease', 'iron deficiency anemia', 'cirrhosis', 'hepatitis C', 'HIV on ART', 'migraine', 'seizure disorder', 'CVA with residual left weakness', 'TIA', 'peripheral neuropathy', 'PAD', 'AAA', 'osteoporosis', 'chronic low back pain', 'tobacco use disorder', 'alcohol use disorder', 'opioid use disorder on buprenorphine', 'schizophrenia', 'bipolar disorder', 'PTSD', 'ADHD', 'pancreatitis', 'cholelithiasis', 'nephrolithiasis', 'Meniere disease', 'Tourette syndrome', 'Kawasaki disease (age 4)', 'Marfan syndrome', 'Ehlers-Danlos syndrome', 'von Willebrand disease', 'Lyme disease', 'Hirschsprung disease',
];
export const EPONYM_FINDINGS = [
  "Murphy's sign negative", 'positive Murphy sign', "Babinski downgoing bilaterally", 'McBurney point tenderness', "Homan's sign negative", 'Kernig and Brudzinski negative', 'Romberg negative', "Tinel's sign positive at the wrist", 'Phalen test positive', "Trendelenburg gait", 'Chvostek sign absent', 'Rovsing sign negative', 'Lachman negative', 'McMurray negative', "Kussmaul respirations", 'Cheyne-Stokes breathing noted overnight', 'Austin Flint murmur not appreciated', "Virchow node not palpable", 'Allen test normal', 'Spurling negative', 'Glasgow Coma Scale 15', 'Levine sign', "Cullen and Grey Turner signs absent",
];
export const DEVICES = ['Foley catheter', 'Swan-Ganz catheter', 'Hickman line', 'PICC line', 'Jackson-Pratt drain', 'Penrose drain', 'Pleur-evac', 'Dobhoff tube', 'Salem sump', 'Bovie', 'Mayo stand', 'Luer lock', 'Ambu bag', 'Yankauer suction', 'Kelly clamp', 'Hoyer lift', 'Bair Hugger', 'Port-a-Cath', 'Ommaya reservoir', 'Dix-Hallpike maneuver', 'Heimlich valve'];

const DRUGS: readonly (readonly [string, readonly string[]])[] = [
  ['metformin', ['500 mg PO BID', '1000 mg twice daily', '850 mg with meals']],
  ['lisinopril', ['10 mg daily', '20 mg PO qd', '5 mg once a day']],
  ['atorvastatin (Lipitor)', ['40 mg nightly', '80 mg qhs']],
  ['amlodipine', ['5 mg daily', '10 mg PO daily']],
  ['Eliquis (apixaban)', ['5 mg BID', '2.5 mg twice daily']],
  ['warfarin (Coumadin)', ['5 mg daily, INR goal 2-3', '2.5 mg M/W/F']],
  ['Lasix (furosemide)', ['40 mg PO daily', '20 mg IV BID', '80 mg IV x1']],
  ['metoprolol succinate (Toprol XL)', ['25 mg daily', '50 mg daily']],
  ['metoprolol tartrate', ['12.5 mg BID', '25 mg PO q12h']],
  ['Tylenol (acetaminophen)', ['650 mg q6h PRN pain', '1 g q8h', '500 mg 2 tabs PRN']],
  ['Norco (hydrocodone/acetaminophen)', ['5/325 mg 1 tab q6h PRN', '10/325 mg q4-6h PRN']],
  ['oxycodone', ['5 mg q4h PRN severe pain', '10 mg q6h PRN']],
  ['insulin glargine (Lantus)', ['22 units qhs', '10 units SC nightly', '34 units at bedtime']],
  ['insulin lispro (Humalog)', ['sliding scale AC/HS', '4 units with meals']],
  ['levothyroxine (Synthroid)', ['75 mcg daily', '112 mcg qAM']],
  ['omeprazole (Prilosec)', ['20 mg daily', '40 mg BID']],
  ['pantoprazole', ['40 mg IV daily', '40 mg PO qd']],
  ['sertraline (Zoloft)', ['50 mg daily', '100 mg qd']],
  ['gabapentin (Neurontin)', ['300 mg TID', '600 mg qhs']],
  ['prednisone', ['40 mg daily x5 days', '10 mg taper']],
  ['albuterol HFA', ['2 puffs q4h PRN wheeze', '90 mcg/act 2 puffs PRN']],
  ['Advair (fluticasone/salmeterol)', ['250/50 1 puff BID']],
  ['tiotropium (Spiriva)', ['18 mcg inhaled daily']],
  ['aspirin', ['81 mg daily', '325 mg x1 in ED']],
  ['clopidogrel (Plavix)', ['75 mg daily']],
  ['heparin', ['5000 units SC q8h', 'drip per protocol']],
  ['enoxaparin (Lovenox)', ['40 mg SC daily', '1 mg/kg SC q12h']],
  ['ceftriaxone', ['1 g IV q24h', '2 g IV daily']],
  ['vancomycin', ['1250 mg IV q12h, trough goal 15-20', '1 g IV q12h']],
  ['piperacillin-tazobactam (Zosyn)', ['4.5 g IV q8h', '3.375 g IV q6h']],
  ['azithromycin (Z-Pak)', ['500 mg day 1 then 250 mg daily']],
  ['amoxicillin-clavulanate (Augmentin)', ['875/125 mg BID x7 days']],
  ['ondansetron (Zofran)', ['4 mg IV q6h PRN nausea', '8 mg ODT PRN']],
  ['docusate (Colace)', ['100 mg BID']],
  ['senna', ['8.6 mg 2 tabs qhs']],
  ['tamsulosin (Flomax)', ['0.4 mg qhs']],
  ['donepezil (Aricept)', ['10 mg qhs']],
  ['carbidopa-levodopa (Sinemet)', ['25/100 1 tab TID']],
  ['quetiapine (Seroquel)', ['25 mg qhs PRN agitation']],
  ['lorazepam (Ativan)', ['0.5 mg q6h PRN anxiety', '1 mg IV x1']],
  ['potassium chloride (K-Dur)', ['20 mEq PO daily', '40 mEq x2']],
  ['magnesium oxide', ['400 mg daily']],
  ['vitamin D3', ['2000 IU daily', '50,000 IU weekly']],
  ['Jardiance (empagliflozin)', ['10 mg daily']],
  ['Ozempic (semaglutide)', ['0.5 mg SC weekly', '1 mg weekly']],
  ['Entresto (sacubitril/valsartan)', ['24/26 mg BID', '49/51 mg BID']],
  ['spironolactone', ['25 mg daily']],
  ['hydrochlorothiazide', ['25 mg daily', '12.5 mg qd']],
  ['Xarelto (rivaroxaban)', ['20 mg with dinner']],
  ['Keppra (levetiracetam)', ['500 mg BID', '1000 mg IV BID']],
  ['buprenorphine-naloxone (Suboxone)', ['8/2 mg SL daily']],
  ['nicotine patch', ['21 mg/24 hr daily']],
  ['Benadryl', ['25 mg PO qhs PRN itch']],
  ['Motrin (ibuprofen)', ['600 mg q6h PRN', '400 mg TID with food']],
  ['Flonase', ['2 sprays each nostril daily']],
  ['Zyrtec', ['10 mg daily']],
  ['Humira (adalimumab)', ['40 mg SC every other week']],
  ['methotrexate', ['15 mg weekly with folic acid 1 mg daily']],
  ['Bactrim DS', ['1 tab BID x5 days']],
  ['Narcan (naloxone) nasal spray', ['4 mg PRN suspected overdose']],
];

export function medication(rng: Rng): string {
  const [name, doses] = rng.pick(DRUGS);
  return `${name} ${rng.pick(doses)}`;
}

export function problem(rng: Rng): string {
  return rng.pick(PROBLEMS);
}

export function vitals(rng: Rng): string {
  const parts = [
    `BP ${rng.int(92, 182)}/${rng.int(52, 104)}`,
    `HR ${rng.int(52, 128)}`,
    `${rng.pick(['RR', 'RR', 'Resp'])} ${rng.int(12, 28)}`,
    `${rng.pick(['T', 'Temp', 'Tmax'])} ${rng.chance(0.5) ? `${(rng.int(970, 1029) / 10).toFixed(1)} F` : `${(rng.int(360, 394) / 10).toFixed(1)} C`}`,
    `${rng.pick(['SpO2', 'O2 sat', 'SaO2', 'Sat'])} ${rng.int(86, 100)}% on ${rng.pick(['RA', 'room air', '2 L NC', '4L NC', '40% FiO2', 'BiPAP', 'NRB'])}`,
  ];
  if (rng.chance(0.4)) parts.push(`Wt ${rng.int(45, 160)} kg`);
  if (rng.chance(0.2)) parts.push(`BMI ${(rng.int(170, 450) / 10).toFixed(1)}`);
  if (rng.chance(0.2)) parts.push(`pain ${rng.int(0, 10)}/10`);
  return parts.join(rng.pick([', ', '  ', ' | ', '; ', ' ']));
}

export function labLine(rng: Rng): string {
  return rng.pick<() => string>([
    () => `Na ${rng.int(128, 148)}, K ${(rng.int(30, 58) / 10).toFixed(1)}, Cl ${rng.int(94, 110)}, CO2 ${rng.int(18, 30)}, BUN ${rng.int(6, 68)}, Cr ${(rng.int(6, 48) / 10).toFixed(1)}, glucose ${rng.int(68, 390)}`,
    () => `WBC ${(rng.int(30, 220) / 10).toFixed(1)}, Hgb ${(rng.int(68, 168) / 10).toFixed(1)}, Hct ${rng.int(22, 50)}, Plt ${rng.int(48, 480)}`,
    () => `INR ${(rng.int(9, 38) / 10).toFixed(1)}, PTT ${rng.int(24, 80)}`,
    () => `Troponin ${rng.pick(['<0.01', '0.04', '0.32', '1.8'])} ng/mL, BNP ${rng.int(20, 3200)}`,
    () => `HbA1c ${(rng.int(52, 124) / 10).toFixed(1)}%`,
    () => `TSH ${(rng.int(2, 120) / 10).toFixed(2)}, free T4 ${(rng.int(6, 22) / 10).toFixed(1)}`,
    () => `AST ${rng.int(12, 240)}, ALT ${rng.int(10, 260)}, alk phos ${rng.int(40, 380)}, T bili ${(rng.int(2, 60) / 10).toFixed(1)}, albumin ${(rng.int(20, 48) / 10).toFixed(1)}`,
    () => `lactate ${(rng.int(6, 62) / 10).toFixed(1)}, procalcitonin ${(rng.int(1, 90) / 10).toFixed(2)}`,
    () => `LDL ${rng.int(48, 210)}, HDL ${rng.int(28, 88)}, TG ${rng.int(60, 480)}`,
    () => `UA: ${rng.pick(['neg nitrite', '+ leuk esterase', 'large blood', 'trace protein'])}, ${rng.int(0, 50)} WBC/hpf`,
    () => `ABG 7.${rng.int(18, 48)}/${rng.int(28, 78)}/${rng.int(55, 210)}`,
    () => `Mg ${(rng.int(14, 28) / 10).toFixed(1)}, Phos ${(rng.int(20, 62) / 10).toFixed(1)}, Ca ${(rng.int(78, 108) / 10).toFixed(1)}`,
  ])();
}

/** A lab table flattened to lines, as it arrives when copied out of a portal. */
export function labTable(rng: Rng): string[] {
  const rows: (readonly [string, () => string, string, string])[] = [
    ['WBC', () => (rng.int(30, 220) / 10).toFixed(1), 'K/uL', '4.0-11.0'],
    ['Hemoglobin', () => (rng.int(68, 168) / 10).toFixed(1), 'g/dL', '12.0-16.0'],
    ['Platelets', () => String(rng.int(48, 480)), 'K/uL', '150-400'],
    ['Sodium', () => String(rng.int(128, 148)), 'mmol/L', '135-145'],
    ['Potassium', () => (rng.int(30, 58) / 10).toFixed(1), 'mmol/L', '3.5-5.1'],
    ['Creatinine', () => (rng.int(6, 48) / 10).toFixed(2), 'mg/dL', '0.60-1.20'],
    ['Glucose', () => String(rng.int(68, 390)), 'mg/dL', '70-99'],
    ['ALT', () => String(rng.int(10, 260)), 'U/L', '7-56'],
    ['TSH', () => (rng.int(2, 120) / 10).toFixed(2), 'uIU/mL', '0.45-4.50'],
    ['Hemoglobin A1c', () => (rng.int(52, 124) / 10).toFixed(1), '%', '<5.7'],
    ['eGFR', () => String(rng.int(12, 110)), 'mL/min/1.73m2', '>60'],
    ['Ferritin', () => String(rng.int(8, 900)), 'ng/mL', '30-400'],
  ];
  const separator = rng.pick(['\t', '  ', ' ', ' | ']);
  const lines = rng.sample(rows, rng.int(3, 8)).map(([name, value, unit, range]) => {
    const flag = rng.chance(0.25) ? `${separator}${rng.pick(['H', 'L', '(H)', '(L)', 'High', 'Low'])}` : '';
    return `${name}${separator}${value()}${separator}${unit}${flag}${separator}${rng.pick(['', 'Ref ', 'Normal range: '])}${range}`;
  });
  // Some systems draw ASCII borders around the table.
  if (separator !== ' | ' || rng.chance(0.5)) return lines;
  const border = `+${'-'.repeat(rng.int(30, 60))}+`;
  return [border, ...lines.map((line) => `| ${line} |`), border];
}

export function examLines(rng: Rng): string[] {
  const lines = [
    `General: ${rng.pick(['NAD, alert and oriented x3', 'well-appearing, pleasant', 'ill-appearing, diaphoretic', 'lying in bed, appears comfortable', 'frail elderly woman in no distress', 'somnolent but arousable'])}`,
    `HEENT: ${rng.pick(['NCAT, PERRLA, EOMI, MMM', 'normocephalic, oropharynx clear', 'dry mucous membranes', 'anicteric sclerae'])}`,
    `Neck: ${rng.pick(['supple, no JVD', 'JVP 9 cm', 'no lymphadenopathy, no thyromegaly'])}`,
    `CV: ${rng.pick(['RRR, no m/r/g', 'irregularly irregular, II/VI SEM at RUSB', 'tachycardic, regular', 'S1 S2 normal, no murmurs'])}`,
    `Lungs: ${rng.pick(['CTAB', 'crackles at bilateral bases', 'diffuse expiratory wheezes', 'decreased breath sounds on the right', 'clear to auscultation bilaterally, no rales'])}`,
    `Abd: ${rng.pick(['soft, NT/ND, +BS', 'mild RUQ tenderness, ' + rng.pick(EPONYM_FINDINGS), 'distended, tympanic', 'obese, nontender'])}`,
    `Ext: ${rng.pick(['no c/c/e', '2+ pitting edema to the knees', 'trace bilateral LE edema', 'warm and well perfused', 'R BKA, stump clean'])}`,
    `Neuro: ${rng.pick(['CN II-XII intact, strength 5/5 throughout', 'A&Ox3, ' + rng.pick(EPONYM_FINDINGS), 'GCS 15, no focal deficits', 'left facial droop, 4/5 LUE strength', 'resting tremor, cogwheel rigidity'])}`,
    `Skin: ${rng.pick(['warm, dry, intact', 'stage 2 sacral pressure injury', 'no rashes', 'ecchymoses on forearms'])}`,
    `Psych: ${rng.pick(['appropriate mood and affect', 'flat affect', 'anxious, tearful', 'linear thought process'])}`,
  ];
  return rng.sample(lines, rng.int(4, lines.length)).sort((a, b) => lines.indexOf(a) - lines.indexOf(b));
}

const SYMPTOMS = ['chest pain', 'shortness of breath', 'dyspnea on exertion', 'abdominal pain', 'nausea and vomiting', 'fever and chills', 'productive cough with brown sputum', 'dizziness', 'syncope', 'palpitations', 'headache', 'left leg swelling', 'dysuria', 'hematuria', 'melena', 'confusion', 'falls', 'weakness', 'back pain', 'rash', 'sore throat', 'worsening edema', 'hemoptysis', 'jaw pain', 'diarrhea', 'poor appetite'];
const DURATIONS = ['2 days', '3 days', 'one week', 'several weeks', '24 hours', 'the past month', 'this morning', 'last night', '10 days', 'about 6 hours'];

export function symptom(rng: Rng): string {
  return rng.pick(SYMPTOMS);
}

/** One sentence of history narrative without PHI: clinical content and hard negatives. */
const NARRATIVE_MAKERS: readonly ((rng: Rng) => string)[] = [
  (rng) => `Reports ${symptom(rng)} for ${rng.pick(DURATIONS)}, ${rng.pick(['worse with exertion', 'associated with diaphoresis', 'without radiation', 'relieved by rest', 'getting progressively worse', 'intermittent'])}.`,
  (rng) => `Denies ${symptom(rng)}, ${symptom(rng)} or ${symptom(rng)}.`,
  (rng) => `History is notable for ${problem(rng)} and ${problem(rng)}.`,
  (rng) => `${rng.pick(['She', 'He', 'Patient', 'Pt'])} was started on ${medication(rng)} ${rng.pick(['last visit', 'in the ED', 'by cardiology', 'on admission', 'in 2019', 'two years ago'])}.`,
  (rng) => `Will ${rng.pick(['continue', 'hold', 'increase', 'taper', 'restart'])} ${medication(rng)}.`,
  (rng) => `Hope is to ${rng.pick(['discharge tomorrow', 'wean oxygen', 'transition to oral antibiotics', 'avoid intubation'])}.`,
  (rng) => `White count ${rng.pick(['trending down', 'up to 14.2', 'stable', 'normalized'])}; ${labLine(rng)}.`,
  (rng) => `Brown ${rng.pick(['sputum', 'urine', 'discharge', 'stool'])} noted ${rng.pick(['overnight', 'this AM', 'per nursing'])}.`,
  (rng) => `${rng.pick(['Marked', 'Some', 'No'])} improvement in ${symptom(rng)} since ${rng.pick(['admission', 'yesterday', 'starting diuresis'])}.`,
  (rng) => `Young ${rng.pick(['adult', 'child'])} at home ${rng.pick(['recently sick with URI', 'with similar symptoms', 'who is well'])}.`,
  (rng) => `Strong ${rng.pick(['family history of CAD', 'smell noted from the wound', 'radial pulses bilaterally', 'preference for home discharge'])}.`,
  (rng) => `Tobacco: ${rng.pick(['never smoker', 'quit in 2009', '1 ppd x 30 years', '40 pack-year history'])}. EtOH: ${rng.pick(['social', 'denies', '2-3 beers daily', 'none since 2015'])}.`,
  (rng) => `Past history includes ${problem(rng)}${rng.chance(0.5) ? ` diagnosed in ${rng.int(1975, 2023)}` : ''}.`,
  (rng) => `${rng.pick(DEVICES)} ${rng.pick(['placed', 'removed', 'in place', 'exchanged'])} ${rng.pick(['without complication', 'at bedside', 'on day 2', 'today'])}.`,
  (rng) => `Vitals: ${vitals(rng)}.`,
  (rng) => `Labs notable for ${labLine(rng)}.`,
  (rng) => `Apgar ${rng.int(6, 9)}/${rng.int(8, 9)} at birth, born at ${rng.int(34, 41)} weeks.`,
  (rng) => `Chadsvasc ${rng.int(1, 7)}, HAS-BLED ${rng.int(0, 4)}; Wells score ${rng.int(0, 6)}.`,
  (rng) => `Admitted to the ${rng.pick(['ICU', 'MICU', 'step-down unit', 'floor', 'telemetry', 'CCU', 'SICU', 'cardiology service'])} ${rng.pick(['for monitoring', 'on a heparin drip', 'after rapid response'])}.`,
  (rng) => `${rng.pick(['Price', 'Cost'])} of ${rng.pick(['Eliquis', 'Ozempic', 'Humira', 'insulin'])} is a barrier; discussed patient assistance.`,
  (rng) => `Walks ${rng.int(1, 6)} blocks before stopping; uses a ${rng.pick(['cane', 'walker', 'wheelchair'])} at baseline.`,
  (rng) => `Echo ${rng.pick(['EF 35-40%', 'EF 55%, no WMA', 'moderate MR, EF 45%', 'LVH, grade 2 diastolic dysfunction'])}.`,
  (rng) => `${rng.pick(['CT head', 'CXR', 'CT A/P', 'MRI L-spine', 'RUQ US', 'CTA chest'])} ${rng.pick(['negative for acute process', 'with small bilateral effusions', 'showed a 2.1 cm lesion', 'unremarkable', 'showed RLL consolidation'])}.`,
  (rng) => `Room ${rng.int(200, 999)}${rng.pick(['', 'A', 'B'])} ${rng.pick(['isolation precautions', 'fall precautions in place', 'bed alarm on'])}.`,
  (rng) => `Her ${rng.pick(['daughter', 'son', 'husband', 'sister'])} ${rng.pick(['is very involved', 'helps with medications', 'lives nearby and checks in daily', 'is the health care proxy'])}.`,
  (rng) => `Family ${rng.pick(['updated at bedside', 'requests a meeting', 'not reachable overnight', 'in agreement with comfort-focused care'])}.`,
  (rng) => `Seen by PT/OT, ${rng.pick(['recommends SNF', 'cleared for home with services', 'recommends acute rehab', 'ambulating 150 ft with rolling walker'])}.`,
  (rng) => `${rng.pick(['Discussed', 'Reviewed', 'Went over'])} ${rng.pick(['risks and benefits of anticoagulation', 'the CT findings', 'smoking cessation', 'diet and exercise', 'insulin technique', 'advance directives'])} with the patient${rng.pick(['', ' and family', ', who verbalized understanding'])}.`,
  (rng) => `Glucose ${rng.int(68, 390)} this AM; ${rng.pick(['covered with sliding scale', 'no hypoglycemia', 'A1c pending', 'will uptitrate basal insulin'])}.`,
  (rng) => `Good ${rng.pick(['urine output', 'response to diuresis', 'pain control on current regimen', 'oral intake'])} overnight.`,
  (rng) => `${rng.pick(['Hope', 'Hopefully'])} ${rng.pick(['she', 'he', 'the patient'])} can ${rng.pick(['go home tomorrow', 'come off oxygen', 'return to work soon'])}.`,
  (rng) => `Will ${rng.pick(['follow up', 'recheck', 'call with results', 'discuss at rounds', 'need outpatient sleep study'])}${rng.pick(['', ' in 2 weeks', ' next week', ' tomorrow'])}.`,
  (rng) => `Grant ${rng.pick(['funding for the', 'support through the'])} ${rng.pick(['medication assistance program', 'transportation program'])} was approved.`,
  (rng) => `King-size ${rng.pick(['bed', 'pillows'])} requested for comfort; ${rng.pick(['bariatric bed ordered', 'OT to assess'])}.`,
  (rng) => `Long ${rng.pick(['history of', 'standing'])} ${problem(rng)}, ${rng.pick(['well controlled', 'poorly controlled', 'followed by specialist'])}.`,
  (rng) => `Rich ${rng.pick(['social network', 'support system'])} at home; ${rng.pick(['church community helps', 'neighbors check in'])}.`,
  (rng) => `Mild ${rng.pick(['Bell palsy', 'Parkinsonism', 'Raynaud phenomenon', 'Graves ophthalmopathy', 'Cushingoid features'])} noted; ${rng.pick(['no change', 'new since last visit', 'stable per patient'])}.`,
  (rng) => `Apgars ${rng.int(5, 9)} and ${rng.int(7, 9)}; birth weight ${rng.int(1800, 4400)} g; ${rng.pick(['Down syndrome screen negative', 'newborn screen pending', 'hearing screen passed'])}.`,
  (rng) => `${rng.pick(['Foley', 'PICC', 'Central line', 'NG tube'])} ${rng.pick(['removed on day 3', 'discontinued', 'still in place, day ' + rng.int(2, 9)])}; ${rng.pick(['voiding spontaneously', 'no signs of infection', 'tolerating tube feeds at goal'])}.`,
  (rng) => `Started ${rng.pick(['Zosyn', 'Rocephin', 'vancomycin', 'cefepime', 'Unasyn'])} for ${rng.pick(['pneumonia', 'cellulitis', 'UTI', 'sepsis of unclear source'])}, day ${rng.int(1, 10)} of ${rng.int(5, 14)}.`,
  (rng) => `GCS ${rng.int(3, 15)} on arrival, ${rng.pick(['E4V5M6', 'E2V2M4', 'E3V4M6'])}; NIHSS ${rng.int(0, 24)}.`,
  (rng) => `Weight ${rng.pick(['up', 'down'])} ${rng.int(1, 6)} kg since ${rng.pick(['last visit', 'admission', 'the new year'])}.`,
  (rng) => `Colonoscopy ${rng.pick(['in 2018', 'last year', 'due'])} ${rng.pick(['showed two tubular adenomas', 'was normal', 'not yet scheduled'])}; mammogram ${rng.pick(['up to date', 'overdue', 'BI-RADS 2'])}.`,
  (rng) => `Vaccines: ${rng.pick(['influenza given today', 'Tdap up to date', 'Shingrix #2 due', 'COVID booster declined', 'pneumococcal 20 given'])}.`,
  (rng) => `PHQ-9 ${rng.int(0, 27)}, GAD-7 ${rng.int(0, 21)}; ${rng.pick(['denies SI/HI', 'safety plan reviewed', 'referred to behavioral health'])}.`,
  (rng) => `MMSE ${rng.int(12, 30)}/30, MoCA ${rng.int(10, 30)}/30.`,
  (rng) => `Tolerating ${rng.pick(['regular diet', 'clear liquids', 'cardiac diet', 'dysphagia 2 diet', 'tube feeds'])}; last BM ${rng.pick(['yesterday', 'today', '3 days ago'])}.`,
  (rng) => `Differential includes ${rng.pick(MEDICAL_WORDS)}, ${rng.pick(MEDICAL_WORDS)} and ${rng.pick(MEDICAL_WORDS)}.`,
  (rng) => `${rng.pick(POSSESSIVE_EPONYMS)} ${rng.pick(['sign', 'test', 'maneuver', 'syndrome', 'disease', 'reflex', 'phenomenon'])} ${rng.pick(['negative', 'positive', 'equivocal', 'considered', 'not present'])}.`,
  (rng) => `Findings ${rng.pick(['consistent with', 'concerning for', 'not typical of'])} ${rng.pick(MEDICAL_WORDS)}${rng.chance(0.5) ? ` versus ${rng.pick(MEDICAL_WORDS)}` : ''}.`,
  (rng) => `History of ${rng.pick(POSSESSIVE_EPONYMS)} ${rng.pick(['disease', 'syndrome', 'palsy', 'anomaly'])}, ${rng.pick(['stable', 'followed by specialist', 'diagnosed in childhood'])}.`,
  (rng) => `${rng.pick(['Moved from', 'Grew up in', 'Family is in', 'Recently visited'])} ${rng.pick(['Ohio', 'Texas', 'Florida', 'California', 'Haiti', 'Mexico', 'Vietnam', 'Somalia', 'Guatemala', 'the Philippines', 'Puerto Rico', 'Nigeria', 'Poland'])}${rng.pick(['', ' last year', ' as a child', ' in 2016'])}.`,
  (rng) => `Strength ${rng.int(3, 5)}/5 in the ${rng.pick(['LUE', 'RLE', 'left hand', 'hip flexors'])}; ${rng.int(1, 4)}/6 systolic murmur; reflexes ${rng.int(1, 3)}+ and symmetric.`,
  (rng) => `${rng.pick(['Child-Pugh class B', 'Child-Pugh A, MELD 14', 'Hill-Sachs lesion on imaging', 'Stone burden unchanged', 'Rose spots absent', 'Banks of the wound edges clean'])}; ${rng.pick(['no change in plan', 'will recheck', 'discussed with patient'])}.`,
  (rng) => `Day ${rng.int(1, 14)} of ${rng.pick(['antibiotics', 'steroids', 'admission'])}; ${rng.pick(['afebrile x48h', 'improving', 'still requiring oxygen'])}.`,
  (rng) => `Smokes ${rng.pick(['1/2', '1', '2'])} ppd; ${rng.int(2, 6)}/${rng.int(7, 12)} cores positive on prior biopsy; ratio ${rng.int(1, 3)}:${rng.int(1, 4)}.`,
  (rng) => `Level ${rng.int(1, 4)} ${rng.pick(['trauma activation', 'fall risk', 'assist'])}.`,
  // Shorthand: capitalised abbreviations and everyday words that are no one's name.
  (rng) => `${rng.pick(['CC: f/u', 'cc: f/u', 'CC:', 'Here for f/u of', 'F/u'])} ${rng.sample(ABBREVIATED_PROBLEMS, rng.int(1, 3)).join(', ')}.`,
  (rng) => `${rng.pick(['RTC', 'rtc', 'Return to clinic', 'F/u'])} ${rng.int(1, 12)} ${rng.pick(['mos', 'wks', 'months', 'weeks', 'mo'])}${rng.pick(['', ' prn', ' or sooner prn', ' w/ labs'])}.`,
  (rng) => `${rng.pick(['Last drink', 'Last BM', 'Symptoms began', 'Fell', 'Last dose'])} ${rng.int(2, 9)} ${rng.pick(['days', 'hrs', 'wks'])} ago; ${rng.pick(['kids', 'family', 'wife', 'husband', 'roommate'])} ${rng.pick(['at bedside', 'aware', 'in waiting area', 'updated'])}.`,
  (rng) => `${rng.int(20, 89)}${rng.pick(['M', 'F', 'yo M', 'yo F'])} w/ h/o ${rng.sample(ABBREVIATED_PROBLEMS, rng.int(2, 4)).join(', ')} p/w ${rng.pick(['CP', 'SOB', 'HA', 'N/V', 'abd pain', 'syncope'])}.`,
  (rng) => `${rng.pick(['A/P', 'Assessment/Plan', 'Imp'])}: ${rng.pick(['HA - likely tension', 'HTN - cont HCTZ', 'DM2 - A1c 7.2, cont metformin', 'CP - r/o ACS, trend trop', 'COPD exac - nebs, pred'])}. ${rng.pick(['Tylenol prn.', 'Octreotide, PPI, abx.', 'NPO p MN.', 'Pre-op labs sent.'])}`,
  (rng) => `${rng.pick(['Insurance', 'Coverage'])}: ${rng.pick(['BCBS of MA', 'Medicare A/B', 'Tufts HP', 'Harvard Pilgrim', 'MassHealth Standard', 'Aetna PPO'])}; ${rng.pick(['Weekdays only for PT.', 'Transport by RIDE.', 'Needs prior auth.'])}`,
];

const ABBREVIATED_PROBLEMS = ['DM', 'DM2', 'T2DM', 'HTN', 'HLD', 'CAD', 'CHF', 'COPD', 'CKD', 'ESRD', 'AFib', 'OSA', 'GERD', 'BPH', 'OA', 'RA', 'SLE', 'MDD', 'GAD', 'PTSD', 'EtOH abuse', 'HCV', 'HIV', 'hypoK', 'CVA', 'TIA', 'PVD', 'DVT/PE', 'IBS', 'OUD'];

export function narrativeSentence(rng: Rng): string {
  return rng.pick(NARRATIVE_MAKERS)(rng);
}

/** Several distinct history sentences (no sentence shape twice in one paragraph). */
export function narrative(rng: Rng, min: number, max: number): string {
  return rng.sample(NARRATIVE_MAKERS, rng.int(min, max)).map((make) => make(rng)).join(' ');
}

export function assessmentPlanItems(rng: Rng): string[] {
  return Array.from({ length: rng.int(2, 6) }, () => {
    const item = problem(rng);
    return `${item.charAt(0).toUpperCase()}${item.slice(1)}: ${rng.pick([
      `continue ${medication(rng)}`,
      `${rng.pick(['check', 'repeat', 'trend'])} ${rng.pick(['BMP', 'CBC', 'LFTs', 'lipids', 'A1c', 'TSH', 'INR'])} ${rng.pick(['in AM', 'in 3 months', 'at next visit'])}`,
      `start ${medication(rng)}`,
      `${rng.pick(['stable', 'worsening', 'improving', 'at goal', 'not at goal'])}; ${rng.pick(['no changes', 'titrate', 'counseled on diet and exercise', 'refer to specialist'])}`,
      narrativeSentence(rng),
    ])}`;
  });
}

const ROS_SYSTEMS = ['Constitutional', 'Eyes', 'ENT', 'Cardiovascular', 'Respiratory', 'GI', 'GU', 'Musculoskeletal', 'Skin', 'Neurological', 'Psychiatric', 'Endocrine', 'Heme/Lymph', 'Allergic/Immunologic'];

export function reviewOfSystems(rng: Rng): string[] {
  if (rng.chance(0.3)) return [rng.pick(['10-point ROS negative except as per HPI.', 'ROS otherwise negative in detail.', 'Complete ROS reviewed and negative other than noted above.', 'Unable to obtain ROS due to mental status.'])];
  return rng.sample(ROS_SYSTEMS, rng.int(3, 9)).map((system) => `${system}: ${rng.chance(0.7) ? rng.pick(['negative', 'denies', 'neg', 'no complaints']) : `+ ${symptom(rng)}`}`);
}

const SURGERIES = ['appendectomy', 'cholecystectomy (lap)', 'CABG x3', 'TKA right', 'THA left', 'C-section x2', 'hysterectomy', 'tonsillectomy as a child', 'ORIF left ankle', 'PCI with DES to LAD', 'L4-L5 laminectomy', 'cataract extraction OU', 'hernia repair', 'TURP', 'mastectomy', 'pacemaker placement', 'AV fistula creation', 'Whipple procedure', 'Nissen fundoplication', 'carpal tunnel release', 'Roux-en-Y gastric bypass', 'TAVR', 'Mohs surgery'];
const ALLERGENS = ['penicillin (rash)', 'sulfa (hives)', 'NKDA', 'No known drug allergies', 'codeine (nausea)', 'latex', 'shellfish', 'iodinated contrast (anaphylaxis)', 'ACE inhibitors (angioedema)', 'morphine (itching)', 'peanuts', 'vancomycin (red man)', 'Keflex'];

export function surgicalHistory(rng: Rng): string[] {
  return rng.sample(SURGERIES, rng.int(0, 4)).map((surgery) => (rng.chance(0.4) ? `${surgery} (${rng.int(1965, 2024)})` : surgery));
}

export function allergies(rng: Rng): string {
  const list = rng.sample(ALLERGENS, rng.int(1, 3));
  return list.some((a) => a.startsWith('N')) ? rng.pick(['NKDA', 'No Known Allergies']) : list.join(', ');
}

export function problemList(rng: Rng): string[] {
  return rng.sample(PROBLEMS, rng.int(2, 9));
}

export const IMAGING = ['CT head without contrast: no acute intracranial abnormality.', 'CXR: mild pulmonary vascular congestion, no focal consolidation.', 'ECG: sinus rhythm at 78, LBBB, unchanged from prior.', 'ECG: atrial fibrillation with RVR, rate 132, no acute ST changes.', 'TTE: EF 30%, severe global hypokinesis, moderate MR.', 'CT A/P: acute uncomplicated appendicitis.', 'LE duplex: occlusive DVT of the left popliteal vein.', 'MRI brain: small acute infarct in the right MCA territory.', 'KUB: nonobstructive bowel gas pattern.', 'CTA chest: segmental PE in the RLL, no right heart strain.', 'Renal US: mild right hydronephrosis.', 'XR hip: displaced left femoral neck fracture.'];

export function imaging(rng: Rng): string[] {
  return rng.sample(IMAGING, rng.int(1, 3));
}

export const PATHOLOGY_SPECIMENS = ['Colon, sigmoid, polypectomy', 'Skin, left forearm, shave biopsy', 'Breast, right, core needle biopsy', 'Prostate, needle biopsies (12 cores)', 'Lymph node, right axillary, excision', 'Stomach, antrum, biopsy', 'Gallbladder, cholecystectomy', 'Endometrium, curettage', 'Lung, RUL, wedge resection', 'Thyroid, left lobe, FNA'];
export const PATHOLOGY_DIAGNOSES = ['Tubular adenoma, negative for high-grade dysplasia.', 'Basal cell carcinoma, nodular type, margins free.', 'Invasive ductal carcinoma, Nottingham grade 2; ER positive, PR positive, HER2 negative.', 'Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2) in 3 of 12 cores.', 'Classic Hodgkin lymphoma, nodular sclerosis type.', 'Chronic gastritis with Helicobacter pylori organisms identified.', 'Chronic cholecystitis with cholelithiasis.', 'Proliferative endometrium, no hyperplasia or malignancy.', 'Adenocarcinoma, acinar predominant, pT1b; margins negative.', 'Benign follicular nodule (Bethesda category II).', 'Reed-Sternberg cells identified.', 'Negative for malignancy.'];
export const GROSS_DESCRIPTIONS = ['Received in formalin labeled with the patient name and medical record number is a tan-pink tissue fragment measuring 0.6 x 0.4 x 0.3 cm, entirely submitted in cassette A1.', 'The specimen consists of multiple tan soft tissue fragments aggregating to 1.2 x 1.0 x 0.3 cm. Entirely submitted.', 'Received fresh is an ellipse of skin measuring 2.1 x 0.8 cm, excised to a depth of 0.5 cm. Margins inked blue.', 'Received is a 7.2 x 3.1 x 2.5 cm gallbladder with a smooth serosa; the lumen contains multiple yellow-green stones.'];
