import type { Interval } from "../core/index.js";
import type { PeriodClaim, ReadClaim, YearClaim } from "./read-claim.js";

/**
 * What weights a total's growth from its parts: the parts' printed shares of the total in the period's first year,
 * their printed levels in that year, or their printed levels in the last year brought back by their growth rates.
 */
export type PartWeights = "shares_before" | "levels_before" | "levels_after";

/**
 * Why the parts' growth rates cannot be weighted: at comparable prices the weights are the parts' values at the
 * previous year's prices, which levels of the last year at current prices do not give (`comparable_after`); over
 * several years at comparable prices the weights change from year to year (`comparable_chained`).
 */
export type UnweightedWhy = "comparable_after" | "comparable_chained";

/** The relations plansheet checks. */
export type CheckKind =
  | "average_vs_cumulative"
  | "level_vs_change"
  | "level_vs_average"
  | "pp_vs_levels"
  | "level_vs_absolute"
  | "change_vs_absolute"
  | "identity_levels"
  | "identity_changes"
  | "same_figure"
  | "periods_compose"
  | "structure_sum"
  | "contribution_share"
  | "contributions_sum"
  | "rate_difference"
  | "growth_from_parts"
  | "contribution_from_growth"
  | "share_vs_levels"
  | "share_change_from_growth"
  | "mean_within_groups";

/** Two printed levels of one indicator and a printed change between them, related as `relation`. */
export interface LevelsAndChange {
  readonly relation: CheckKind;
  readonly indicator: string;
  readonly from: number;
  readonly to: number;
  readonly start: YearClaim;
  readonly end: YearClaim;
  readonly change: PeriodClaim;
}

/**
 * What a check found, as data: which sentence says it and the facts the sentence needs — the indicators, the
 * period or year, the claims it rests on. The intervals, the verdict and the decimals are the check's own
 * (`computed`, `verdict`, `decimals`). `sentences.ts` turns a finding into English and Chinese.
 */
