import { describe, expect, it } from "vitest";
import { absoluteYears, replaceYear, resolveYear, type CheckedExpr } from "../../src/formula/index.js";
import { children, collectReads, dependsOnYear } from "../../src/formula/checked.js";
import { checked, slot, TARGET } from "./helpers.js";

const at = { start: 0, end: 1 };
const c = (value: number): CheckedExpr => ({ kind: "const", value, exact: String(value), span: at });
const rel = (s: number, offset = 0): CheckedExpr => ({
  kind: "cell",
  slot: s,
  at: { kind: "relative", offset },
  span: at,
});
const abs = (s: number, year: number): CheckedExpr => ({
  kind: "cell",
  slot: s,
  at: { kind: "absolute", year },
  span: at,
});

describe("resolveYear", () => {
  it("gives an absolute year as it is and a relative one from the cell's year", () => {
    expect(resolveYear({ kind: "absolute", year: 2021 }, 2025)).toBe(2021);
    expect(resolveYear({ kind: "relative", offset: -1 }, 2025)).toBe(2024);
    expect(resolveYear({ kind: "relative", offset: 0 }, 2025)).toBe(2025);
    expect(resolveYear({ kind: "relative", offset: 2 }, 2016)).toBe(2018);
  });
});

describe("children", () => {
  it("lists the direct sub-expressions of every kind of node", () => {
    const a = c(1);
    const b = c(2);
    const d = c(3);
    expect(children({ kind: "negate", arg: a, span: at })).toEqual([a]);
    expect(children({ kind: "not", arg: a, span: at })).toEqual([a]);
    expect(children({ kind: "math", fn: "exp", arg: a, span: at })).toEqual([a]);
    expect(children({ kind: "round", arg: a, digits: 1, span: at })).toEqual([a]);
    expect(children({ kind: "scale", arg: a, num: 1, den: 2, exactNum: "1", exactDen: "2", span: at })).toEqual([a]);
    expect(
      children({
        kind: "sum",
        terms: [
          { subtract: false, expr: a },
          { subtract: true, expr: b },
        ],
        span: at,
      }),
    ).toEqual([a, b]);
    expect(
      children({
        kind: "product",
        factors: [
          { divide: false, expr: a },
          { divide: true, expr: b },
        ],
        span: at,
      }),
    ).toEqual([a, b]);
    expect(children({ kind: "power", base: a, exponent: b, span: at })).toEqual([a, b]);
    expect(children({ kind: "compare", op: "<", left: a, right: b, span: at })).toEqual([a, b]);
    expect(children({ kind: "logic", op: "and", left: a, right: b, span: at })).toEqual([a, b]);
    expect(children({ kind: "if", cond: a, whenTrue: b, otherwise: d, span: at })).toEqual([a, b, d]);
    expect(children({ kind: "minmax", fn: "min", args: [a, b, d], span: at })).toEqual([a, b, d]);
  });

  it("gives leaves no children", () => {
    expect(children(c(1))).toEqual([]);
    expect(children({ kind: "year", span: at })).toEqual([]);
    expect(children(rel(0))).toEqual([]);
    expect(
      children({
        kind: "series",
        fn: "cagr",
        slot: 0,
        from: { kind: "absolute", year: 2016 },
        to: { kind: "absolute", year: 2021 },
        span: at,
      }),
    ).toEqual([]);
    expect(children({ kind: "aggregate", fn: "sumOf", group: "g", members: [], span: at })).toEqual([]);
  });
});

