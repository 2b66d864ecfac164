import { absoluteChange } from "./absolute-change.js";
import { averageGrowth } from "./average-growth.js";
import { contribution } from "./contribution.js";
import { contributionShare } from "./contribution-share.js";
import { cumulativeChange } from "./cumulative-change.js";
import { indexNumber } from "./index-number.js";
import type { ClaimKindSpec } from "./kind.js";
import { level } from "./level.js";
import { multiple } from "./multiple.js";
import { ppChange } from "./pp-change.js";
import { rateDifference } from "./rate-difference.js";
import { ratio } from "./ratio.js";
import { share } from "./share.js";
import { structure } from "./structure.js";

export type { ClaimField, ClaimKindSpec, IndexEntry, QuotedClaim } from "./kind.js";

/** Every kind of claim, by its name in a claims file: one line each. */
export const KINDS = {
  level,
  cumulative_change: cumulativeChange,
  average_growth: averageGrowth,
  pp_change: ppChange,
  share,
  absolute_change: absoluteChange,
  multiple,
  ratio,
  index: indexNumber,
  contribution,
  contribution_share: contributionShare,
  structure,
  rate_difference: rateDifference,
} as const satisfies Record<string, ClaimKindSpec>;

/** The name of a kind of claim. */
export type ClaimKind = keyof typeof KINDS;

/** The kinds of a figure of one year (their registry entries say `time: "year"`; a test holds the two together). */
export type YearKind = "level" | "share" | "structure";

/** The kinds' names, in the registry's order. */
export const CLAIM_KINDS = Object.keys(KINDS) as [ClaimKind, ...ClaimKind[]];

/** The kind's spec. */
export function kindOf(kind: ClaimKind): ClaimKindSpec {
  return KINDS[kind];
}

/** Whether a kind states a level in a year (level, share, structure) rather than a change over a period. */
export function inAYear(kind: ClaimKind): boolean {
  return KINDS[kind].time === "year";
}
