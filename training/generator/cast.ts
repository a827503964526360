import { email, identifier, phone, url } from './contact';
import { NoteCalendar } from './dates';
import { FacilityPools, shortHospitalName } from './facilities';
import { NamePools, type Person } from './names';
import { PlacePools, type Address, type City } from './places';
import type { Rng } from './rng';
import { poolSide, type PoolSide, type Split } from './split';
import type { Phi } from './pieces';

/** Pools for one split, built once and shared by every note of the split. */
export class Pools {
  readonly names: NamePools;
  readonly places: PlacePools;
  readonly facilities: FacilityPools;
  readonly side: PoolSide;

  constructor(split: Split) {
    const side = (this.side = poolSide(split));
    this.names = new NamePools(side);
    this.places = new PlacePools(side);
    this.facilities = new FacilityPools(side);
  }
}

export type Relation = 'wife' | 'husband' | 'daughter' | 'son' | 'mother' | 'father' | 'sister' | 'brother' | 'niece' | 'grandson' | 'granddaughter' | 'partner' | 'friend' | 'neighbor' | 'caregiver' | 'guardian';

export interface Relative {
  person: Person;
  relation: Relation;
}

/**
 * Everyone and everything one note can mention. Values are fixed per note so a patient's name,
 * MRN and hospital repeat consistently, as they do in real records.
 */
export class Cast {
  readonly calendar: NoteCalendar;
  readonly patient: Person;
  readonly age: number;
  readonly dob: Date;
  readonly relatives: Relative[];
  readonly attending: Person;
  readonly pcp: Person;
  readonly resident: Person;
  readonly nurse: Person;
  readonly consultant: Person;
  readonly city: City;
  readonly home: Address;
  readonly hospital: string;
  /** What the hospital is called in running text ("MGH", "St. Mary's"). */
  readonly hospitalShort: string;
  readonly otherHospital: string;
  readonly clinic: string;
  readonly careHome: string;
  readonly ward: string;
  readonly employer: string;
  readonly school: string;
  readonly mrn: Phi;
  readonly patientPhone: Phi;
  readonly clinicPhone: Phi;
  readonly fax: Phi;
  readonly patientEmail: Phi;
  readonly website: Phi;

  constructor(readonly rng: Rng, readonly pools: Pools) {
    const names = pools.names;
    this.calendar = new NoteCalendar(rng);
    this.patient = names.person(rng);
    // Ages over 89 are PHI; make them common enough to learn (about one note in seven).
    this.age = rng.weighted<() => number>([[6, () => rng.int(18, 89)], [1, () => rng.int(90, 104)], [1, () => rng.int(0, 17)]])();
    this.dob = this.calendar.birthDate(this.age);
    const relations: Relation[] = ['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'niece', 'grandson', 'granddaughter', 'partner', 'friend', 'neighbor', 'caregiver', 'guardian'];
    this.relatives = Array.from({ length: rng.int(1, 3) }, () => {
      const relation = rng.pick(relations);
      const sex = ['wife', 'daughter', 'mother', 'sister', 'niece', 'granddaughter'].includes(relation) ? 'female' : ['husband', 'son', 'father', 'brother', 'grandson'].includes(relation) ? 'male' : undefined;
      const person = names.person(rng, sex);
      // Close family usually shares the surname.
      if (['daughter', 'son', 'wife', 'husband'].includes(relation) && rng.chance(0.6)) person.last = this.patient.last;
      return { person, relation };
    });
    this.attending = names.person(rng);
    this.pcp = names.person(rng);
    this.resident = names.person(rng);
    this.nurse = names.person(rng);
    this.consultant = names.person(rng);
    const surname = () => names.surname(rng);
    this.home = pools.places.address(rng, surname);
    this.city = rng.chance(0.7) ? this.home.city : pools.places.usCity(rng);
    const facilities = pools.facilities;
    this.hospital = facilities.make(rng, 'hospital', this.city, surname);
    this.hospitalShort = shortHospitalName(rng, this.hospital);
    this.otherHospital = facilities.make(rng, 'hospital', pools.places.usCity(rng), surname);
    this.clinic = facilities.make(rng, 'clinic', this.city, surname);
    this.careHome = facilities.make(rng, 'careHome', this.home.city, surname);
    this.ward = facilities.make(rng, 'ward', this.city, surname);
    this.employer = facilities.make(rng, 'employer', this.home.city, surname);
    this.school = facilities.make(rng, 'school', this.home.city, surname);
    this.mrn = identifier(rng, 'mrn');
    this.patientPhone = phone(rng);
    this.clinicPhone = phone(rng);
    this.fax = phone(rng);
    this.patientEmail = email(rng, this.patient);
    this.website = url(rng, this.hospital);
  }

  relative(): Relative {
    return this.rng.pick(this.relatives);
  }

  /** Pronoun set for the patient. */
  get they(): { subject: string; object: string; possessive: string } {
    return this.patient.sex === 'female' ? { subject: 'she', object: 'her', possessive: 'her' } : { subject: 'he', object: 'him', possessive: 'his' };
  }
}

