import { Dec } from "./decimal.js";

/**
 * How a number was written: a plain number in the indicator's own unit (`276`), a percentage (`5%`, a ratio of
 * 0.05), or percentage points (`0.62pp`, `0.62百分点`, a ratio of 0.0062).
 * @inline
 */
export type LiteralKind = "plain" | "percent" | "pp";

/**
 * A number as written in a model file, a formula or on the command line, read exactly: `5%` is 0.05 and
 * `0.6pp` is 0.006, never mathjs's `a * 1.05` reading of `a + 5%`.
 */
export interface QuantityLiteral {
  readonly kind: LiteralKind;
  /** The value as a plain ratio or number: `5%` → 0.05 (the nearest double). */
  readonly value: number;
  /** The same value as an exact decimal string: `5%` → "0.05". */
  readonly exact: string;
  /** The text as written, for messages. */
  readonly text: string;
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const LITERAL = new RegExp(String.raw`^\s*(${NUMBER})\s*(%|pp|个百分点|百分点)?\s*$`);

/** The suffixes that mark a percentage-point literal. */
export const PP_SUFFIXES = ["pp", "百分点", "个百分点"] as const;

/**
 * Reads `276`, `-3.85%`, `0.62pp`, `0.62百分点`, `1.2e3` exactly. Returns `undefined` when the text is not one
 * number with an optional suffix (the caller words the error, since it knows where the text came from).
 */
export function parseQuantityLiteral(text: string): QuantityLiteral | undefined {
  const match = LITERAL.exec(text);
  if (!match) return undefined;
  const digits = match[1]!;
  const suffix = match[2];
  const kind: LiteralKind = suffix === undefined ? "plain" : suffix === "%" ? "percent" : "pp";
  const base = new Dec(digits);
  const ratio = kind === "plain" ? base : base.div(100);
  if (!ratio.isFinite()) return undefined;
  const value = ratio.toNumber();
  if (!Number.isFinite(value)) return undefined;
  return { kind, value, exact: ratio.toString(), text: text.trim() };
}

/** A literal for a number that came as a JavaScript number (from JSON or YAML). */
export function plainLiteral(value: number): QuantityLiteral {
  return { kind: "plain", value, exact: new Dec(value).toString(), text: String(value) };
}
