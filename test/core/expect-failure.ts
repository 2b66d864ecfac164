import { CellFailure } from "../../src/core/index.js";

/**
 * Runs `f` and returns the {@link CellFailure} it throws. Fails the test when `f` returns normally or throws
 * anything else, so that `expect(failure(() => ar.div(1, 0)).code).toBe("division_by_zero")` checks both
 * that the operation fails and why.
 */
export function failure(f: () => unknown): CellFailure {
  let result: unknown;
  try {
    result = f();
  } catch (error) {
    if (error instanceof CellFailure) return error;
    throw error;
  }
  throw new Error(`expected a CellFailure, but the operation returned ${String(result)}`);
}
