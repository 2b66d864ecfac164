/**
 * The years a model covers: consecutive calendar years from `first` to `last`, and the base year, the last
 * year with actuals. Projection rules apply only after the base year.
 *
 * Cells are addressed by a year's index (`year - first`), so that every series is one array.
 */
export class Timeline {
  readonly first: number;
  readonly last: number;
  readonly baseYear: number;

  /** @throws RangeError when the years are not integers, `first > last`, or the base year lies outside. */
  constructor(first: number, last: number, baseYear: number) {
    if (!Number.isInteger(first) || !Number.isInteger(last) || !Number.isInteger(baseYear)) {
      throw new RangeError(`timeline years must be whole numbers, got ${first}–${last}, base ${baseYear}`);
    }
    if (first > last) throw new RangeError(`timeline starts after it ends: ${first} > ${last}`);
    if (baseYear < first || baseYear > last) {
      throw new RangeError(`base year ${baseYear} lies outside the timeline ${first}–${last}`);
    }
    this.first = first;
    this.last = last;
    this.baseYear = baseYear;
  }

  /** Number of years, `last − first + 1`. */
  get length(): number {
    return this.last - this.first + 1;
  }

  /** The years in order. */
  get years(): number[] {
    return Array.from({ length: this.length }, (_, i) => this.first + i);
  }

  /** True when `year` is one of the timeline's years. */
  contains(year: number): boolean {
    return Number.isInteger(year) && year >= this.first && year <= this.last;
  }

  /** Position of `year` in every series, `year − first`; −1 when outside the timeline. */
  indexOf(year: number): number {
    return this.contains(year) ? year - this.first : -1;
  }

  /** The year at a series position. */
  yearAt(index: number): number {
    return this.first + index;
  }

  /** Years after the base year: the projected years. */
  get projectedYears(): number[] {
    return this.years.filter((y) => y > this.baseYear);
  }

  /** `2016–2025` as printed in messages. */
  toString(): string {
    return `${this.first}–${this.last}`;
  }
}
