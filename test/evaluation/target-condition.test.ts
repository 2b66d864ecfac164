import { describe, expect, it } from "vitest";
import { floatArithmetic } from "../../src/core/index.js";
import { evaluateCells } from "../../src/evaluation/evaluate.js";
import { buildModel, ModelError } from "../../src/evaluation/model.js";
import { targetDecider } from "../../src/evaluation/target-condition.js";
import type { TargetOutcome } from "../../src/evaluation/projection.js";

const model = buildModel({
  years: [2025, 2027],
  baseYear: 2025,
  indicators: {
    gdp: { unit: "亿元", value: { 2025: 4000, 2026: 4200, 2027: 4369.9 } },
    share: { unit: "%", value: "12%" },
    forest: { unit: "%", value: "24.1%" },
    p: { unit: "%", value: "70%" },
    q: { unit: "%", value: "10%" },
    ps: { unit: "%", formula: "p + q" },
    gap: { value: { 2025: 1 } },
  },
  targets: {
    gdp_4500: { check: "gdp[2027] >= 4500", kind: "预期性", quote: "地区生产总值达到4500亿元" },
    share_below_10: { check: "share[2026] < 10%", kind: "binding" },
    share_below_15: { check: "share[2026] < 15%" },
    share_at_most: { check: "share[2026] <= 12%" },
    gdp_below: { check: "gdp[2027] <= 4000" },
    gdp_above: { check: "gdp[2027] > 4000" },
    both_met: { check: "gdp[2027] >= 4000 and share[2026] < 15%" },
    both_unmet: { check: "gdp[2027] >= 4500 and share[2026] < 15%" },
    either: { check: "gdp[2027] >= 4500 or share[2026] < 15%" },
    negated: { check: "not (share[2026] < 10%)" },
    forest_exact: { check: "forest[2025] >= 24.1%" },
    share_sum: { check: "ps[2025] >= 80%" },
    needs_gap: { check: "gap[2027] > 0" },
    growth_ok: { check: "cagr(gdp, 2025, 2027) >= 4%" },
  },
});

const outcomes = (mode: "float" | "decimal" = "float") => new Map(model.run({ mode }).targets.map((t) => [t.id, t]));
const float = outcomes("float");
const decimal = outcomes("decimal");
const target = (id: string, map: Map<string, TargetOutcome> = float) => map.get(id)!;

