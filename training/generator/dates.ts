import { phi, type Piece } from './pieces';
import type { Rng } from './rng';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function ordinal(day: number): string {
  const suffix = day % 100 >= 11 && day % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** Every written form of a calendar date found in US records; each is one DATE span. */
const DATE_FORMATS: readonly (readonly [number, (d: Date) => string])[] = [
  [6, (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`],
  [4, (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`],
  [3, (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`],
  [3, (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}`],
  [2, (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`],
  [1, (d) => `${MONTHS[d.getUTCMonth()]} ${ordinal(d.getUTCDate())}`],
  [1, (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`],
  [1, (d) => `${MONTHS_SHORT[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`],
  [1, (d) => `${MONTHS_SHORT[d.getUTCMonth()]}. ${d.getUTCDate()}`],
  [1, (d) => `${pad(d.getUTCDate())}-${MONTHS_SHORT[d.getUTCMonth()]}-${d.getUTCFullYear()}`],
  [0.5, (d) => `${d.getUTCDate()}-${MONTHS_SHORT[d.getUTCMonth()]!.toUpperCase()}-${String(d.getUTCFullYear()).slice(2)}`],
  [2, (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`],
  [1, (d) => `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}`],
  [0.5, (d) => `${d.getUTCMonth() + 1}.${d.getUTCDate()}.${String(d.getUTCFullYear()).slice(2)}`],
  [0.5, (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`],
  [0.5, (d) => `the ${ordinal(d.getUTCDate())} of ${MONTHS[d.getUTCMonth()]}`],
  [0.5, (d) => `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${d.getUTCFullYear()}`],
  [0.5, (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`],
];
const FULL_DATE_FORMATS = DATE_FORMATS.slice(0, 3);

/**
 * Dates for one note: a visit date and a per-note preferred style (records are mostly
 * consistent), with other styles mixed in.
 */
export class NoteCalendar {
  readonly visit: Date;
  private readonly preferred: (d: Date) => string;

  constructor(private readonly rng: Rng) {
    // Surrogate corpora shift dates, often into the future ("2088-07-03"), so some years are far out.
    const year = rng.chance(0.85) ? rng.int(1995, 2027) : rng.int(2028, 2110);
    this.visit = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
    this.preferred = rng.weighted(DATE_FORMATS);
  }

  /** A date `days` after the visit (negative = before). */
  shift(days: number): Date {
    return new Date(this.visit.getTime() + days * 86_400_000);
  }

  /** A DATE span in the note's usual style, or another style now and then. */
  date(d: Date = this.visit): Piece {
    const format = this.rng.chance(0.7) ? this.preferred : this.rng.weighted(DATE_FORMATS);
    return phi('DATE', format(d));
  }

  /** A numeric full date for form fields (DOB, admission). */
  fullDate(d: Date = this.visit): Piece {
    return phi('DATE', this.rng.weighted(FULL_DATE_FORMATS)(d));
  }

  /** Date and time; by convention only the date is labelled, the time is not PHI. */
  dateTime(d: Date = this.visit): Piece {
    return [this.fullDate(d), ' ', this.time()];
  }

  time(): string {
    const hour = this.rng.int(0, 23);
    const minute = pad(this.rng.int(0, 59));
    return this.rng.weighted<() => string>([
      [3, () => `${pad(hour)}:${minute}`],
      [2, () => `${hour % 12 || 12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`],
      [1, () => `${pad(hour)}${minute}`],
      [1, () => `${hour % 12 || 12}:${minute}${hour < 12 ? 'am' : 'pm'}`],
    ])();
  }

  /** Date of birth for an age in years. */
  birthDate(age: number): Date {
    return new Date(this.visit.getTime() - (age * 365.25 + this.rng.int(0, 364)) * 86_400_000);
  }

  year(offsetYears = -this.rng.int(1, 30)): string {
    return String(this.visit.getUTCFullYear() + offsetYears);
  }
}
