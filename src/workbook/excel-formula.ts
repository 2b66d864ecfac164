import { PlansheetError, makeIssue } from "../core/index.js";
import type { CheckedExpr, YearArg } from "../formula/index.js";

/** Where a formula is written and what it may read: the year of its cell, and the address of any other cell. */
export interface FormulaPlace {
  /** The calendar year of the cell the formula is in (`t`). */
  readonly year: number;
  /**
   * The address of indicator `slot` in `year` (`E5`, `$E5` for a fixed year, `'baseline'!$E$5` from another sheet),
   * or `undefined` when the year lies outside the timeline: the formula then has no value there, as in plansheet.
   */
  ref(slot: number, year: number, fixed: boolean): string | undefined;
  /** Names a formula for messages: `gdp, 2023 (projection)`. */
  readonly what: string;
}

/** Excel's missing value, which every formula reading it passes on: a plansheet cell without a value. */
const MISSING = "NA()";

const COMPARE: Readonly<Record<string, string>> = { ">": ">", ">=": ">=", "<": "<", "<=": "<=", "==": "=", "!=": "<>" };

/** A number as a formula literal: the shortest text that reads back as the same double. */
function literal(value: number): string {
  const text = String(value);
  return value < 0 ? `(${text})` : text;
}

function yearOf(at: YearArg, place: FormulaPlace): { year: number; fixed: boolean } {
  return at.kind === "absolute" ? { year: at.year, fixed: true } : { year: place.year + at.offset, fixed: false };
}

/** A cell read, or Excel's missing value where plansheet's cell would be missing too (outside the timeline). */
function cellRef(slot: number, at: YearArg, place: FormulaPlace): string {
  const { year, fixed } = yearOf(at, place);
  return place.ref(slot, year, fixed) ?? MISSING;
}

/** `(end/start)^(1/years)-1`, missing where plansheet's `cagr` fails: a start of zero or below, an end below zero. */
function cagrText(start: string, end: string, years: number): string {
  if (years <= 0) return MISSING;
  return `IF(OR(${start}<=0,${end}<0),${MISSING},(${end}/${start})^(1/${years})-1)`;
}

/**
 * A checked formula as an Excel formula (without the leading `=`) that computes what plansheet computes, step by
 * step in the same order, and is missing (`#N/A`, or Excel's own error) wherever plansheet's cell would be: the
 * planning functions with their guards (`cagr` from a base of zero or below), unit scales written into the
 * formula, same-year reads relative, fixed years absolute.
 * @throws PlansheetError naming the formula for a node Excel cannot express, never a silently wrong cell.
 */
export function excelFormula(expr: CheckedExpr, place: FormulaPlace): string {
  const go = (e: CheckedExpr): string => excelFormula(e, place);
  switch (expr.kind) {
    case "const":
      return literal(expr.value);
    case "year":
      return String(place.year);
    case "cell":
      return cellRef(expr.slot, expr.at, place);
    case "negate":
      return `(-${go(expr.arg)})`;
    case "sum":
      return `(${expr.terms.map((t, i) => `${t.subtract ? "-" : i > 0 ? "+" : ""}${go(t.expr)}`).join("")})`;
    case "product":
      return `(${expr.factors.map((f, i) => `${f.divide ? (i === 0 ? "1/" : "/") : i > 0 ? "*" : ""}${go(f.expr)}`).join("")})`;
    case "power":
      return `((${go(expr.base)})^(${go(expr.exponent)}))`;
    case "compare":
      return `(${go(expr.left)}${COMPARE[expr.op]}${go(expr.right)})`;
    case "logic":
      return `${expr.op === "and" ? "AND" : "OR"}(${go(expr.left)},${go(expr.right)})`;
    case "not":
      return `NOT(${go(expr.arg)})`;
    case "if":
      return `IF(${go(expr.cond)},${go(expr.then)},${go(expr.otherwise)})`;
    case "math":
      return `${{ exp: "EXP", log: "LN", sqrt: "SQRT", abs: "ABS" }[expr.fn]}(${go(expr.arg)})`;
    case "round":
      return `ROUND(${go(expr.arg)},${expr.digits})`;
    case "minmax":
      return `${expr.fn === "min" ? "MIN" : "MAX"}(${expr.args.map(go).join(",")})`;
    case "scale":
      // plansheet's rule: multiply first, then divide, and skip a factor of 1
      return `(${go(expr.arg)}${expr.num !== 1 ? `*${expr.num}` : ""}${expr.den !== 1 ? `/${expr.den}` : ""})`;
    case "aggregate": {
      const terms = expr.members.map((m) => `${place.ref(m.slot, place.year, false) ?? MISSING}${m.num !== 1 ? `*${m.num}` : ""}${m.den !== 1 ? `/${m.den}` : ""}`);
      const sum = `(${terms.join("+")})`;
      return expr.fn === "sumOf" ? sum : `(${sum}/${expr.members.length})`;
    }
    case "series": {
      const from = yearOf(expr.from, place);
      const to = yearOf(expr.to, place);
      const start = cellRef(expr.slot, expr.from, place);
      const end = cellRef(expr.slot, expr.to, place);
      if (expr.fn === "cagr") return cagrText(start, end, to.year - from.year);
      if (expr.fn === "change") return to.year <= from.year ? MISSING : `IF(${start}<=0,${MISSING},${end}/${start}-1)`;
      if (expr.fn === "ppchange") return to.year <= from.year ? MISSING : `(${end}-${start})`;
      // sum and mean over a run of years: every year must have a value, as in plansheet
      const cells: string[] = [];
      for (let y = from.year; y <= to.year; y++) cells.push(place.ref(expr.slot, y, from.fixed && to.fixed) ?? MISSING);
      if (to.year < from.year) return MISSING;
      const sum = `(${cells.join("+")})`;
      return expr.fn === "sum" ? sum : `(${sum}/${cells.length})`;
    }
    case "elasticity": {
      const years = yearOf(expr.to, place).year - yearOf(expr.from, place).year;
      const x = cagrText(cellRef(expr.slot, expr.from, place), cellRef(expr.slot, expr.to, place), years);
      const y = cagrText(cellRef(expr.of, expr.from, place), cellRef(expr.of, expr.to, place), years);
      return `IF(${y}=0,${MISSING},${x}/${y})`;
    }
    case "call": {
      if (expr.fn === "contribution") {
        const [partNow, partBefore, totalBefore] = expr.args.map(go) as [string, string, string];
        return `IF(${totalBefore}<=0,${MISSING},(${partNow}-${partBefore})/${totalBefore})`;
      }
      return untranslatable(`the function ${expr.fn}`, place);
    }
  }
}

/** A formula Excel cannot express: an error naming it, never a silently wrong cell. */
function untranslatable(what: string, place: FormulaPlace): never {
  const message = `${place.what}: the formula uses ${what}, which has no Excel form yet`;
  throw new PlansheetError(message, [makeIssue("usage", { message, hint: "export the values only, or write the formula with the functions the README lists as translated" })]);
}