describe("targets", () => {
  it("reports `gdp[2027] >= 4500` at 4369.9 as unmet with margin −130.1 (in 亿元)", () => {
    const t = target("gdp_4500");
    expect(t.met).toBe(false);
    expect(t.value).toBe(4369.9);
    expect(t.threshold).toBe(4500);
    expect(t.margin).toBeCloseTo(-130.1, 10);
    expect(t.unit!.name).toBe("亿元");
    expect(t.kind).toBe("预期性");
    expect(t.quote).toBe("地区生产总值达到4500亿元");
    expect(t.check).toBe("gdp[2027] >= 4500");
    expect(target("gdp_4500", decimal).exact).toEqual({ value: "4369.9", threshold: "4500", margin: "-130.1" });
  });

  it("reports `share < 10%` at 12% as unmet with margin −0.02", () => {
    const t = target("share_below_10");
    expect(t.met).toBe(false);
    expect(t.value).toBe(0.12);
    expect(t.threshold).toBe(0.1);
    expect(t.margin).toBeCloseTo(-0.02, 15);
    expect(t.kind).toBe("约束性");
    expect(target("share_below_10", decimal).margin).toBe(-0.02);
  });

  it("gives a met target a positive margin", () => {
    expect(target("share_below_15").met).toBe(true);
    expect(target("share_below_15").margin).toBeCloseTo(0.03, 15);
    expect(target("gdp_above").met).toBe(true);
    expect(target("gdp_above").margin).toBeCloseTo(369.9, 10);
  });

  it("gives a target met at its boundary with <= a margin of zero", () => {
    const t = target("share_at_most", decimal);
    expect(t.met).toBe(true);
    expect(t.margin === 0).toBe(true);
  });

  it("measures the margin of <= from the value down to the threshold", () => {
    const t = target("gdp_below");
    expect(t.met).toBe(false);
    expect(t.margin).toBeCloseTo(-369.9, 10);
  });

  it("meets a compound `and` target when both parts are met; its margin is the smaller, with no value or threshold", () => {
    const t = target("both_met");
    expect(t.met).toBe(true);
    expect(t.value).toBeNull();
    expect(t.threshold).toBeNull();
    expect(t.margin).toBeCloseTo(0.03, 15);
  });

  it("does not meet an `and` target when one part is unmet", () => {
    const t = target("both_unmet");
    expect(t.met).toBe(false);
    expect(t.margin).toBeCloseTo(-130.1, 10);
  });

  it("meets an `or` target when one part is met, with the larger margin", () => {
    const t = target("either");
    expect(t.met).toBe(true);
    expect(t.margin).toBeCloseTo(0.03, 15);
  });

  it("negates the condition and the margin of `not`", () => {
    const t = target("negated");
    expect(t.met).toBe(true);
    expect(t.margin).toBeCloseTo(0.02, 15);
  });

  it("meets a target reached exactly (forest[2025] >= 24.1% at 24.1%)", () => {
    expect(target("forest_exact").met).toBe(true);
    expect(target("forest_exact", decimal).met).toBe(true);
    expect(target("forest_exact", decimal).margin).toBe(0);
  });

  it("lets decimal decide an exact boundary that float misses: 70% + 10% >= 80%", () => {
    expect(0.7 + 0.1 >= 0.8).toBe(false);
    const exact = target("share_sum", decimal);
    expect(exact.met).toBe(true);
    expect(exact.exact).toEqual({ value: "0.8", threshold: "0.8", margin: "0" });
    expect(exact.decidedBy).toBeUndefined();
    // float mode sees the target on its threshold within float rounding and takes decimal's verdict
    const decided = target("share_sum");
    expect(decided).toMatchObject({ met: true, margin: 0, decidedBy: "decimal", exact: { margin: "0" } });
    expect(
      model
        .run()
        .toJSON()
        .targets.find((t) => t.id === "share_sum"),
    ).toMatchObject({ met: true, margin: 0, decidedBy: "decimal" });
  });

  it("keeps float's verdict away from the threshold, and its own when no decimal evaluation is needed", () => {
    for (const id of ["gdp_4500", "share_below_10", "share_below_15", "growth_ok"])
      expect(target(id).decidedBy).toBeUndefined();
    // on the threshold exactly in float too: decided in decimal all the same (the same verdict)
    expect(target("forest_exact")).toMatchObject({ met: true, decidedBy: "decimal" });
  });

  it("evaluates functions over years in a target", () => {
    const t = target("growth_ok");
    expect(t.met).toBe(true);
    expect(t.value).toBeCloseTo(Math.sqrt(4369.9 / 4000) - 1, 14);
  });

  it("gives null met, value, threshold and margin, with a reason naming the missing cell, when a value is missing", () => {
    const t = target("needs_gap");
    expect(t.met).toBeNull();
    expect(t.value).toBeNull();
    expect(t.threshold).toBeNull();
    expect(t.margin).toBeNull();
    expect(t.reason).toContain("gap[2027]");
  });

  it("lists targets in the order of the model file", () => {
    expect([...float.keys()]).toEqual([
      "gdp_4500",
      "share_below_10",
      "share_below_15",
      "share_at_most",
      "gdp_below",
      "gdp_above",
      "both_met",
      "both_unmet",
      "either",
      "negated",
      "forest_exact",
      "share_sum",
      "needs_gap",
      "growth_ok",
    ]);
  });
});

