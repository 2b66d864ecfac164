import { scaleModeOf, ScaleMode } from "../../core/index.js";
import { RANGE_RULES, type CheckedExpr, type CompareOp, type YearArg } from "../../formula/index.js";
import { kernelPrelude, planningOp } from "./kernel-ops.js";
import { integer, literal, NAN } from "./source-text.js";

/**
 * How a kernel runs: over a range of years upwards (recurrences on earlier years, `x[t-1]`), downwards
 * (backcasts from later years, `x[t+1]`), or once for a formula that is the same in every year (`cagr(x, 2020,
 * 2030)`), whose value is then copied to every year it defines.
 */
export type KernelKind = "up" | "down" | "once";

/** An aggregate node of a formula, which a kernel computes for all its years before its main loop. */
export type AggregateNode = CheckedExpr & { readonly kind: "aggregate" };

/** The JavaScript source of a kernel factory, and the aggregates it expects in `aggs`, in order. */
export interface KernelSource {
  /** Body of `new Function("ops", "aggs", body)`; it returns the kernel. */
  readonly body: string;
  readonly aggregates: readonly AggregateNode[];
}

const COMPARE_JS: Record<CompareOp, string> = { "<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "===", "!=": "!==" };

class Emitter {
  #temp = 0;
  readonly aggregates: AggregateNode[] = [];
  readonly #aggregateIndex = new Map<string, number>();
  /** True once the formula read the value its loop computed in the step before (`x[t-1]` going up). */
  carried = false;

  constructor(
    readonly placeholders: ReadonlyMap<number, number>,
    readonly first: number,
    readonly years: number,
    readonly kind: KernelKind,
  ) {}

  #name(prefix: string): string {
    return `${prefix}${this.#temp++}`;
  }

  #base(slot: number): string {
    const p = this.placeholders.get(slot);
    if (p === undefined) throw new Error(`internal: slot ${slot} has no placeholder`);
    return `p${integer(p)}`;
  }

  /** The year index an argument names in the cell's year `i`. */
  #index(at: YearArg): string {
    if (at.kind === "absolute") {
      // The planner leaves formulas that name a year outside the timeline to the interpreter (blocks.ts).
      const index = at.year - this.first;
      if (!(index >= 0 && index < this.years))
        throw new Error(`internal: a kernel reading ${at.year}, outside the timeline`);
      return integer(index);
    }
    const off = at.offset;
    if (!Number.isSafeInteger(off)) throw new Error("internal: year offset is not an integer");
    return off === 0 ? "i" : off > 0 ? `(i + ${integer(off)})` : `(i - ${integer(-off)})`;
  }

  /** The number of years from `from` to `to`, as source. */
  #span(from: YearArg, to: YearArg): string {
    if (from.kind === "absolute" && to.kind === "absolute") return integer(to.year - from.year);
    if (from.kind === "relative" && to.kind === "relative") return integer(to.offset - from.offset);
    return `(${this.#index(to)} - ${this.#index(from)})`;
  }

  #read(slot: number, at: YearArg): string {
    // The cell a recurrence reads is the one the loop has just computed: keep it in a variable, not in memory.
    const step = this.kind === "up" ? -1 : this.kind === "down" ? 1 : 0;
    if (step !== 0 && at.kind === "relative" && at.offset === step && this.placeholders.get(slot) === 0) {
      this.carried = true;
      return "carried";
    }
    return `v[${this.#base(slot)} + ${this.#index(at)}]`;
  }

  /**
   * Emits statements for `e` into `out` and returns an expression for its value (NaN where it has none).
   *
   * `transparent` says that a value that is not finite here makes the cell's result not finite: the node's
   * ancestors only add, subtract, multiply, divide it (as a numerator), negate, scale or choose it. A division by
   * zero there needs no check of its own (its ±Infinity or NaN reaches the result, whose check hands the cell to
   * the interpreter); elsewhere (`min(1 / x, 5)`, `1 / (1 / x)`) it must be caught where it happens.
   */
  number(e: CheckedExpr, out: string[], transparent = false): string {
    switch (e.kind) {
      case "const":
        return literal(e.value);
      case "year":
        return `(i + ${integer(this.first)})`;
      case "cell":
        return this.#read(e.slot, e.at);
      case "negate":
        return `(-${this.number(e.arg, out, transparent)})`;
      case "sum": {
        const acc = this.#name("s");
        out.push(`let ${acc} = ${this.number(e.terms[0]!.expr, out, transparent)};`);
        for (const term of e.terms.slice(1))
          out.push(`${acc} = ${acc} ${term.subtract ? "-" : "+"} ${this.number(term.expr, out, transparent)};`);
        return acc;
      }
      case "product": {
        const acc = this.#name("m");
        out.push(`let ${acc} = ${this.number(e.factors[0]!.expr, out, transparent)};`);
        for (const factor of e.factors.slice(1)) {
          if (!factor.divide) {
            out.push(`${acc} = ${acc} * ${this.number(factor.expr, out, transparent)};`);
          } else if (factor.expr.kind === "const") {
            out.push(factor.expr.value === 0 ? `${acc} = ${NAN};` : `${acc} = ${acc} / ${literal(factor.expr.value)};`);
          } else if (transparent) {
            out.push(`${acc} = ${acc} / ${this.number(factor.expr, out)};`);
          } else {
            const d = this.#name("d");
            out.push(`const ${d} = ${this.number(factor.expr, out)};`, `${acc} = ${d} === 0 ? ${NAN} : ${acc} / ${d};`);
          }
        }
        return acc;
      }
      case "power": {
        const base = this.number(e.base, out);
        return `pow(${base}, ${this.number(e.exponent, out)})`;
      }
      case "if": {
        const cond = this.condition(e.cond, out);
        const c = this.#name("c");
        const result = this.#name("f");
        const then: string[] = [];
        const thenValue = this.number(e.whenTrue, then, transparent);
        const otherwise: string[] = [];
        const otherwiseValue = this.number(e.otherwise, otherwise, transparent);
        // Every variable starts as a number (never `undefined`), so that the optimizer keeps it an unboxed double.
        emit(
          out,
          `const ${c} = ${cond};`,
          `let ${result} = ${NAN};`,
          `if (${c} === 1) {`,
          then,
          `${result} = ${thenValue};`,
          `} else if (${c} === 0) {`,
          otherwise,
          `${result} = ${otherwiseValue};`,
          "}",
        );
        return result;
      }
      case "math": {
        const arg = this.number(e.arg, out, transparent && e.fn === "abs");
        const fn = { exp: "Math.exp", abs: "Math.abs", log: "log", sqrt: "sqrt" }[e.fn];
        if (fn === undefined) throw new Error("internal: unknown math function");
        return `${fn}(${arg})`;
      }
      case "round":
        return `round(${this.number(e.arg, out)}, ${integer(e.digits)})`;
      case "minmax": {
        const acc = this.#name("x");
        const fn = e.fn === "min" ? "Math.min" : "Math.max";
        out.push(`let ${acc} = ${this.number(e.args[0]!, out)};`);
        for (const arg of e.args.slice(1)) out.push(`${acc} = ${fn}(${acc}, ${this.number(arg, out)});`);
        return acc;
      }
      case "series": {
        const op = planningOp(e.fn);
        if (RANGE_RULES.has(e.fn)) {
          const base = this.#base(e.slot);
          return `${op}(v, ${base} + ${this.#index(e.from)}, ${base} + ${this.#index(e.to)})`;
        }
        return `${op}(${this.#read(e.slot, e.from)}, ${this.#read(e.slot, e.to)}, ${this.#span(e.from, e.to)})`;
      }
      case "elasticity": {
        const x0 = this.#read(e.slot, e.from);
        const x1 = this.#read(e.slot, e.to);
        return `${planningOp("elasticity")}(${x0}, ${x1}, ${this.#read(e.of, e.from)}, ${this.#read(e.of, e.to)}, ${this.#span(e.from, e.to)})`;
      }
      case "call":
        return `${planningOp(e.fn)}(${e.args.map((arg) => this.number(arg, out)).join(", ")})`;
      case "aggregate": {
        if (this.kind === "once") throw new Error("internal: a group aggregate in a year-independent formula");
        const key = `${e.fn}|${e.group}`;
        let index = this.#aggregateIndex.get(key);
        if (index === undefined) {
          index = this.aggregates.length;
          this.aggregates.push(e);
          this.#aggregateIndex.set(key, index);
        }
        return `R${integer(index)}[i]`;
      }
      case "scale": {
        const arg = this.number(e.arg, out, transparent);
        const mode = scaleModeOf(e.num, e.den);
        if (mode === ScaleMode.none) return arg;
        if (mode === ScaleMode.multiply) return `(${arg} * ${literal(e.num)})`;
        if (e.den === 0) return NAN;
        if (mode === ScaleMode.divide) return `(${arg} / ${literal(e.den)})`;
        return `((${arg} * ${literal(e.num)}) / ${literal(e.den)})`;
      }
      default:
        throw new Error(`internal: a condition (${e.kind}) where a number was expected`);
    }
  }

  /** Emits a condition; its value is 1 (holds), 0 (does not) or NaN (a value it needs is missing). */
  condition(e: CheckedExpr, out: string[]): string {
    switch (e.kind) {
      case "compare": {
        const l = this.#name("l");
        const r = this.#name("r");
        const op = COMPARE_JS[e.op];
        if (op === undefined) throw new Error("internal: unknown comparison");
        out.push(`const ${l} = ${this.number(e.left, out)};`, `const ${r} = ${this.number(e.right, out)};`);
        return `(${l} !== ${l} || ${r} !== ${r} ? ${NAN} : ${l} ${op} ${r} ? 1 : 0)`;
      }
      case "logic": {
        const left = this.#name("c");
        const result = this.#name("c");
        out.push(`const ${left} = ${this.condition(e.left, out)};`, `let ${result} = ${left};`);
        // `and` stops at a left side that does not hold, `or` at one that holds, as the interpreter does.
        const right: string[] = [];
        const rightValue = this.condition(e.right, right);
        emit(out, `if (${left} === ${e.op === "and" ? 1 : 0}) {`, right, `${result} = ${rightValue};`, "}");
        return result;
      }
      case "not":
        return `(1 - ${this.condition(e.arg, out)})`;
      default:
        throw new Error(`internal: a number (${e.kind}) where a condition was expected`);
    }
  }
}

