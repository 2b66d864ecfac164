import type { Interval } from "../core/index.js";
import type { ReadClaim } from "./claims.js";

/** The relations plansheet checks. */
export type CheckKind =
  | "average_vs_cumulative"
  | "level_vs_change"
  | "level_vs_average"
  | "pp_vs_levels"
  | "level_vs_absolute"
  | "identity_levels"
  | "identity_changes"
  | "same_figure";

/** Two printed levels of one indicator and a printed change between them, related as `relation`. */
export interface LevelsAndChange {
  readonly relation: CheckKind;
  readonly indicator: string;
  readonly from: number;
  readonly to: number;
  readonly start: ReadClaim;
  readonly end: ReadClaim;
  readonly change: ReadClaim;
}

/**
 * What a check found, as data: which sentence says it and the facts the sentence needs — the indicators, the
 * period or year, the claims it rests on. The intervals, the verdict and the decimals are the check's own
 * (`computed`, `verdict`, `decimals`). `sentences.ts` turns a finding into English and Chinese.
 */
export type Finding =
  /** 年均增速 against 累计增长 for one indicator and period. */
  | { readonly sentence: "average_vs_cumulative"; readonly indicator: string; readonly from: number; readonly to: number; readonly average: ReadClaim; readonly cumulative: ReadClaim }
  /** Two printed levels against the printed change between them. */
  | ({ readonly sentence: "levels_vs_change" } & LevelsAndChange)
  /**
   * Two money levels at current prices and a growth rate at comparable prices between them: not an identity; the
   * price change they imply is the check's `computed`, `nominal` the levels' change at current prices.
   */
  | ({ readonly sentence: "levels_vs_change_across_bases"; readonly nominal: Interval } & LevelsAndChange)
  /** The same figure printed twice: the two must agree within their rounding. */
  | { readonly sentence: "same_figure"; readonly indicator: string; readonly first: ReadClaim; readonly second: ReadClaim }
  /** One printed level and a change: the other level, which is not printed. */
  | { readonly sentence: "implied_level"; readonly indicator: string; readonly from: number; readonly to: number; readonly known: ReadClaim; readonly change: ReadClaim; readonly year: number }
  /** Two printed levels that no printed change relates: the change between them. */
  | { readonly sentence: "implied_change"; readonly indicator: string; readonly from: number; readonly to: number; readonly start: ReadClaim; readonly end: ReadClaim; readonly share: boolean }
  /** An identity on levels in one year, every indicator printed. */
  | { readonly sentence: "identity_levels"; readonly identity: string; readonly year: number; readonly lhs: ReadClaim }
  /** An identity on levels in one year with one indicator not printed: its value. */
  | { readonly sentence: "identity_level_derived"; readonly identity: string; readonly year: number; readonly used: readonly ReadClaim[]; readonly unknown: string }
  /** An identity on changes over one period, every change printed. */
  | {
      readonly sentence: "identity_changes";
      readonly identity: string;
      readonly lhs: string;
      readonly from: number;
      readonly to: number;
      readonly others: readonly ReadClaim[];
      readonly lhsClaim: ReadClaim;
    }
  /** An identity on changes over one period with one change not printed: that change. */
  | { readonly sentence: "identity_change_derived"; readonly identity: string; readonly from: number; readonly to: number; readonly used: readonly ReadClaim[]; readonly unknown: string };

/** A remark on a check, as data (see `noteText`). */
export type Note =
  /** The printed average matches the compound average only if it was truncated rather than rounded. */
  | { readonly code: "truncated"; readonly figure: string }
  /**
   * An identity on changes fails, and the money quantity's change the other figures imply differs from the printed
   * one by what a price-basis difference would explain: `priceFactor` is the factor prices would have changed by.
   */
  | { readonly code: "price_basis"; readonly indicator: string; readonly implied: Interval; readonly claim: ReadClaim; readonly priceFactor: Interval }
  /**
   * Money levels and a change of unstated basis that do not fit: read at comparable prices, the change would fit
   * with this price change over the period.
   */
  | { readonly code: "basis_reading"; readonly claim: ReadClaim; readonly priceChange: Interval }
  /** The check uses figures printed as estimates (预计). */
  | { readonly code: "estimated"; readonly claims: readonly string[] };
