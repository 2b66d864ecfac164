import type { IssueCode, Span } from "../core/index.js";
import type { Unit } from "../units/index.js";
import type { CheckedExpr } from "./checked.js";

/**
 * What a checked sub-formula yields:
 * - `unit`: a quantity in a known unit (亿元, %, 吨标准煤/万元);
 * - `free`: a number that takes the unit its context needs — a bare literal (`gdp + 10` adds 10 亿元), or an
 *   indicator declared without a unit; `literal` keeps a bare literal's value for the "did you mean 10%?" hint;
 * - `condition`: true or false (a comparison);
 * - `error`: a part already reported as wrong, accepted silently so that one mistake is reported once.
 */
export type ValueType =
  | { readonly kind: "unit"; readonly unit: Unit }
  | { readonly kind: "free"; readonly literal?: number }
  | { readonly kind: "condition" }
  | { readonly kind: "error" };

/** A checked sub-formula and what it yields. */
export interface Typed {
  readonly expr: CheckedExpr;
  readonly type: ValueType;
}

/** A problem found while checking, before it is tied to an indicator. */
export interface CheckProblem {
  readonly code: IssueCode;
  readonly message: string;
  readonly hint?: string;
  readonly span: Span;
  readonly severity?: "error" | "warning";
}

/** Where checking problems go. Returns the `error` type, so a caller can write `return report(...)`. */
export interface ProblemSink {
  report(code: IssueCode, message: string, span: Span, hint?: string): Typed;
}

/** A placeholder for a part that was reported as wrong. */
export function poisoned(span: Span): Typed {
  return { expr: { kind: "const", value: 0, exact: "0", span }, type: { kind: "error" } };
}

/** `亿元`, `a bare number`, `a condition` — how a value type reads in a message. */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case "unit":
      return type.unit.name === "1" ? "a plain ratio" : type.unit.name;
    case "free":
      return "a number without a unit";
    case "condition":
      return "a condition (true or false)";
    case "error":
      return "an invalid value";
  }
}
