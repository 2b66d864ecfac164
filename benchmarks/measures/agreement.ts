import type { Contestant } from "../contestants/contestant.js";
import { disagreement, type Outputs } from "../outputs.js";

/** The largest relative difference between two sets of outputs (0 when bit for bit the same). */
export function largestDifference(expected: Outputs, actual: Outputs): number {
  let largest = 0;
  for (const key of ["x", "s", "total", "c"] as const) {
    const a = expected[key];
    const b = actual[key];
    for (let k = 0; k < a.length; k++) {
      if (Object.is(a[k], b[k])) continue;
      largest = Math.max(largest, Math.abs(a[k]! - b[k]!) / Math.abs(a[k]!));
    }
  }
  return largest;
}

/** How a contestant compared with the reference before it was timed. */
export interface Agreement {
  /** The relative tolerance it was held to (0: bit for bit). */
  readonly tolerance: number;
  /** The largest relative difference found. */
  readonly difference: number;
}

/**
 * Evaluates every contestant once and checks it against the reference's numbers; a contestant outside its
 * tolerance stops the benchmark (timing numbers that differ would compare nothing).
 * @throws Error naming the contestant and the first difference.
 */
export function checkAgreement(
  reference: Contestant,
  others: readonly { contestant: Contestant; tolerance: number }[],
): Map<string, Agreement> {
  reference.evaluate();
  const expected = reference.outputs();
  const agreements = new Map<string, Agreement>([[reference.name, { tolerance: 0, difference: 0 }]]);
  for (const { contestant, tolerance } of others) {
    contestant.evaluate();
    const actual = contestant.outputs();
    const problem = disagreement(expected, actual, tolerance);
    if (problem) throw new Error(`${contestant.name} does not compute the reference's numbers: ${problem}`);
    agreements.set(contestant.name, { tolerance, difference: largestDifference(expected, actual) });
  }
  return agreements;
}