describe("collectReads", () => {
  it("lists both ends of cagr, change and ppchange", () => {
    for (const fn of ["cagr", "change", "ppchange"] as const) {
      const from = { kind: "absolute", year: 2016 } as const;
      const to = { kind: "absolute", year: 2021 } as const;
      expect(collectReads({ kind: "series", fn, slot: 4, from, to, span: at }).cells).toEqual([
        { slot: 4, at: from },
        { slot: 4, at: to },
      ]);
    }
  });

  it("lists a range of years as its first year, through its last", () => {
    const from = { kind: "absolute", year: 2021 } as const;
    const to = { kind: "absolute", year: 2025 } as const;
    expect(collectReads({ kind: "series", fn: "sum", slot: 2, from, to, span: at }).cells).toEqual([
      { slot: 2, at: from, through: to },
    ]);
    expect(checked("mean(gdp, 2021, 2025)").reads.cells).toEqual([{ slot: slot("gdp"), at: from, through: to }]);
  });

  it("lists both indicators at both ends for an elasticity", () => {
    const reads = checked("elasticity(energy, gdp, 2016, 2021)").reads.cells;
    expect(reads).toHaveLength(4);
    expect(reads).toEqual(
      expect.arrayContaining([
        { slot: slot("energy"), at: { kind: "absolute", year: 2016 } },
        { slot: slot("energy"), at: { kind: "absolute", year: 2021 } },
        { slot: slot("gdp"), at: { kind: "absolute", year: 2016 } },
        { slot: slot("gdp"), at: { kind: "absolute", year: 2021 } },
      ]),
    );
  });

  it("lists every member of a group aggregate in the same year", () => {
    expect(checked("sumOf(sectors)").reads.cells).toEqual(
      expect.arrayContaining(
        ["primary", "secondary", "tertiary"].map((m) => ({ slot: slot(m), at: { kind: "relative", offset: 0 } })),
      ),
    );
  });

  it("lists both branches of an if, since either may be taken", () => {
    const reads = checked("if(share > 10%, gdp, gdp[t-1])").reads.cells;
    expect(reads).toEqual(
      expect.arrayContaining([
        { slot: slot("share"), at: { kind: "relative", offset: 0 } },
        { slot: slot("gdp"), at: { kind: "relative", offset: 0 } },
        { slot: slot("gdp"), at: { kind: "relative", offset: -1 } },
      ]),
    );
  });

  it("reads through scale nodes and deep trees", () => {
    let deep: CheckedExpr = rel(7, -3);
    for (let i = 0; i < 50_000; i++) deep = { kind: "negate", arg: deep, span: at };
    expect(collectReads(deep).cells).toEqual([{ slot: 7, at: { kind: "relative", offset: -3 } }]);
  });
});

describe("dependsOnYear", () => {
  it("is false for constants and absolute cells, true for t and relative cells", () => {
    expect(dependsOnYear(c(1))).toBe(false);
    expect(dependsOnYear(abs(0, 2021))).toBe(false);
    expect(dependsOnYear(rel(0))).toBe(true);
    expect(dependsOnYear({ kind: "year", span: at })).toBe(true);
  });

  it("is true for a group aggregate, which reads the same year", () => {
    expect(
      dependsOnYear({ kind: "aggregate", fn: "meanOf", group: "g", members: [{ slot: 1, num: 1, den: 1 }], span: at }),
    ).toBe(true);
  });

  it("is true for a series function with either end relative", () => {
    const fixed = { kind: "absolute", year: 2016 } as const;
    const moving = { kind: "relative", offset: 0 } as const;
    expect(dependsOnYear({ kind: "series", fn: "cagr", slot: 0, from: fixed, to: fixed, span: at })).toBe(false);
    expect(dependsOnYear({ kind: "series", fn: "cagr", slot: 0, from: fixed, to: moving, span: at })).toBe(true);
    expect(dependsOnYear({ kind: "elasticity", slot: 0, of: 1, from: moving, to: fixed, span: at })).toBe(true);
  });

  it("finds a year dependence deep inside a tree without overflowing the stack", () => {
    let deep: CheckedExpr = { kind: "year", span: at };
    for (let i = 0; i < 50_000; i++)
      deep = {
        kind: "sum",
        terms: [
          { subtract: false, expr: c(1) },
          { subtract: false, expr: deep },
        ],
        span: at,
      };
    expect(dependsOnYear(deep)).toBe(true);
  });
});