describe("targetDecider", () => {
  it("evaluates a target against finished cell results", () => {
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, floatArithmetic);
    const info = s.targets.find((t) => t.id === "gdp_4500")!;
    const result = targetDecider(s, info, floatArithmetic)(results);
    expect(result.id).toBe("gdp_4500");
    expect(result.met).toBe(false);
    expect(result.margin).toBeCloseTo(-130.1, 10);
  });

  it("reports a target whose condition could not be built as null with a reason", () => {
    let partial: ModelError["partial"];
    try {
      buildModel({
        years: [2025, 2026],
        baseYear: 2025,
        indicators: { a: { value: 1 } },
        targets: { broken: { check: "b[2026] > 1" } },
      });
    } catch (error) {
      partial = (error as ModelError).partial;
    }
    const t = partial!.run().targets[0]!;
    expect(t.id).toBe("broken");
    expect(t.met).toBeNull();
    expect(t.reason).toContain("could not be built");
  });
});

describe("targets that would read the year being computed", () => {
  it("are refused when the model is built, in float and decimal alike: no verdict is computed from a year that is not one", () => {
    const definition = {
      years: [2020, 2022],
      baseYear: 2020,
      groups: { g: {} },
      indicators: { a: { value: 1, groups: ["g"] }, b: { value: 2, groups: ["g"] } },
      targets: { big: { check: "sumOf(g) >= 1000" }, grows: { check: "growth(a) > 0" } },
    };
    let error: unknown;
    try {
      buildModel(definition);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    const issues = (error as ModelError).issues.filter((i) => i.code === "invalid_year");
    expect(issues.map((i) => i.path?.join("."))).toEqual(["targets.big.check", "targets.grows.check"]);
    for (const mode of ["float", "decimal"] as const) {
      for (const t of (error as ModelError).partial!.run({ mode }).targets) {
        expect(t.met).toBeNull();
        expect(t.reason).toContain("could not be built");
      }
    }
  });
});

describe("targets compared with an overflow", () => {
  it("have no verdict in float, with the reason, rather than a margin of Infinity", () => {
    const m = buildModel({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { value: 2 } },
      targets: { x: { check: "0 != 0 + 1e308 * a[2020]" } },
    });
    const t = m.run().targets[0]!;
    expect(t.met).toBeNull();
    expect(t.margin).toBeNull();
    expect(t.reason).toBe("the target's threshold overflowed: it is not a finite number");
    expect(m.run({ mode: "decimal" }).targets[0]!.exact?.threshold).toBe("2e+308");
  });
});

describe("margins of targets met exactly", () => {
  it("is +0, not −0, for <= as for >=", async () => {
    const { buildModel } = await import("../../src/evaluation/model.js");
    const p = buildModel({
      years: [2025, 2026],
      baseYear: 2025,
      indicators: { share: { unit: "%", value: "12%" } },
      targets: {
        below: { check: "share[2026] <= 12%" },
        above: { check: "share[2026] >= 12%" },
        equal: { check: "share[2026] == 12%" },
      },
    }).run();
    for (const t of p.targets) {
      expect(t.met).toBe(true);
      expect(Object.is(t.margin, 0)).toBe(true);
    }
  });
});

