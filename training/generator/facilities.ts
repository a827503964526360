import type { City } from './places';
import type { Rng } from './rng';
import { isUnseenValue, type PoolSide } from './split';

const SAINTS = ["St. Mary's", "Saint Joseph's", 'St. Luke’s', "St. Vincent's", 'St. Francis', "St. Elizabeth's", "St. Anne's", 'St. Jude', "Saint Agnes", "St. Catherine's", "St. Peter's", "St. John's", "St. Clare's", "Saint Michael's", "St. Rose", "St. Anthony's", "Our Lady of Lourdes", "Our Lady of the Lake", 'Holy Cross', 'Holy Family', 'Good Samaritan', 'Sacred Heart', 'Providence', 'Mercy', 'Trinity', 'Bethesda', 'Baptist', 'Methodist', 'Presbyterian', 'Lutheran', 'Adventist', 'Covenant', 'Beth Israel', 'Mount Sinai', 'Shriners'];
const NATURE = ['Lakeside', 'Riverside', 'Northside', 'Southside', 'Westview', 'Eastside', 'Hillcrest', 'Fairview', 'Valley', 'Bayfront', 'Pinecrest', 'Oakwood', 'Cedar Ridge', 'Summit', 'Harbor', 'Meadowbrook', 'Brookside', 'Parkview', 'Highland', 'Sunrise', 'Crossroads', 'Greenfield', 'Maple Grove', 'Stonebridge', 'Willow Creek', 'Heritage', 'Pioneer', 'Gateway', 'Blue Ridge', 'Coastal', 'Prairie', 'Desert View', 'Mountain View', 'Tri-County', 'Bay Area', 'Capital'];
const HOSPITAL_TYPES = ['Hospital', 'Medical Center', 'General Hospital', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', "Children's Hospital", 'Health Center', 'University Hospital', 'Hospital Center', 'Health System', 'Rehabilitation Hospital', 'Cancer Center', 'Heart Institute'];
const CLINIC_TYPES = ['Family Practice', 'Family Medicine', 'Internal Medicine', 'Primary Care', 'Pediatrics', 'Cardiology Associates', 'Orthopedics', 'Women’s Health', 'Urgent Care', 'Health Clinic', 'Medical Group', 'Physicians Group', 'Dialysis Unit', 'Dialysis Center', 'Oncology Associates', 'Dermatology', 'Behavioral Health', 'Surgical Associates', 'Imaging Center', 'Sleep Center', 'Wound Care Center', 'Rehab', 'Pain Clinic', 'Endoscopy Center', 'Community Health Center', 'Free Clinic', 'Health Partners', 'ENT Associates'];
const CARE_HOMES = ['Nursing Home', 'Nursing and Rehabilitation Center', 'Skilled Nursing Facility', 'Assisted Living', 'Senior Living', 'Care Center', 'Manor', 'Rehab Center', 'Hospice', 'Gardens', 'Health and Rehab'];
const UNIT_WORDS = ['Pavilion', 'Tower', 'Wing', 'House', 'Building', 'Unit'];
/** Real large employers: notes name them and the model must learn they identify. */
const EMPLOYERS = ['Home Depot', 'General Motors', 'Walmart', 'Target', 'Amazon', 'UPS', 'FedEx', 'the US Postal Service', 'Boeing', 'Ford', 'Costco', 'Kroger', 'Starbucks', "McDonald's", 'Lowe’s', 'Tyson Foods', 'Delta Air Lines', 'Verizon', 'AT&T', 'IBM', 'Microsoft', 'Google', 'Wells Fargo', 'Bank of America', 'Chevron', 'John Deere', 'Caterpillar', 'Publix', 'Walgreens', 'CVS', 'Dollar General', 'Goodyear', 'Whole Foods', 'Safeway', 'Intel', 'Dell', 'Toyota', 'Honda', 'Nike', 'Procter & Gamble', 'Pepsi', 'Coca-Cola', 'Hilton', 'Marriott', 'Southwest Airlines', 'Union Pacific', 'Sysco', 'Lockheed Martin', 'the Navy', 'the Army', 'Amtrak'];
const COMPANY_SUFFIXES = ['Inc.', 'LLC', 'Corp.', 'Company', 'Construction', 'Logistics', 'Manufacturing', 'Trucking', 'Landscaping', 'Plumbing', 'Electric', 'Foods', 'Insurance', 'Realty', 'Auto Body', 'Roofing', 'Staffing', 'Printing', 'Farms', 'Dental', 'Law Group', 'and Sons'];
const SCHOOL_TYPES = ['High School', 'Elementary School', 'Middle School', 'Elementary', 'Academy', 'Community College', 'State University', 'University', 'College', 'Charter School', 'Day School', 'Preparatory School'];

/**
 * How a hospital is called in running text: its initials ("MGH") or its name without the type
 * ("St. Mary's", "Lakeside"); the full name when neither is distinctive.
 */
export function shortHospitalName(rng: Rng, name: string): string {
  const type = [...HOSPITAL_TYPES].sort((a, b) => b.length - a.length).find((suffix) => name.endsWith(` ${suffix}`));
  const stem = type ? name.slice(0, -type.length - 1) : '';
  const initials = name.split(/[\s-]+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word.charAt(0)).join('');
  if (stem && rng.chance(0.5)) return stem;
  return initials.length >= 2 ? initials : name;
}

export type FacilityKind = 'hospital' | 'clinic' | 'careHome' | 'employer' | 'school' | 'ward';

/**
 * Makes organisation names from parts: city names, saints, nature words and surnames. Held-out
 * notes only get names whose full text falls in the unseen hash bucket, so no held-out facility
 * name ever appears verbatim in train.
 */
export class FacilityPools {
  constructor(private readonly side: PoolSide) {}

  make(rng: Rng, kind: FacilityKind, city: City, surname: () => string): string {
    for (let attempt = 0; attempt < 30; attempt++) {
      const name = this.compose(rng, kind, city, surname);
      if (isUnseenValue(name) === (this.side === 'unseen')) return name;
    }
    return this.compose(rng, kind, city, surname);
  }

  private compose(rng: Rng, kind: FacilityKind, city: City, surname: () => string): string {
    const place = () => rng.weighted<() => string>([
      [3, () => city.name],
      [2, () => rng.pick(NATURE)],
      [1, () => surname()],
      [1, () => (city.stateName ? city.stateName : city.name)],
    ])();
    switch (kind) {
      case 'hospital':
        return rng.weighted<() => string>([
          [3, () => `${rng.pick(SAINTS)} ${rng.pick(HOSPITAL_TYPES)}`],
          [4, () => `${place()} ${rng.pick(HOSPITAL_TYPES)}`],
          [2, () => `${surname()} ${rng.pick(['Memorial Hospital', 'Medical Center', 'Memorial Medical Center', 'Clinic'])}`],
          [1, () => `University of ${city.stateName || city.name} ${rng.pick(['Medical Center', 'Hospitals', 'Health'])}`],
          [1, () => `${place()} ${rng.pick(['Health', 'Healthcare', 'Health Network', 'Medical'])}`],
          [1, () => `${rng.pick(['Mercy', 'Baptist', 'Methodist', 'Kaiser', 'Sutter', 'Banner', 'Atrium'])} ${city.name}`],
        ])();
      case 'clinic':
        return rng.weighted<() => string>([
          [4, () => `${place()} ${rng.pick(CLINIC_TYPES)}`],
          [1, () => `${surname()} ${rng.pick(CLINIC_TYPES)}`],
          [1, () => `${surname()} and ${surname()} ${rng.pick(['Family Medicine', 'Pediatrics', 'Associates', 'MDs'])}`],
          [1, () => `${rng.pick(SAINTS)} ${rng.pick(CLINIC_TYPES)}`],
        ])();
      case 'careHome':
        return `${rng.weighted<() => string>([[3, () => place()], [1, () => rng.pick(SAINTS)]])()} ${rng.pick(CARE_HOMES)}`;
      case 'employer':
        return rng.weighted<() => string>([
          [2, () => rng.pick(EMPLOYERS)],
          [3, () => `${surname()} ${rng.pick(COMPANY_SUFFIXES)}`],
          [1, () => `${place()} ${rng.pick(COMPANY_SUFFIXES)}`],
          [1, () => `${city.name} ${rng.pick(['Public Schools', 'Fire Department', 'Police Department', 'Transit Authority', 'Water Department'])}`],
        ])();
      case 'school':
        return rng.weighted<() => string>([
          [3, () => `${place()} ${rng.pick(SCHOOL_TYPES)}`],
          [2, () => `${surname()} ${rng.pick(SCHOOL_TYPES)}`],
          [1, () => `University of ${city.stateName || city.name}`],
        ])();
      case 'ward':
        return `${surname()} ${rng.pick(UNIT_WORDS)}${rng.chance(0.5) ? ` ${rng.int(2, 14)}` : ''}`;
    }
  }
}
