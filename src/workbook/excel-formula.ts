import { usageError } from "../core/index.js";
import { EXCEL_MISSING, FUNCTIONS, type CheckedExpr, type ExcelForm, type YearArg } from "../formula/index.js";

/** Where a formula is written and what it may read: the year of its cell, and the address of any other cell. */
export interface FormulaPlace {
  /** The calendar year of the cell the formula is in (`t`). */
  readonly year: number;
  /**
   * How the formula reads indicator `slot` in `year`: its address (`E5`, `$E5` for a fixed year, `'baseline'!$E$5`
   * from another sheet) or a formula around it (a cell that may be blank read as missing), or `undefined` when the
   * year lies outside the timeline: the formula then has no value there, as in plansheet.
   */
  ref(slot: number, year: number, fixed: boolean): string | undefined;
  /** Names a formula for messages: `gdp, 2023 (projection)`. */
  readonly what: string;
}

const MISSING = EXCEL_MISSING;

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

/**
 * The spreadsheet form of the function `name` computed from `over`, from its spec (`excel`), or an error naming the
 * function: a function without its spreadsheet form is refused at export, never written wrong.
 */
function formOf<O extends ExcelForm["over"]>(
  name: string,
  over: O,
  place: FormulaPlace,
): Extract<ExcelForm, { over: O }> {
  const form = FUNCTIONS.get(name)?.excel;
  if (form?.over !== over) return untranslatable(`the function ${name}`, place);
  return form as Extract<ExcelForm, { over: O }>;
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
      return formOf("if", "values", place).text([go(expr.cond), go(expr.whenTrue), go(expr.otherwise)]);
    case "math":
      return formOf(expr.fn, "values", place).text([go(expr.arg)]);
    case "round":
      return formOf("round", "values", place).text([go(expr.arg), String(expr.digits)]);
    case "minmax":
      return formOf(expr.fn, "values", place).text(expr.args.map(go));
    case "scale":
      // plansheet's rule: multiply first, then divide, and skip a factor of 1
      return `(${go(expr.arg)}${expr.num !== 1 ? `*${expr.num}` : ""}${expr.den !== 1 ? `/${expr.den}` : ""})`;
    case "aggregate": {
      const terms = expr.members.map(
        (m) =>
          `${place.ref(m.slot, place.year, false) ?? MISSING}${m.num !== 1 ? `*${m.num}` : ""}${m.den !== 1 ? `/${m.den}` : ""}`,
      );
      return formOf(expr.fn, "members", place).text(terms);
    }
    case "series": {
      const from = yearOf(expr.from, place);
      const to = yearOf(expr.to, place);
      if (expr.fn === "sum" || expr.fn === "mean") {
        // every year of the run must have a value, as in plansheet; none when the run goes backwards
        const cells: string[] = [];
        for (let y = from.year; y <= to.year; y++)
          cells.push(place.ref(expr.slot, y, from.fixed && to.fixed) ?? MISSING);
        return formOf(expr.fn, "range", place).text(cells);
      }
      const [start, end] = [cellRef(expr.slot, expr.from, place), cellRef(expr.slot, expr.to, place)];
      return formOf(expr.fn, "endpoints", place).text(start, end, to.year - from.year);
    }
    case "elasticity": {
      const years = yearOf(expr.to, place).year - yearOf(expr.from, place).year;
      const ends = (slot: number) => [cellRef(slot, expr.from, place), cellRef(slot, expr.to, place)] as const;
      return formOf("elasticity", "pair", place).text(ends(expr.slot), ends(expr.of), years);
    }
    case "call":
      return formOf(expr.fn, "values", place).text(expr.args.map(go));
  }
}

/** A formula Excel cannot express: an error naming it, never a silently wrong cell. */
function untranslatable(what: string, place: FormulaPlace): never {
  const message = `${place.what}: the formula uses ${what}, which has no Excel form yet`;
  throw usageError(
    message,
    "export the values only, or write the formula with the functions the README lists as translated",
  );
}