export type Finding =
  /** 年均增速 against 累计增长 for one indicator and period. */
  | {
      readonly sentence: "average_vs_cumulative";
      readonly indicator: string;
      readonly from: number;
      readonly to: number;
      readonly average: PeriodClaim;
      readonly cumulative: PeriodClaim;
    }
  /** Two printed levels against the printed change between them. */
  | ({ readonly sentence: "levels_vs_change" } & LevelsAndChange)
  /**
   * Two money levels at current prices and a growth rate at comparable prices between them: not an identity; the
   * price change they imply is the check's `computed`, `nominal` the levels' change at current prices.
   */
  | ({
      readonly sentence: "levels_vs_change_across_bases";
      readonly nominal: Interval;
      readonly prices?: PeriodClaim;
    } & LevelsAndChange)
  /**
   * The same figure printed twice: the two must agree within their rounding. `range`: one is a floor and the other a
   * ceiling (52.9分贝以上, 56.1分贝以内: a range's two ends), which must leave room between them.
   */
  | {
      readonly sentence: "same_figure";
      readonly indicator: string;
      readonly first: ReadClaim;
      readonly second: ReadClaim;
      readonly range?: boolean;
    }
  /**
   * One printed level and a change: the other level, which is not printed. `whole` is false when the level is a
   * count and no whole number lies in the implied interval (1094个 after a rise of 8.8% had no whole predecessor).
   */
  | {
      readonly sentence: "implied_level";
      readonly indicator: string;
      readonly from: number;
      readonly to: number;
      readonly known: YearClaim;
      readonly change: PeriodClaim;
      readonly year: number;
      readonly whole?: boolean;
    }
  /** A level, a growth rate and an absolute change over one period: the change the level and the growth imply. */
  | {
      readonly sentence: "change_vs_absolute";
      readonly indicator: string;
      readonly from: number;
      readonly to: number;
      readonly level: YearClaim;
      readonly change: PeriodClaim;
      readonly amount: PeriodClaim;
    }
  /** Changes over two consecutive periods against the change over the whole (1952–1978 and 1978–2023 in 1952–2023). */
  | {
      readonly sentence: "periods_compose";
      readonly indicator: string;
      readonly first: PeriodClaim;
      readonly second: PeriodClaim;
      readonly whole: PeriodClaim;
    }
  /** A share's point change against its printed share and the growth of the part and of the total. */
  | {
      readonly sentence: "share_change_from_growth";
      readonly change: PeriodClaim;
      readonly share: YearClaim;
      readonly partGrowth: PeriodClaim;
      readonly totalGrowth: PeriodClaim;
    }
  /** A printed share of a total against the part's and the total's printed levels. */
  | {
      readonly sentence: "share_vs_levels";
      readonly share: YearClaim;
      readonly part: YearClaim;
      readonly total: YearClaim;
    }
  /** A structure's printed shares against 100%. */
  | { readonly sentence: "structure_sum"; readonly structure: YearClaim }
  /** A contribution share (贡献率) against the contribution (拉动) over the total's growth. */
  | {
      readonly sentence: "contribution_share";
      readonly share: PeriodClaim;
      readonly contribution: PeriodClaim;
      readonly growth: PeriodClaim;
    }
  /** The parts' contributions against the total's growth (or, without it, the growth they imply). */
  | {
      readonly sentence: "contributions_sum";
      readonly total: string;
      readonly from: number;
      readonly to: number;
      readonly contributions: readonly PeriodClaim[];
      readonly growth?: PeriodClaim;
    }
  /** The parts' contribution shares against 100%. */
  | {
      readonly sentence: "contribution_shares_sum";
      readonly total: string;
      readonly from: number;
      readonly to: number;
      readonly shares: readonly PeriodClaim[];
    }
  /** A total's growth against its parts' growth rates, weighted by their shares of the total (`weights` says how read). */
  | {
      readonly sentence: "growth_from_parts";
      readonly total: string;
      readonly from: number;
      readonly to: number;
      readonly growths: readonly PeriodClaim[];
      readonly weights: PartWeights;
      readonly weightClaims: readonly YearClaim[];
      readonly growth?: PeriodClaim;
    }
  /** A total's growth outside the range of its parts' growth rates, which no weights can reconcile (the check's `computed` is that range). */
  | {
      readonly sentence: "growth_outside_parts";
      readonly total: string;
      readonly from: number;
      readonly to: number;
      readonly growths: readonly PeriodClaim[];
      readonly growth: PeriodClaim;
    }
  /** An average over groups outside the range of its groups' averages (the check's `computed` is that range). */
  | {
      readonly sentence: "mean_outside_groups";
      readonly mean: string;
      readonly year: number;
      readonly groups: readonly YearClaim[];
      readonly whole: YearClaim;
    }
  /** The parts' growth rates printed, but nothing that weights them at the prices they are at. */
  | {
      readonly sentence: "growth_from_parts_unweighted";
      readonly total: string;
      readonly from: number;
      readonly to: number;
      readonly growths: readonly PeriodClaim[];
      readonly why: UnweightedWhy;
      readonly growth?: PeriodClaim;
    }
  /** A contribution against the part's share of the total the year before times its growth (`weight`: a share, or a part's and the total's levels). */
  | {
      readonly sentence: "contribution_from_growth";
      readonly contribution: PeriodClaim;
      readonly growth: PeriodClaim;
      readonly weight: readonly YearClaim[];
      readonly share: Interval;
    }
  /** A contribution whose sign is not its part's growth's (the part's share is positive). */
  | { readonly sentence: "contribution_sign"; readonly contribution: PeriodClaim; readonly growth: PeriodClaim }
  /** A difference of two rates against the two printed rates. */
  | {
      readonly sentence: "rate_difference";
      readonly difference: PeriodClaim;
      readonly rate: PeriodClaim;
      readonly other: PeriodClaim;
    }
  /** A difference of two rates with one rate printed: the other. */
  | {
      readonly sentence: "rate_derived";
      readonly difference: PeriodClaim;
      readonly known: PeriodClaim;
      readonly missing: {
        readonly indicator: string;
        readonly from: number;
        readonly to: number;
        readonly period?: string;
      };
    }
  /** Two printed levels that no printed change relates: the change between them. */
  | {
      readonly sentence: "implied_change";
      readonly indicator: string;
      readonly from: number;
      readonly to: number;
      readonly start: YearClaim;
      readonly end: YearClaim;
      readonly share: boolean;
    }
  /** An identity on levels in one year, every indicator printed. */
  | { readonly sentence: "identity_levels"; readonly identity: string; readonly year: number; readonly lhs: YearClaim }
  /** An identity on levels in one year with one indicator not printed: its value. */
  | {
      readonly sentence: "identity_level_derived";
      readonly identity: string;
      readonly year: number;
      readonly used: readonly YearClaim[];
      readonly unknown: string;
    }
  /** An identity on changes over one period, every change printed. */
  | {
      readonly sentence: "identity_changes";
      readonly identity: string;
      readonly lhs: string;
      readonly from: number;
      readonly to: number;
      readonly others: readonly PeriodClaim[];
      readonly lhsClaim: PeriodClaim;
    }
  /** An identity on changes over one period with one change not printed: that change. */
  | {
      readonly sentence: "identity_change_derived";
      readonly identity: string;
      readonly from: number;
      readonly to: number;
      readonly used: readonly PeriodClaim[];
      readonly unknown: string;
    };

/** A remark on a check, as data (see `noteText`). */
export type Note =
  /** The printed average matches the compound average only if it was truncated rather than rounded. */
  | { readonly code: "truncated"; readonly figure: string }
  /**
   * An identity on changes fails, and the money quantity's change the other figures imply differs from the printed
   * one by what a price-basis difference would explain: `priceFactor` is the factor prices would have changed by.
   */
  | {
      readonly code: "price_basis";
      readonly indicator: string;
      readonly implied: Interval;
      readonly claim: ReadClaim;
      readonly priceFactor: Interval;
    }
  /**
   * Money levels and a change of unstated basis that do not fit: read at comparable prices, the change would fit
   * with this price change over the period.
   */
  | { readonly code: "basis_reading"; readonly claim: ReadClaim; readonly priceChange: Interval }
  /** The check uses figures printed as estimates (预计). */
  | { readonly code: "estimated"; readonly claims: readonly string[] }
  /** The check uses readings that rest on something the text does not print: to review, not a finding. */
  | {
      readonly code: "guessed";
      readonly guesses: readonly {
        readonly claim: string;
        readonly note: string;
        readonly assumes: readonly string[];
      }[];
    };