describe("targets on the way (firstYear)", () => {
  // x doubles from 1 in 2021: 2, 4, 8, 16 in 2022–2025. A share falls 1 point a year from 14% in 2021.
  const onTheWay = buildModel({
    years: [2019, 2026],
    baseYear: 2021,
    indicators: {
      x: { history: { 2019: 0.25, 2020: 0.5, 2021: 1 }, projection: "x[t-1] * 2" },
      re_share: { unit: "%", history: { 2021: "14%" }, projection: "re_share[t-1] - 1pp" },
      late: { value: { 2024: 1, 2025: 5 } },
    },
    targets: {
      x_10: { check: "x[2025] >= 10" },
      x_100: { check: "x[2025] >= 100" },
      re_share_2025: { check: "re_share[2025] < 10%" },
      re_share_2026: { check: "re_share[2026] < 10%" },
      re_share_2025_easy: { check: "re_share[2025] < 14%" },
      past: { check: "x[2020] >= 0.1" },
      base_year: { check: "x[2021] >= 1" },
      growth: { check: "cagr(x, 2020, 2025) >= 90%" },
      from_2023: { check: "change(x, 2023, 2026) >= 1" },
      missing_on_the_way: { check: "late[2025] >= 2" },
      both: { check: "x[2025] >= 5 and re_share[2025] < 12%" },
    },
  });
  const outcome = (id: string) => onTheWay.run().targets.find((t) => t.id === id)!;

  it("gives the first year after the base year in which the same condition holds", () => {
    // x: 2 in 2022, 4 in 2023, 8 in 2024, 16 in 2025: x >= 10 first in 2025; x >= 5 first in 2024.
    expect(outcome("x_10").met).toBe(true);
    expect(outcome("x_10").firstYear).toBe(2025);
    // re_share: 13%, 12%, 11%, 10%, 9% in 2022–2026: below 10% first in 2026; below 14% from 2022.
    expect(outcome("re_share_2026").firstYear).toBe(2026);
    expect(outcome("re_share_2025_easy").firstYear).toBe(2022);
  });

  it("asks the question for `re_share[2023] < 10%` and the other years, not for the target year alone", () => {
    const m = buildModel({
      years: [2021, 2025],
      baseYear: 2021,
      indicators: {
        re_share: { unit: "%", value: { 2021: "14%", 2022: "12%", 2023: "9%", 2024: "11%", 2025: "9.5%" } },
      },
      targets: { t: { check: "re_share[2025] < 10%" } },
    });
    expect(m.run().targets[0]!.firstYear).toBe(2023);
  });

  it("is null when the target is unmet", () => {
    expect(outcome("x_100").met).toBe(false);
    expect(outcome("x_100").firstYear).toBeNull();
    // 10% in 2025 is not below 10%.
    expect(outcome("re_share_2025").met).toBe(false);
    expect(outcome("re_share_2025").firstYear).toBeNull();
  });

  it("is absent for a target about a past year or the base year", () => {
    expect(outcome("past").met).toBe(true);
    expect(outcome("past")).not.toHaveProperty("firstYear");
    expect(outcome("base_year")).not.toHaveProperty("firstYear");
  });

  it("moves only the last year of a growth over years, from the year after its start and the base year", () => {
    // cagr(x, 2020, y) = 2 − 1 = 100% for every y: met from 2022, the first year after the base year.
    expect(outcome("growth").met).toBe(true);
    expect(outcome("growth").firstYear).toBe(2022);
    // change(x, 2023, y) needs y > 2023: 2024 gives 8/4 − 1 = 1.
    expect(outcome("from_2023").firstYear).toBe(2024);
  });

  it("skips years on the way in which a cell the condition needs has no value", () => {
    // late has no value in 2022 and 2023; in 2024 it is 1 (< 2); 2025 is the first year it holds.
    expect(outcome("missing_on_the_way").firstYear).toBe(2025);
  });

  it("moves every cell of a compound condition together", () => {
    // x >= 5 from 2024; re_share < 12% from 2024 (11%).
    expect(outcome("both").firstYear).toBe(2024);
  });

  it("is the same in decimal mode", () => {
    const decimal = new Map(onTheWay.run({ mode: "decimal" }).targets.map((t) => [t.id, t.firstYear]));
    expect(decimal.get("x_10")).toBe(2025);
    expect(decimal.get("re_share_2025_easy")).toBe(2022);
    expect(decimal.get("x_100")).toBeNull();
    expect(decimal.get("past")).toBeUndefined();
  });

  it("appears in the run --json shape", () => {
    const json = onTheWay.run().toJSON();
    expect(json.targets.find((t) => t.id === "x_10")!.firstYear).toBe(2025);
    expect(json.targets.find((t) => t.id === "x_100")!.firstYear).toBeNull();
    expect(json.targets.find((t) => t.id === "past")).not.toHaveProperty("firstYear");
  });
});
