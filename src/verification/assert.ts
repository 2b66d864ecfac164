import type { Model } from "../evaluation/index.js";
import type { Check, VerificationReport } from "./report.js";
import type { ClaimsDefinition } from "./schema.js";
import { verifyClaims } from "./verify.js";

/**
 * Thrown by the assertions below. The message is the explanation of every failing check, so a test runner
 * (vitest, jest, node:test, mocha) shows a planner exactly which figures disagree and why.
 */
export class ClaimsAssertionError extends Error {
  readonly checks: readonly Check[];

  constructor(checks: readonly Check[], problems: readonly string[] = []) {
    super([...checks.map((c) => `${c.verdict}: ${c.explanation}`), ...problems].join("\n"));
    this.name = "ClaimsAssertionError";
    this.checks = checks;
  }
}

/**
 * Asserts that a claims definition holds together: every check `consistent` or `not_checkable`, and no claim
 * with a problem. Returns the report, for further assertions.
 * @throws ClaimsAssertionError naming each failing check, or each problem with the claims.
 */
export function assertClaimsConsistent(
  definition: ClaimsDefinition,
  options: { model?: Model } = {},
): VerificationReport {
  const report = verifyClaims(definition, options);
  const problems = report.issues.filter((i) => i.severity === "error").map((i) => `error: ${i.message}`);
  if (report.failures.length > 0 || problems.length > 0) throw new ClaimsAssertionError(report.failures, problems);
  return report;
}

/** A cumulative change and an average annual growth printed for the same period. */
export interface GrowthFigures {
  /** As printed: `"28.5%"`, or `"-20.34%"` for a fall. */
  readonly cumulative: string;
  /** As printed: `"5.1%"`. */
  readonly average: string;
  readonly from: number;
  readonly to: number;
  readonly indicator?: string;
}

/**
 * Asserts that "比2016年增长28.5%" and "年均增速5.1%" agree once read as the intervals their rounding allows:
 *
 *     assertGrowthConsistent({ cumulative: "28.5%", average: "5.1%", from: 2016, to: 2021 });
 *
 * @throws ClaimsAssertionError with the explanation (for instance that the average is an arithmetic mean).
 */
export function assertGrowthConsistent(figures: GrowthFigures): Check {
  const indicator = figures.indicator ?? "x";
  const report = assertClaimsConsistent({
    claims: [
      {
        id: "cumulative",
        indicator,
        kind: "cumulative_change",
        from: figures.from,
        to: figures.to,
        value: figures.cumulative,
      },
      { id: "average", indicator, kind: "average_growth", from: figures.from, to: figures.to, value: figures.average },
    ],
  });
  return report.checks[0]!;
}
