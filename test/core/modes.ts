import { describe } from "vitest";
import { Dec, decimalArithmetic, floatArithmetic, type Arithmetic } from "../../src/core/index.js";

/** One number mode as the planning functions see it: its arithmetic and a way to write numbers in it. */
export interface Mode<T> {
  readonly name: "float" | "decimal";
  readonly ar: Arithmetic<T>;
  /** A number of this mode from its decimal text. */
  readonly of: (text: string) => T;
}

export const FLOAT: Mode<number> = { name: "float", ar: floatArithmetic, of: Number };
export const DECIMAL: Mode<Dec> = { name: "decimal", ar: decimalArithmetic, of: (text) => new Dec(text) };

/** Runs the same specification in float and in decimal arithmetic, each in its own `describe`. */
export function inBothModes(body: <T>(mode: Mode<T>) => void): void {
  describe("in float arithmetic", () => body(FLOAT));
  describe("in decimal arithmetic", () => body(DECIMAL));
}
