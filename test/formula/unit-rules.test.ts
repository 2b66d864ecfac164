import { describe, expect, it } from "vitest";
import type { IssueCode, Span } from "../../src/core/index.js";
import type { CheckProblem } from "../../src/formula/index.js";
import type { Typed, ValueType } from "../../src/formula/typed.js";
import { poisoned, type ProblemSink } from "../../src/formula/typed.js";
import { normalizeRatio, productType, requireDimensionless, scaleBy, unify } from "../../src/formula/unit-rules.js";
import { DIMENSIONLESS, PERCENT, PERCENTAGE_POINT, parseUnit, type Unit } from "../../src/units/index.js";
import { ONE, rational } from "../../src/units/rational.js";

/** A sink that keeps what it is told. */
function sink(): ProblemSink & { readonly problems: CheckProblem[] } {
  const problems: CheckProblem[] = [];
  return {
    problems,
    report(code: IssueCode, message: string, span: Span, hint?: string): Typed {
      problems.push({ code, message, span, ...(hint ? { hint } : {}) });
      return poisoned(span);
    },
  };
}

const u = (name: string): Unit => parseUnit(name).unit;
let offset = 0;
/** A leaf in its own place in an imagined formula, so that spans tell items apart. */
function item(type: ValueType): Typed {
  const span = { start: offset, end: offset + 3 };
  offset += 4;
  return { expr: { kind: "cell", slot: offset, at: { kind: "relative", offset: 0 }, span }, type };
}
const unit = (name: string): Typed => item({ kind: "unit", unit: u(name) });
const bare = (literal?: number): Typed => item(literal === undefined ? { kind: "free" } : { kind: "free", literal });

describe("scaleBy", () => {
  it("leaves an expression alone for a factor of 1", () => {
    const e = bare().expr;
    expect(scaleBy(e, ONE)).toBe(e);
  });

  it("wraps an expression in a scale node with the factor as numbers and exact text", () => {
    const e = bare().expr;
    expect(scaleBy(e, rational(1, 10000))).toEqual({
      kind: "scale",
      arg: e,
      num: 1,
      den: 10000,
      exactNum: "1",
      exactDen: "10000",
      span: e.span,
    });
    expect(scaleBy(e, rational(2000, 3))).toMatchObject({ num: 2000, den: 3, exactNum: "2000", exactDen: "3" });
  });

  it("keeps factors beyond double precision exact in their text", () => {
    const big = rational(10n ** 30n + 1n, 3n);
    expect(scaleBy(bare().expr, big)).toMatchObject({ exactNum: "1000000000000000000000000000001", exactDen: "3" });
  });
});

describe("normalizeRatio", () => {
  it("turns a ratio of like units at another scale into a plain ratio with a scale node", () => {
    const ratio: Typed = {
      expr: bare().expr,
      type: { kind: "unit", unit: { ...DIMENSIONLESS, name: "亿元/万元", scale: rational(10000) } },
    };
    const out = normalizeRatio(ratio);
    expect(out.type).toEqual({ kind: "unit", unit: DIMENSIONLESS });
    expect(out.expr).toMatchObject({ kind: "scale", num: 10000, den: 1, arg: ratio.expr });
  });

  it("leaves levels, plain ratios, shares and bare numbers alone", () => {
    for (const t of [
      unit("亿元"),
      item({ kind: "unit", unit: PERCENT }),
      item({ kind: "unit", unit: DIMENSIONLESS }),
      bare(),
      item({ kind: "condition" }),
    ]) {
      expect(normalizeRatio(t)).toBe(t);
    }
  });
});

describe("productType", () => {
  it("multiplies and divides units", () => {
    const money = { kind: "unit", unit: u("亿元") } as const;
    const people = { kind: "unit", unit: u("万人") } as const;
    expect(productType(money, people, true)).toMatchObject({ kind: "unit", unit: { dims: { money: 1, people: -1 } } });
    expect(productType(money, people, false)).toMatchObject({ kind: "unit", unit: { dims: { money: 1, people: 1 } } });
  });

  it("lets a bare number keep the other side's unit, and divides it by a unit", () => {
    const money = { kind: "unit", unit: u("亿元") } as const;
    expect(productType(money, { kind: "free" }, false)).toBe(money);
    expect(productType({ kind: "free" }, { kind: "free" }, true)).toEqual({ kind: "free" });
    expect(productType({ kind: "free" }, money, false)).toEqual(money);
    expect(productType({ kind: "free" }, money, true)).toMatchObject({ kind: "unit", unit: { dims: { money: -1 } } });
  });

  it("passes errors on, and makes a condition an error", () => {
    expect(productType({ kind: "error" }, { kind: "free" }, false)).toEqual({ kind: "error" });
    expect(productType({ kind: "free" }, { kind: "error" }, false)).toEqual({ kind: "error" });
    expect(productType({ kind: "free" }, { kind: "condition" }, false)).toEqual({ kind: "error" });
    expect(productType({ kind: "condition" }, { kind: "unit", unit: PERCENT }, false)).toEqual({ kind: "error" });
  });
});

