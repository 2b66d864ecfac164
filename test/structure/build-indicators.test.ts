import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import { buildStructure } from "../../src/structure/build.js";
import { normalizeLabel } from "../../src/structure/build-indicators.js";

const model = (indicators: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  years: [2016, 2025],
  baseYear: 2021,
  indicators,
  ...extra,
});

const only = (issues: readonly Issue[], code: string) => issues.filter((i) => i.code === code);

describe("normalizeLabel", () => {
  it("puts a Chinese label under zh and an English one under en", () => {
    expect(normalizeLabel("地区生产总值")).toEqual({ zh: "地区生产总值" });
    expect(normalizeLabel("GDP")).toEqual({ en: "GDP" });
    expect(normalizeLabel({ zh: "地区生产总值", en: "GDP" })).toEqual({ zh: "地区生产总值", en: "GDP" });
    expect(normalizeLabel(undefined)).toEqual({});
  });
});

describe("readIndicators (through buildStructure)", () => {
  it("takes an unknown unit as its own count, with a unit_unknown warning, and the model still builds", () => {
    const { structure, issues } = buildStructure(model({ rice: { unit: "担", value: 38 } }));
    expect(structure).toBeDefined();
    const warnings = only(issues, "unit_unknown");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe("warning");
    expect(warnings[0]!.indicator).toBe("rice");
    expect(warnings[0]!.path).toEqual(["indicators", "rice", "unit"]);
    expect(warnings[0]!.message).toContain("担");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(structure!.indicatorById.get("rice")!.unit!.known).toBe(false);
  });

  it("reports a bare 38.62 for a % indicator as a percent_slip whose hint says 38.62%", () => {
    const { issues } = buildStructure(model({ share: { unit: "%", value: 38.62 } }));
    const slips = only(issues, "percent_slip");
    expect(slips).toHaveLength(1);
    expect(slips[0]!.severity).toBe("error");
    expect(slips[0]!.indicator).toBe("share");
    expect(slips[0]!.path).toEqual(["indicators", "share", "value"]);
    expect(slips[0]!.hint).toContain("38.62%");
  });

  it("reports a slip in a reported value and in a value by year, each at its own path", () => {
    const { issues } = buildStructure(
      model({ share: { unit: "%", history: { 2021: 38.62 } }, rate: { unit: "百分点", value: { 2022: 3 } } }),
    );
    const slips = only(issues, "percent_slip");
    expect(slips.map((i) => i.path)).toEqual([
      ["indicators", "share", "history", "2021"],
      ["indicators", "rate", "value", "2022"],
    ]);
    expect(slips[1]!.hint).toContain("3pp");
  });

  it("accepts a bare ratio of at most 1 for a % indicator", () => {
    const { issues } = buildStructure(model({ share: { unit: "%", value: 0.3862 } }));
    expect(only(issues, "percent_slip")).toEqual([]);
  });

  it("refuses a percentage given for a level indicator as a unit_mismatch", () => {
    const { issues } = buildStructure(model({ gdp: { unit: "亿元", value: "5%" } }));
    const mismatches = only(issues, "unit_mismatch");
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.indicator).toBe("gdp");
    expect(mismatches[0]!.path).toEqual(["indicators", "gdp", "value"]);
    expect(mismatches[0]!.message).toContain("亿元");
  });

  it("refuses a reported value for a year outside the timeline", () => {
    const { issues } = buildStructure(model({ gdp: { history: { 2030: 1 } } }));
    const outside = only(issues, "year_outside_timeline");
    expect(outside).toHaveLength(1);
    expect(outside[0]!.indicator).toBe("gdp");
    expect(outside[0]!.year).toBe(2030);
    expect(outside[0]!.path).toEqual(["indicators", "gdp", "history", "2030"]);
  });

  it("refuses an input value for a year outside the timeline", () => {
    const { issues } = buildStructure(model({ g: { value: { 2015: 1, 2016: 2 } } }));
    const outside = only(issues, "year_outside_timeline");
    expect(outside).toHaveLength(1);
    expect(outside[0]!.path).toEqual(["indicators", "g", "value", "2015"]);
  });

  it("reads a reported value given with its quote", () => {
    const { structure } = buildStructure(
      model({ gdp: { unit: "亿元", history: { 2021: { value: 276, quote: "完成276亿元" } } } }),
    );
    const entry = structure!.indicatorById.get("gdp")!.history.get(2021)!;
    expect(entry.literal.value).toBe(276);
    expect(entry.quote).toBe("完成276亿元");
  });

  it.each([
    ["a'b", "a quote"],
    ['a"b', "a double quote"],
    ["a[1]", "brackets"],
    ["a b", "a space"],
    ["1abc", "a leading digit"],
    ["a.b", "a dot"],
    ["a-b", "a minus sign"],
    ["__x", "a leading double underscore"],
    ["t", "the year variable"],
    ["and", "an operator word"],
  ])("refuses the id %s (%s) as invalid_id", (id) => {
    const { issues } = buildStructure(model({ [id]: { value: 1 } }));
    const invalid = only(issues, "invalid_id");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.indicator).toBe(id);
    expect(invalid[0]!.path).toEqual(["indicators", id]);
  });

  it.each(["constructor", "toString", "hasOwnProperty", "valueOf", "地区生产总值", "x_1", "cagr", "share"])(
    "accepts %s as a plain id",
    (id) => {
      const { issues } = buildStructure(model({ [id]: { value: 1 } }));
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    },
  );

  it("refuses an id that names both a group and an indicator", () => {
    const { issues } = buildStructure(
      model({ sectors: { value: 1 }, a: { value: 1, groups: ["sectors"] } }, { groups: { sectors: {} } }),
    );
    const dup = only(issues, "duplicate_id");
    expect(dup).toHaveLength(1);
    expect(dup[0]!.indicator).toBe("sectors");
  });

  it("collects the members of each group in file order", () => {
    const { structure } = buildStructure(
      model(
        { a: { value: 1, groups: ["g"] }, b: { value: 2 }, c: { value: 3, groups: ["g"] } },
        { groups: { g: { label: "三次产业" } } },
      ),
    );
    const group = structure!.groups.get("g")!;
    expect(group.members).toEqual(["a", "c"]);
    expect(group.label).toEqual({ zh: "三次产业" });
  });

  it("warns about a group without members", () => {
    const { issues } = buildStructure(model({ a: { value: 1 } }, { groups: { empty: {} } }));
    const warnings = issues.filter((i) => i.severity === "warning" && i.path?.[1] === "empty");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain("no members");
  });

  it("warns that a projection next to a formula is never used", () => {
    const { issues } = buildStructure(model({ a: { value: 1 }, b: { formula: "a * 2", projection: "b[t-1]" } }));
    const warnings = issues.filter((i) => i.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toEqual(["indicators", "b", "projection"]);
    expect(warnings[0]!.message).toContain("never used");
  });

  it("records assumptions, notes and labels of each indicator", () => {
    const { structure } = buildStructure(
      model({ g: { label: { zh: "增速", en: "growth" }, unit: "%", value: "5%", assumption: true, note: "a guess" } }),
    );
    const g = structure!.indicatorById.get("g")!;
    expect(g.assumption).toBe(true);
    expect(g.note).toBe("a guess");
    expect(g.label).toEqual({ zh: "增速", en: "growth" });
    expect(g.unit!.name).toBe("%");
  });
});
