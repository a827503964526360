import type { Rng } from './rng';

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
  return rng.sample(rows, rng.int(3, 8)).map(([name, value, unit, range]) => {
    const flag = rng.chance(0.25) ? `${separator}${rng.pick(['H', 'L', '(H)', '(L)', 'High', 'Low'])}` : '';
    return `${name}${separator}${value()}${separator}${unit}${flag}${separator}${rng.pick(['', 'Ref ', 'Normal range: '])}${range}`;
  });
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
export function narrativeSentence(rng: Rng): string {
  return rng.pick<() => string>([
    () => `Reports ${symptom(rng)} for ${rng.pick(DURATIONS)}, ${rng.pick(['worse with exertion', 'associated with diaphoresis', 'without radiation', 'relieved by rest', 'getting progressively worse', 'intermittent'])}.`,
    () => `Denies ${symptom(rng)}, ${symptom(rng)} or ${symptom(rng)}.`,
    () => `History is notable for ${problem(rng)} and ${problem(rng)}.`,
    () => `${rng.pick(['She', 'He', 'Patient', 'Pt'])} was started on ${medication(rng)} ${rng.pick(['last visit', 'in the ED', 'by cardiology', 'on admission', 'in 2019', 'two years ago'])}.`,
    () => `Will ${rng.pick(['continue', 'hold', 'increase', 'taper', 'restart'])} ${medication(rng)}.`,
    () => `Hope is to ${rng.pick(['discharge tomorrow', 'wean oxygen', 'transition to oral antibiotics', 'avoid intubation'])}.`,
    () => `White count ${rng.pick(['trending down', 'up to 14.2', 'stable', 'normalized'])}; ${labLine(rng)}.`,
    () => `Brown ${rng.pick(['sputum', 'urine', 'discharge', 'stool'])} noted ${rng.pick(['overnight', 'this AM', 'per nursing'])}.`,
    () => `${rng.pick(['Marked', 'Some', 'No'])} improvement in ${symptom(rng)} since ${rng.pick(['admission', 'yesterday', 'starting diuresis'])}.`,
    () => `Young ${rng.pick(['adult', 'child'])} at home ${rng.pick(['recently sick with URI', 'with similar symptoms', 'who is well'])}.`,
    () => `Strong ${rng.pick(['family history of CAD', 'smell noted from the wound', 'radial pulses bilaterally', 'preference for home discharge'])}.`,
    () => `Tobacco: ${rng.pick(['never smoker', 'quit in 2009', '1 ppd x 30 years', '40 pack-year history'])}. EtOH: ${rng.pick(['social', 'denies', '2-3 beers daily', 'none since 2015'])}.`,
    () => `Past history includes ${problem(rng)}${rng.chance(0.5) ? ` diagnosed in ${rng.int(1975, 2023)}` : ''}.`,
    () => `${rng.pick(DEVICES)} ${rng.pick(['placed', 'removed', 'in place', 'exchanged'])} ${rng.pick(['without complication', 'at bedside', 'on day 2', 'today'])}.`,
    () => `Vitals: ${vitals(rng)}.`,
    () => `Labs notable for ${labLine(rng)}.`,
    () => `Apgar ${rng.int(6, 9)}/${rng.int(8, 9)} at birth, born at ${rng.int(34, 41)} weeks.`,
    () => `Chadsvasc ${rng.int(1, 7)}, HAS-BLED ${rng.int(0, 4)}; Wells score ${rng.int(0, 6)}.`,
    () => `Admitted to the ${rng.pick(['ICU', 'MICU', 'step-down unit', 'floor', 'telemetry', 'CCU', 'SICU', 'cardiology service'])} ${rng.pick(['for monitoring', 'on a heparin drip', 'after rapid response'])}.`,
    () => `${rng.pick(['Price', 'Cost'])} of ${rng.pick(['Eliquis', 'Ozempic', 'Humira', 'insulin'])} is a barrier; discussed patient assistance.`,
    () => `Walks ${rng.int(1, 6)} blocks before stopping; uses a ${rng.pick(['cane', 'walker', 'wheelchair'])} at baseline.`,
    () => `Echo ${rng.pick(['EF 35-40%', 'EF 55%, no WMA', 'moderate MR, EF 45%', 'LVH, grade 2 diastolic dysfunction'])}.`,
    () => `${rng.pick(['CT head', 'CXR', 'CT A/P', 'MRI L-spine', 'RUQ US', 'CTA chest'])} ${rng.pick(['negative for acute process', 'with small bilateral effusions', 'showed a 2.1 cm lesion', 'unremarkable', 'showed RLL consolidation'])}.`,
    () => `Room ${rng.int(200, 999)}${rng.pick(['', 'A', 'B'])} ${rng.pick(['isolation precautions', 'fall precautions in place', 'bed alarm on'])}.`,
    () => `Level ${rng.int(1, 4)} ${rng.pick(['trauma activation', 'fall risk', 'assist'])}.`,
  ])();
}

export function narrative(rng: Rng, min: number, max: number): string {
  return Array.from({ length: rng.int(min, max) }, () => narrativeSentence(rng)).join(' ');
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