describe("unify", () => {
  it("brings items of one dimension to the first one's unit", () => {
    const s = sink();
    const a = unit("亿元");
    const b = unit("万元");
    const out = unify([a, b], "added to", s);
    expect(s.problems).toEqual([]);
    expect(out.type).toMatchObject({ kind: "unit", unit: { name: "亿元" } });
    expect(out.exprs[0]).toBe(a.expr);
    expect(out.exprs[1]).toMatchObject({ kind: "scale", num: 1, den: 10000, arg: b.expr });
  });

  it("lets bare numbers take the unit and leaves them unscaled", () => {
    const s = sink();
    const n = bare(10);
    const out = unify([n, unit("万元"), unit("亿元")], "added to", s);
    expect(out.type).toMatchObject({ kind: "unit", unit: { name: "万元" } });
    expect(out.exprs[0]).toBe(n.expr);
    expect(out.exprs[2]).toMatchObject({ kind: "scale", num: 10000, den: 1 });
  });

  it("gives a free result when no item has a unit", () => {
    const s = sink();
    expect(unify([bare(1), bare(2)], "added to", s).type).toEqual({ kind: "free" });
    expect(s.problems).toEqual([]);
  });

  it("reports a mismatch naming both units, spanning from the first unit item to the offending one", () => {
    const s = sink();
    const a = unit("亿元");
    bare(3);
    const b = unit("万吨标准煤");
    const out = unify([a, b], "compared with", s);
    expect(out.type).toEqual({ kind: "error" });
    expect(s.problems).toEqual([
      {
        code: "unit_mismatch",
        message: "万吨标准煤 cannot be compared with 亿元",
        span: { start: a.expr.span.start, end: b.expr.span.end },
      },
    ]);
  });

  it("reports each mismatching item", () => {
    const s = sink();
    unify([unit("亿元"), unit("家"), unit("个")], "added to", s);
    expect(s.problems.map((p) => p.message)).toEqual(["家 cannot be added to 亿元", "个 cannot be added to 亿元"]);
  });

  it("reports a condition among numbers as number_expected", () => {
    const s = sink();
    const cond = item({ kind: "condition" });
    expect(unify([unit("亿元"), cond], "added to", s).type).toEqual({ kind: "error" });
    expect(s.problems).toEqual([
      {
        code: "number_expected",
        message: "a condition cannot be added to a number",
        span: cond.expr.span,
        hint: expect.stringContaining("if(condition, a, b)"),
      },
    ]);
  });

  it("stays silent about items already reported", () => {
    const s = sink();
    expect(unify([unit("亿元"), item({ kind: "error" })], "added to", s).type).toEqual({ kind: "error" });
    expect(s.problems).toEqual([]);
  });

  it("combines share flavours: % with pp is %, pp with pp is pp, a plain ratio with pp is pp", () => {
    const flavour = (items: Typed[]) => {
      const out = unify(items, "added to", sink());
      return out.type.kind === "unit" ? [out.type.unit.name, out.type.unit.flavour] : out.type.kind;
    };
    const pct = () => item({ kind: "unit", unit: PERCENT });
    const pp = () => item({ kind: "unit", unit: PERCENTAGE_POINT });
    const plain = () => item({ kind: "unit", unit: DIMENSIONLESS });
    expect(flavour([pct(), pp()])).toEqual(["%", "percent"]);
    expect(flavour([pp(), pct()])).toEqual(["%", "percent"]);
    expect(flavour([pp(), pp()])).toEqual(["百分点", "pp"]);
    expect(flavour([plain(), pp()])).toEqual(["百分点", "pp"]);
    expect(flavour([plain(), pct()])).toEqual(["%", "percent"]);
    expect(flavour([plain(), plain()])).toEqual(["1", "none"]);
  });

  it("reports a bare number above 1 beside a share as a percent slip, at the number", () => {
    const s = sink();
    const ten = bare(10);
    expect(unify([item({ kind: "unit", unit: PERCENT }), ten], "compared with", s).type).toEqual({ kind: "error" });
    expect(s.problems).toEqual([
      {
        code: "percent_slip",
        message: "the bare number 10 stands next to a share or rate in %, where it would mean 1000%",
        span: ten.expr.span,
        hint: "write 10% (or 10pp for percentage points)",
      },
    ]);
  });

  it("does not see a slip beside a plain ratio or a level, nor for numbers up to 1", () => {
    for (const items of [
      [item({ kind: "unit", unit: DIMENSIONLESS }), bare(10)],
      [unit("亿元"), bare(4500)],
      [item({ kind: "unit", unit: PERCENT }), bare(1)],
      [item({ kind: "unit", unit: PERCENT }), bare(-1)],
      [item({ kind: "unit", unit: PERCENT }), bare()],
    ]) {
      const s = sink();
      unify(items, "compared with", s);
      expect(s.problems).toEqual([]);
    }
  });
});

describe("requireDimensionless", () => {
  it("passes bare numbers and plain ratios through, and normalises a scaled ratio", () => {
    const s = sink();
    const n = bare();
    expect(requireDimensionless(n, "exp", s)).toBe(n);
    const p = item({ kind: "unit", unit: PERCENT });
    expect(requireDimensionless(p, "exp", s)).toBe(p);
    const scaled: Typed = {
      expr: bare().expr,
      type: { kind: "unit", unit: { ...DIMENSIONLESS, name: "亿元/万元", scale: rational(10000) } },
    };
    expect(requireDimensionless(scaled, "log", s).expr).toMatchObject({ kind: "scale", num: 10000 });
    expect(s.problems).toEqual([]);
  });

  it("refuses a level with unit_dimensionless_required at the item", () => {
    const s = sink();
    const level = unit("亿元");
    expect(requireDimensionless(level, "log", s).type).toEqual({ kind: "error" });
    expect(s.problems).toEqual([
      {
        code: "unit_dimensionless_required",
        message: "log needs a number without a unit, but this is in 亿元",
        span: level.expr.span,
        hint: "divide by a value of the same unit first, e.g. log(gdp / gdp[2020])",
      },
    ]);
  });

  it("refuses a condition with number_expected", () => {
    const s = sink();
    const cond = item({ kind: "condition" });
    expect(requireDimensionless(cond, "an exponent", s).type).toEqual({ kind: "error" });
    expect(s.problems).toEqual([
      { code: "number_expected", message: "an exponent needs a number, not a condition", span: cond.expr.span },
    ]);
  });
});
