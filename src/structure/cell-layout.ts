import type { Timeline } from "../core/index.js";

/**
 * Where each cell (indicator × year) of a model lies in its tables: slot-major, `cell = slot × years + yearIndex`,
 * so that every indicator's series is one contiguous stretch of an array (`seriesStart(slot)` onwards). Every
 * table of a model — values, failed flags, rules, the dependency graph — is laid out this way; this is the one
 * place that says how.
 */
export class CellLayout {
  /** Years in the timeline: the length of one series. */
  readonly years: number;
  /** The timeline's first year (year index 0). */
  readonly first: number;

  constructor(timeline: Timeline) {
    this.years = timeline.length;
    this.first = timeline.first;
  }

  /** The cell of indicator `slot` at `yearIndex` (0 for the timeline's first year). */
  cell(slot: number, yearIndex: number): number {
    return slot * this.years + yearIndex;
  }

  /** The cell of indicator `slot` in calendar `year`, or −1 when the year lies outside the timeline (or is NaN). */
  cellInYear(slot: number, year: number): number {
    const yearIndex = year - this.first;
    return yearIndex >= 0 && yearIndex < this.years ? slot * this.years + yearIndex : -1;
  }

  /** The first cell of indicator `slot`'s series. */
  seriesStart(slot: number): number {
    return slot * this.years;
  }

  /** The indicator (slot) a cell belongs to. */
  slotOf(cell: number): number {
    return Math.floor(cell / this.years);
  }

  /** The year index of a cell (0 for the timeline's first year). */
  yearIndexOf(cell: number): number {
    return cell % this.years;
  }

  /** The calendar year of a cell. */
  yearOf(cell: number): number {
    return this.first + (cell % this.years);
  }
}
