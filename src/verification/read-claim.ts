import type { Interval, PrintedFigure } from "../core/index.js";
import type { Unit } from "../units/index.js";
import type { QualifierMeaning } from "./qualifiers.js";
import type { ClaimKind, YearKind } from "./kinds/index.js";
import type { QualifierWord } from "./schema.js";
import type { SubYearPeriod } from "./sub-year.js";

/** What every read claim has: its printed figure and the interval of true values it allows. */
interface ClaimReading {
  readonly id: string;
  readonly indicator: string;
  /** The part of each year the figure is for (上半年): it relates only to figures of the same months. */
  readonly period?: SubYearPeriod;
  readonly quote?: string;
  /** The indicator's name as printed, when the claim gives one. */
  readonly label?: string;
  readonly figure: PrintedFigure;
  readonly qualifiers: readonly QualifierWord[];
  readonly meanings: readonly QualifierMeaning[];
  /**
   * The true values the figure allows: a level in the indicator's unit (the model's, else the claim's); a change
   * or a share as a ratio (28.5% is 0.285).
   */
  readonly interval: Interval;
  /** The unit of a level's interval (the model's indicator unit when a model is given). */
  readonly unit?: Unit;
  /** The unit the figure is printed in, as written in the claim (`万元` for "突破6万元"). */
  readonly printedUnit?: string;
  /**
   * The prices a money figure is at: the claim's own `basis`, else the file's default for its kind (levels are at
   * current prices unless said otherwise); absent for a change whose basis nobody stated.
   */
  readonly basis?: PriceBasis;
  /**
   * For a contribution or contribution share: the total the part contributes to. A share of a total and its point
   * change are filed under the indicator `part/total` (`tertiary/gdp`), so that they relate to each other only.
   */
  readonly of?: string;
  /** The total's name as printed, when the claim gives one. */
  readonly ofLabel?: string;
  /** For a structure: each part's printed share, as a share claim of its own (the structure's id, `of` the total). */
  readonly components?: readonly ReadClaim[];
  /** For a rate difference: the other rate, another indicator's or another period's. */
  readonly than?: {
    readonly indicator: string;
    readonly from: number;
    readonly to: number;
    readonly period?: SubYearPeriod;
  };
  /** Printed as 持平: a change that rounds to zero. */
  readonly flat?: boolean;
  /** For a price change (deflator, price index): the money indicators whose figures at the two price bases it links. */
  readonly deflates?: readonly string[];
  /** What the reading rests on that its text does not print (`confidence: guess`, with its note). */
  readonly guess?: string;
  /** What the guess takes that the text does not print (`assumes:` — year, base, subject, period). */
  readonly assumes?: readonly string[];
  /** The claim's position in the file, for messages. */
  readonly path: readonly (string | number)[];
}

/** A claim of a level, a share or a structure: a figure of one year. */
export interface YearClaim extends ClaimReading {
  readonly kind: YearKind;
  readonly year: number;
  readonly from?: undefined;
  readonly to?: undefined;
}

/** A claim of a change over a period: from one year to a later one. */
export interface PeriodClaim extends ClaimReading {
  readonly kind: Exclude<ClaimKind, YearKind>;
  readonly from: number;
  readonly to: number;
  readonly year?: undefined;
}

/** A claim read and checked: a figure of a year, or of a period, by its kind. */
export type ReadClaim = YearClaim | PeriodClaim;

/** The indicator a share of a total is filed under: `tertiary/gdp`, the share of tertiary in gdp. */
export function shareKey(part: string, total: string): string {
  return `${part}/${total}`;
}

/**
 * The indicator a figure of a region or a part of an indicator is filed under: `青山县·gdp`, `制造业·investment`,
 * `全国·consumer_prices` — apart from the whole's, so that no check divides by another region's total.
 */
export function regionalId(indicator: string, region?: string, breakdown?: string): string {
  return [region, breakdown, indicator].filter((p) => p !== undefined && p !== "").join("·");
}

/** Current prices (现价) or comparable prices (可比价). */
export type PriceBasis = "current" | "comparable";