describe("absoluteYears", () => {
  it("lists every absolute year a target names, ascending, without repeats", () => {
    expect(absoluteYears(checked("share[2025] < 10%", TARGET).expr)).toEqual([2025]);
    expect(absoluteYears(checked("cagr(gdp, 2020, 2025) >= 5%", TARGET).expr)).toEqual([2020, 2025]);
    expect(absoluteYears(checked("gdp[2025] / gdp[2021] >= 1.2 and share[2025] < 10%", TARGET).expr)).toEqual([
      2021, 2025,
    ]);
    expect(absoluteYears(checked("elasticity(energy, gdp, 2016, 2021) < 1", TARGET).expr)).toEqual([2016, 2021]);
    expect(absoluteYears(checked("sum(gdp, 2022, 2024) >= 900", TARGET).expr)).toEqual([2022, 2024]);
  });

  it("finds years inside any node: negation, functions, powers, conditionals", () => {
    expect(absoluteYears(checked("-gdp[2023] < 0", TARGET).expr)).toEqual([2023]);
    expect(absoluteYears(checked("abs(share[2024] - share[2022]) <= 1pp", TARGET).expr)).toEqual([2022, 2024]);
    expect(absoluteYears(checked("gdp[2019] ^ 2 > 1", TARGET).expr)).toEqual([2019]);
    expect(absoluteYears(checked("min(gdp[2018], gdp[2017]) > 1", TARGET).expr)).toEqual([2017, 2018]);
    expect(absoluteYears(checked("not (gdp[2020] > 1)", TARGET).expr)).toEqual([2020]);
  });

  it("ignores relative years and gives none for a formula without absolute years", () => {
    expect(absoluteYears(checked("gdp[t-1] * 1.05").expr)).toEqual([]);
    expect(absoluteYears(checked("gdp / gdp[2021]").expr)).toEqual([2021]);
    expect(absoluteYears(c(1))).toEqual([]);
  });
});

describe("replaceYear", () => {
  it("rewrites `re_share[2025] < 10%` as `re_share[2023] < 10%`", () => {
    const original = checked("share[2025] < 10%", TARGET).expr;
    const moved = replaceYear(original, 2025, 2023);
    expect(absoluteYears(moved)).toEqual([2023]);
    expect(moved.kind).toBe("compare");
    if (moved.kind !== "compare" || moved.left.kind !== "cell") throw new Error("unexpected shape");
    expect(moved.left).toEqual({
      ...(original as Extract<CheckedExpr, { kind: "compare" }>).left,
      at: { kind: "absolute", year: 2023 },
    });
    expect(moved.right).toEqual((original as Extract<CheckedExpr, { kind: "compare" }>).right);
  });

  it("rewrites only the year asked for: cagr(gdp, 2020, 2025) becomes cagr(gdp, 2020, 2023)", () => {
    const moved = replaceYear(checked("cagr(gdp, 2020, 2025) >= 5%", TARGET).expr, 2025, 2023);
    expect(absoluteYears(moved)).toEqual([2020, 2023]);
  });

  it("rewrites every mention of the year, in every kind of node", () => {
    const text =
      "abs(-gdp[2025] + gdp[2025] * 2 ^ share[2025]) + max(gdp[2025], 1) > sum(gdp, 2021, 2025) and not (elasticity(energy, gdp, 2021, 2025) > 1)";
    const moved = replaceYear(checked(text, TARGET).expr, 2025, 2022);
    expect(absoluteYears(moved)).toEqual([2021, 2022]);
    const years = collectReads(moved).cells.map((c) => (c.at.kind === "absolute" ? c.at.year : null));
    expect(years).not.toContain(2025);
    expect(years).toContain(2022);
  });

  it("rewrites inside conditionals, unit conversions and rounding", () => {
    const moved = replaceYear(
      checked("if(gdp[2025] > 1, round(gdp_wan[2025], 1), gdp[2025]) + gdp_wan[2025] > 0", TARGET).expr,
      2025,
      2024,
    );
    expect(absoluteYears(moved)).toEqual([2024]);
  });

  it("leaves a formula that does not name the year as it was", () => {
    const original = checked("share[2021] < 10%", TARGET).expr;
    expect(replaceYear(original, 2025, 2023)).toEqual(original);
  });

  it("leaves relative years alone", () => {
    const original = checked("gdp[t-1] * 1.05 + gdp[2021]").expr;
    const moved = replaceYear(original, 2021, 2020);
    expect(collectReads(moved).cells.map((c) => c.at)).toEqual(
      expect.arrayContaining([
        { kind: "relative", offset: -1 },
        { kind: "absolute", year: 2020 },
      ]),
    );
  });

  it("does not change the formula it is given", () => {
    const original = checked("share[2025] < 10%", TARGET).expr;
    const copy = structuredClone(original);
    replaceYear(original, 2025, 2023);
    expect(original).toEqual(copy);
  });
});