/**
 * The source of a kernel for one formula shape. `placeholders` maps the slots the formula names to placeholder
 * indices (0 is the indicator it defines); `first` is the timeline's first year and `years` its length.
 *
 * A range kernel is `(v, mem, count, a, b, slow)`: for each of `count` indicators (a row of `width` offsets in
 * `mem` each), it computes the year indices `a..b` into `v`, handing any cell whose value is not a finite number
 * to `slow(cell)`, which writes the interpreter's value (or NaN) there. The slow path returns nothing on purpose:
 * a kernel's values then stay unboxed doubles, where a value of unknown type would box every result.
 *
 * A once kernel is `(v, mem, count, runs, slow, copyFailure, fresh)`: each row ends with the cell whose
 * computation the others copy (the first in evaluation order), and `runs` lists the year-index ranges that take
 * the value (they are also written into the kernel, since storing a value into a dozen known cells is much
 * cheaper than a loop over a runs array).
 */
export function kernelSource(
  expr: CheckedExpr,
  placeholders: ReadonlyMap<number, number>,
  first: number,
  years: number,
  kind: KernelKind,
  runs: readonly number[] = [],
): KernelSource {
  const emitter = new Emitter(placeholders, first, years, kind);
  const body: string[] = [];
  const value = emitter.number(expr, body, true);
  const width = new Set(placeholders.values()).size + (kind === "once" ? 1 : 0);
  const offsets = [...new Set(placeholders.values())]
    .sort((x, y) => x - y)
    .map((p) => `p${integer(p)} = mem[m + ${integer(p)}]`);
  const lines = kernelPrelude();
  emitter.aggregates.forEach((node, k) => {
    lines.push(`const A${integer(k)} = aggs[${integer(k)}], R${integer(k)} = new Float64Array(${integer(years)});`);
    if (years <= UNROLLED_YEARS) emit(lines, unrolledAggregate(k, years, node.fn === "meanOf"));
  });
  if (kind === "once") {
    emit(
      lines,
      "return function once(v, mem, count, runs, slow, copyFailure, fresh) {",
      `for (let k = 0, m = 0; k < count; k++, m += ${integer(width)}) {`,
      `const ${offsets.join(", ")}, src = mem[m + ${integer(width - 1)}];`,
      "const i = src - p0;",
      // What the buffer held from its last evaluation: when the value has not changed (the same double, −0
      // told from +0), its copies in the other years hold it already and are not written again — unless the
      // buffer is `fresh` (new, or not last filled by this evaluator), when nothing in it can be trusted.
      "const before = v[src];",
      body,
      `let r = ${value};`,
      "if (r - r !== 0) { slow(src); r = v[src]; }",
      "if (fresh || r !== before || (r === 0 && 1 / r !== 1 / before) || r !== r) {",
      copies(runs),
      "}",
      "if (r !== r) copyFailure(src, p0, runs);",
      "}",
      "};",
    );
  } else {
    const up = kind === "up";
    const carried = emitter.carried;
    // First every year without checks (a branch on each result costs a third of a share's time), adding up
    // `r - r`, which is 0 for every finite result and NaN once any is not. Only then, from the first year whose
    // result is not finite, the same years again with the check, handing such cells to the interpreter: the years
    // after it may have been computed from its value (a recurrence), and now get the interpreter's.
    lines.push("return function kernel(v, mem, count, a, b, slow) {");
    emitter.aggregates.forEach((_, k) => {
      const [A, R, S] = [`A${integer(k)}`, `R${integer(k)}`, `S${integer(k)}`];
      // every year at once, in registers, when the kernel needs at least half of them (see unrolledAggregate)
      lines.push(
        years <= UNROLLED_YEARS
          ? `if (${A}.plain && 2 * (b - a + 1) >= ${integer(years)}) ${S}(v, ${A}.bases); else aggregateRow(v, ${A}, a, b, ${R});`
          : `aggregateRow(v, ${A}, a, b, ${R});`,
      );
    });
    emit(
      lines,
      `for (let k = 0, m = 0; k < count; k++, m += ${integer(width)}) {`,
      `const ${offsets.join(", ")};`,
      ...(carried ? [up ? "let carried = v[p0 + a - 1];" : "let carried = v[p0 + b + 1];"] : []),
      "let bad = 0;",
      up ? "for (let i = a; i <= b; i++) {" : "for (let i = b; i >= a; i--) {",
      body,
      `const r = ${value};`,
      "v[p0 + i] = r;",
      ...(carried ? ["carried = r;"] : []),
      "bad += r - r;",
      "}",
      "if (bad !== 0) {",
      up ? "let from = a;" : "let from = b;",
      up ? "while (v[p0 + from] - v[p0 + from] === 0) from++;" : "while (v[p0 + from] - v[p0 + from] === 0) from--;",
      ...(carried ? [up ? "carried = v[p0 + from - 1];" : "carried = v[p0 + from + 1];"] : []),
      up ? "for (let i = from; i <= b; i++) {" : "for (let i = from; i >= a; i--) {",
      body,
      `const r = ${value};`,
      carried ? "if (r - r === 0) { v[p0 + i] = r; carried = r; }" : "if (r - r === 0) v[p0 + i] = r;",
      carried ? "else { slow(p0 + i); carried = v[p0 + i]; }" : "else slow(p0 + i);",
      "}",
      "}",
      "}",
      "};",
    );
  }
  return { body: lines.join("\n"), aggregates: emitter.aggregates };
}

