/** A path of the compiled engine the suite-wide cross-check wraps (`cross-check.setup.ts`). */
export type CrossCheckPath = "evaluate" | "evaluateChanged" | "evaluateWith";

/** Per path: the evaluations that ran through it, and those the cross-check repeated with the interpreter. */
export type CrossCheckCounts = Record<CrossCheckPath, { ran: number; checked: number }>;

const KEY = Symbol.for("plansheet.test.crossCheckCounts");
const holder = globalThis as { [KEY]?: CrossCheckCounts };

/** The counts of this worker, shared by every test file it runs (the setup file and the tests import this one). */
export const CROSS_CHECK_COUNTS: CrossCheckCounts = (holder[KEY] ??= {
  evaluate: { ran: 0, checked: 0 },
  evaluateChanged: { ran: 0, checked: 0 },
  evaluateWith: { ran: 0, checked: 0 },
});

/** A copy of the counts now, to compare with after a run. */
export function crossCheckSnapshot(): CrossCheckCounts {
  return structuredClone(CROSS_CHECK_COUNTS);
}
