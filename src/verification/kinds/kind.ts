import type { Interval, PrintedFigure } from "../../core/index.js";
import type { SubYearPeriod } from "../sub-year.js";

/** A field some kinds of claim take: the total of a share or contribution, a structure's parts, the other rate, the money a price change deflates. */
export type ClaimField = "of" | "parts" | "than" | "deflates";

/** Where a claim is filed in the claim index, by what it states (`claim-index.ts`). */
export type IndexEntry =
  | "levels"
  | "changes"
  | "averages"
  | "points"
  | "amounts"
  | "contributions"
  | "contributionShares"
  | "structures"
  | "rateDifferences";

/** What a sentence quotes of a claim: its figure as printed, and what it is compared with. */
export interface QuotedClaim {
  readonly indicator: string;
  readonly figure: PrintedFigure;
  readonly flat?: boolean;
  readonly qualifiers: readonly string[];
  readonly meanings: readonly string[];
  readonly printedUnit?: string;
  readonly from?: number;
  readonly to?: number;
  readonly period?: SubYearPeriod;
  readonly than?: { readonly indicator: string; readonly to: number; readonly period?: SubYearPeriod };
}

/**
 * Everything plansheet knows of one kind of claim, in one place: what it states, when (a year, or a period), how its
 * value is printed and read, the fields it takes, where the claim index files it, and how a sentence quotes it. The
 * schema, the reader, the index and the wording all read this, so a kind is added by one file and one line in
 * `kinds/index.ts`.
 */
export interface ClaimKindSpec {
  /** What a figure of the kind states, with the phrasing it is printed in: the schema's description. */
  readonly states: string;
  /** A level or share in a year, or a change over a period (from, to). */
  readonly time: "year" | "period";
  /**
   * How the value is printed: a percentage (5.1%), percentage points (0.8pp), a number of 倍 or an index number
   * (`times`), an amount in the indicator's unit (or, for a level of a rate, a percentage), shares A：B：C.
   */
  readonly printed: "percent" | "points" | "times" | "amount" | "shares";
  /** The value it expects, for messages: "a percentage, such as 5.1%". */
  readonly expected: string;
  /** The fields it takes; `needs` the ones it cannot do without. */
  readonly fields: readonly ClaimField[];
  readonly needs?: readonly ClaimField[];
  /** A change read as a ratio (28.5% is 0.285; 1.3倍 is 1.3): never below −100%. */
  readonly ratio?: boolean;
  /** From the printed interval to the ratio the checks use: 是…的2.3倍 is +130%; an index of 99.5 is −0.5%. */
  readonly toRatio?: (printed: Interval) => Interval;
  /** What 持平 (no change) reads as. */
  readonly flat?: string;
  readonly index: IndexEntry;
  /** The figure as a report prints it, for sentences: 增长28.5%, 年均下降4.07%, 拉动1.3个百分点. */
  readonly words: (claim: QuotedClaim) => string;
}
