import type { Timeline } from "../core/index.js";
import type { Expr } from "./ast.js";
import { absoluteYear, relativeYear, type YearArg } from "./checked.js";
import type { ProblemSink } from "./typed.js";

/**
 * A year argument as a formula writes it: `2021`, and in a cell's formula also `t`, `t-1`, `t+2`. An absolute year
 * must lie in the timeline; anything else is reported to `sink`, and gives `undefined`.
 */
export function yearArg(
  expr: Expr,
  timeline: Timeline,
  context: "cell" | "target",
  sink: ProblemSink,
): YearArg | undefined {
  if (expr.kind === "number" && expr.literal === "plain" && Number.isInteger(expr.value)) {
    if (!timeline.contains(expr.value)) {
      sink.report(
        "year_outside_timeline",
        `${expr.value} lies outside the model's timeline ${timeline}`,
        expr.span,
        "extend `years`, or name a year inside it",
      );
      return undefined;
    }
    return absoluteYear(expr.value);
  }
  if (context === "cell") {
    if (expr.kind === "t") return relativeYear(0);
    if (expr.kind === "sum" && expr.terms[0]!.expr.kind === "t" && !expr.terms[0]!.subtract) {
      let offset = 0;
      for (const term of expr.terms.slice(1)) {
        const k = term.expr.kind === "number" && term.expr.literal === "plain" ? term.expr.value : NaN;
        if (!Number.isInteger(k)) {
          offset = NaN;
          break;
        }
        offset += term.subtract ? -k : k;
      }
      if (Number.isInteger(offset)) return relativeYear(offset);
    }
  }
  const forms = context === "cell" ? "a year like 2021, or t, t-1, t+2" : "a year like 2025";
  sink.report("invalid_year", `a year must be ${forms}`, expr.span);
  return undefined;
}

/** The whole number an expression writes literally (`3`, `-2`), or `undefined`. */
export function integerLiteral(expr: Expr): number | undefined {
  if (expr.kind === "number" && expr.literal === "plain" && Number.isInteger(expr.value)) return expr.value;
  if (expr.kind === "negate") {
    const inner = integerLiteral(expr.arg);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}