/** Timelines up to this many years get an unrolled group aggregate (two lines of source a year). */
const UNROLLED_YEARS = 64;

/**
 * A function `S<k>(v, bases)` computing aggregate `k` for every year of the timeline into `R<k>`, with one local
 * per year: `aggregateRow` adds each member into an array, and storing and loading every year's partial sum again
 * for each member costs several times the additions. Each year still gets exactly `aggregateRow`'s operations,
 * first member first (then divided by the count for a mean); only groups whose members need no conversion
 * (`plain`) use it. Years outside the kernel's range are computed from whatever their cells hold and not read.
 */
function unrolledAggregate(k: number, years: number, mean: boolean): string[] {
  const y = (j: number) => `y${integer(j)}`;
  const lines = [`function S${integer(k)}(v, bases) {`, "const n = bases.length;", "let base = bases[0];"];
  const first: string[] = [];
  for (let j = 0; j < years; j++) first.push(`${y(j)} = v[base + ${integer(j)}]`);
  lines.push(`let ${first.join(", ")};`, "for (let q = 1; q < n; q++) {", "base = bases[q];");
  for (let j = 0; j < years; j++) lines.push(`${y(j)} = ${y(j)} + v[base + ${integer(j)}];`);
  lines.push("}");
  for (let j = 0; j < years; j++) lines.push(`R${integer(k)}[${integer(j)}] = ${mean ? `${y(j)} / n` : y(j)};`);
  lines.push("}");
  return lines;
}

/**
 * Appends lines and runs of lines to `out`. A formula of a hundred thousand terms is a hundred thousand lines,
 * more than a spread into `push` can pass as arguments.
 */
function emit(out: string[], ...parts: (string | readonly string[])[]): void {
  for (const part of parts) {
    if (typeof part === "string") out.push(part);
    else for (const line of part) out.push(line);
  }
}

/** Statements storing `r` into the year indices of `runs` (pairs `[from, to]`) of the series at `p0`. */
function copies(runs: readonly number[]): string[] {
  const lines: string[] = [];
  for (let q = 0; q + 1 < runs.length; q += 2) {
    const from = runs[q]!;
    const to = runs[q + 1]!;
    if (to - from < 16) for (let j = from; j <= to; j++) lines.push(`v[p0 + ${integer(j)}] = r;`);
    else lines.push(`for (let j = ${integer(from)}; j <= ${integer(to)}; j++) v[p0 + j] = r;`);
  }
  return lines;
}
