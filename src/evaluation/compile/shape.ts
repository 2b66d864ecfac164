import type { CheckedExpr, YearArg } from "../../formula/index.js";

/**
 * What a formula computes, apart from which indicators it names: the key of spreadsheet engines' shared-formula
 * detection. `x_1[t-1] * (1 + g_1)` on `x_1` and `x_2[t-1] * (1 + g_2)` on `x_2` have the same shape, so one
 * kernel computes both (and ten thousand more like them) in one loop over the group.
 */
export interface FormulaShape {
  /**
   * Equal for two formulas exactly when they perform the same operations on the same constants, years and
   * groups, reading indicators in the same pattern. Only ever used as a map key, never as code.
   */
  readonly key: string;
  /**
   * The indicator slot behind each placeholder: `[0]` is the indicator the formula defines (where results go),
   * then every other slot in the order the formula first names it.
   */
  readonly slots: readonly number[];
}

/** The shape of a checked formula that defines the indicator in `ownSlot` (see {@link FormulaShape}). */
export function formulaShape(expr: CheckedExpr, ownSlot: number): FormulaShape {
  const slots = [ownSlot];
  const placeholderOf = new Map<number, number>([[ownSlot, 0]]);
  const placeholder = (slot: number): string => {
    let p = placeholderOf.get(slot);
    if (p === undefined) {
      p = slots.length;
      placeholderOf.set(slot, p);
      slots.push(slot);
    }
    return `P${p}`;
  };
  const parts: string[] = [];
  write(expr, parts, placeholder);
  return { key: parts.join(""), slots };
}

/** A placeholder map from a shape's slots: slot → placeholder index, first mention wins. */
export function placeholdersOf(slots: readonly number[]): ReadonlyMap<number, number> {
  const map = new Map<number, number>();
  slots.forEach((slot, p) => {
    if (!map.has(slot)) map.set(slot, p);
  });
  return map;
}

function yearKey(at: YearArg): string {
  return at.kind === "absolute" ? `a${at.year}` : `r${at.offset}`;
}

/** A float written so that two different doubles never print alike (`-0` included). */
export function numberKey(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

function write(e: CheckedExpr, out: string[], placeholder: (slot: number) => string): void {
  switch (e.kind) {
    case "const":
      out.push("c", numberKey(e.value), ";");
      return;
    case "year":
      out.push("t;");
      return;
    case "cell":
      out.push("@", placeholder(e.slot), yearKey(e.at), ";");
      return;
    case "negate":
      out.push("neg(");
      write(e.arg, out, placeholder);
      out.push(")");
      return;
    case "sum":
      out.push("sum(");
      for (const term of e.terms) {
        out.push(term.subtract ? "-" : "+");
        write(term.expr, out, placeholder);
      }
      out.push(")");
      return;
    case "product":
      out.push("prod(");
      for (const factor of e.factors) {
        out.push(factor.divide ? "/" : "*");
        write(factor.expr, out, placeholder);
      }
      out.push(")");
      return;
    case "power":
      out.push("pow(");
      write(e.base, out, placeholder);
      write(e.exponent, out, placeholder);
      out.push(")");
      return;
    case "compare":
      out.push("cmp", e.op, "(");
      write(e.left, out, placeholder);
      write(e.right, out, placeholder);
      out.push(")");
      return;
    case "logic":
      out.push(e.op, "(");
      write(e.left, out, placeholder);
      write(e.right, out, placeholder);
      out.push(")");
      return;
    case "not":
      out.push("not(");
      write(e.arg, out, placeholder);
      out.push(")");
      return;
    case "if":
      out.push("if(");
      write(e.cond, out, placeholder);
      write(e.whenTrue, out, placeholder);
      write(e.otherwise, out, placeholder);
      out.push(")");
      return;
    case "math":
      out.push(e.fn, "(");
      write(e.arg, out, placeholder);
      out.push(")");
      return;
    case "round":
      out.push("round", String(e.digits), "(");
      write(e.arg, out, placeholder);
      out.push(")");
      return;
    case "minmax":
      out.push(e.fn, "(");
      for (const arg of e.args) write(arg, out, placeholder);
      out.push(")");
      return;
    case "series":
      out.push(e.fn, "(", placeholder(e.slot), yearKey(e.from), yearKey(e.to), ")");
      return;
    case "call":
      out.push("call", JSON.stringify(e.fn), "(");
      for (const arg of e.args) write(arg, out, placeholder);
      out.push(")");
      return;
    case "elasticity":
      out.push("elasticity(", placeholder(e.slot), placeholder(e.of), yearKey(e.from), yearKey(e.to), ")");
      return;
    case "aggregate":
      // A group always has the same members and factors within a model, so its name identifies it.
      out.push(e.fn, JSON.stringify(e.group), ";");
      return;
    case "scale":
      out.push("scale", numberKey(e.num), "/", numberKey(e.den), "(");
      write(e.arg, out, placeholder);
      out.push(")");
      return;
  }
}
