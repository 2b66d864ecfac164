import { inAYear, type ClaimKind } from "../../verification/index.js";
import type { PlanYears } from "../context/plans.js";
import type { Base } from "./comparison.js";

/** A fact of a reading that no printed word gave, with what was taken instead (the claim's note says it). */
export interface Assumption {
  readonly field: "year" | "base" | "subject" | "period";
  readonly note: string;
}

/** When a figure is: the year of a level, the two years of a change, the part of the year, the other rate's period. */
export interface FigureTime {
  readonly year?: number;
  readonly from?: number;
  readonly to?: number;
  readonly period?: string;
  /** For a rate difference: the other rate's years, or its part of the year (比一季度加快). */
  readonly than?: { readonly from?: number; readonly to?: number; readonly period?: string };
  readonly assumed: readonly Assumption[];
}

/** The part of the year just before a part: M3 before M4, Q1 before Q2, M1-M3 before M1-M4, H1 before H2. */
export function periodBefore(code: string): string | undefined {
  const month = /^M(\d{1,2})$/.exec(code);
  if (month) return Number(month[1]) > 1 ? `M${Number(month[1]) - 1}` : undefined;
  const run = /^M1-M(\d{1,2})$/.exec(code);
  if (run)
    return Number(run[1]) > 2
      ? Number(run[1]) - 1 === 3
        ? "Q1"
        : Number(run[1]) - 1 === 6
          ? "H1"
          : `M1-M${Number(run[1]) - 1}`
      : "M1";
  const quarter = /^Q([2-4])$/.exec(code);
  if (quarter) return `Q${Number(quarter[1]) - 1}`;
  return code === "H2" ? "H1" : code === "Q1-Q3" ? "H1" : code === "H1" ? "Q1" : undefined;
}

/** What the reader knows of a figure's time when it places it. */
export interface TimeClues {
  /** The year the figure is of (said in its clause or sentence, else its section's). */
  readonly year: number;
  /** Said by the text rather than taken from the document's kind or assumed. */
  readonly yearSaid: boolean;
  readonly yearNote?: string;
  readonly base?: Base;
  /** For an average over years said in words (两年平均): how many. */
  readonly years?: number;
  /** The years of a plan the sentence speaks of (五年来, 十四五时期). */
  readonly span?: PlanYears;
  /** Years printed as a range (2016—2020年年均增长): the period itself. */
  readonly range?: PlanYears;
  readonly period?: string;
}

/**
 * The time of a figure. A level is of its year. A change runs to its year from its base: a year said (比2019年), the
 * year before (比上年, 同比, and by the convention of statistical texts a growth printed with no base), the same year
 * against another month (环比: from = to), or the start of the plan the sentence speaks of (五年来…年均增长). An
 * average with no period said and no plan around it is taken over the five years to its year, and said so.
 */
export function timeOf(kind: ClaimKind, clues: TimeClues): FigureTime {
  const assumed: Assumption[] = clues.yearSaid
    ? []
    : [{ field: "year", note: clues.yearNote ?? `the year is not printed: taken as ${clues.year}` }];
  const period = clues.period !== undefined ? { period: clues.period } : {};
  if (inAYear(kind)) return { year: clues.range?.to ?? clues.year, ...period, assumed };
  if (clues.range) return { from: clues.range.from, to: clues.range.to, ...period, assumed };
  const to = clues.year;
  const base = clues.base;
  let from: number;
  let than: FigureTime["than"];
  if (base?.kind === "year") from = base.year;
  else if (base?.kind === "previous_period") {
    // 增速比上月回落: this month's rate against last month's, each against the year before
    if (kind === "rate_difference") {
      from = to - 1;
      const before = clues.period !== undefined ? periodBefore(clues.period) : undefined;
      than = before ? { period: before } : {};
    } else from = to;
  } else if (base?.kind === "period") {
    from = kind === "rate_difference" ? to - 1 : to;
    than = { period: base.code };
  } else if (kind === "average_growth" && clues.years !== undefined) from = to - clues.years;
  else if (clues.span && to === clues.span.to && base === undefined) from = clues.span.from;
  else if (kind === "average_growth" && base === undefined) {
    from = to - 5;
    assumed.push({ field: "base", note: `the period of the average is not printed: taken as the five years to ${to}` });
  } else from = to - 1;
  if (kind === "rate_difference" && !than) than = base?.kind === "other" ? {} : { from: from - (to - from), to: from };
  return { from, to, ...period, ...(than ? { than } : {}), assumed };
}
