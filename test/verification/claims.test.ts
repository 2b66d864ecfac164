import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/node.js";
import { verifyClaims } from "../../src/verification/index.js";

const model = loadModel(resolve(__dirname, "../../examples/mentougou-2021/model.yaml"));

const good = [
  { id: "gdp_cum", indicator: "gdp", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
  { id: "gdp_avg", indicator: "gdp", kind: "average_growth", from: 2016, to: 2021, value: "5.1%" },
];

function issuesOf(claims: unknown[], withModel = false) {
  const report = verifyClaims({ claims: [...good, ...claims] }, withModel ? { model } : {});
  // The good claims are still checked, whatever is wrong with the others.
  expect(report.checks.some((c) => c.id === "average_vs_cumulative:gdp:2016-2021" && c.verdict === "consistent")).toBe(
    true,
  );
  return report.issues;
}

describe("reading claims", () => {
  it("refuses a claim naming an indicator the model lacks, with a suggestion", () => {
    const [issue] = issuesOf([{ id: "bad", indicator: "gdpp", kind: "level", year: 2021, value: "276" }], true);
    expect(issue!.code).toBe("unknown_reference");
    expect(issue!.message).toContain("claim 'bad', field 'indicator'");
    expect(issue!.hint).toContain("'gdp'");
    expect(issue!.path).toEqual(["claims", 2, "indicator"]);
  });

  it("accepts any indicator id without a model: ids only tie claims together", () => {
    expect(issuesOf([{ id: "x", indicator: "anything", kind: "level", year: 2021, value: "1" }])).toEqual([]);
  });

  it("refuses a period whose from is not before its to", () => {
    const [issue] = issuesOf([
      { id: "p", indicator: "gdp", kind: "cumulative_change", from: 2021, to: 2016, value: "5%" },
    ]);
    expect(issue!.code).toBe("invalid_claim");
    expect(issue!.message).toMatch(/claim 'p', field 'from'.*from must come before to/);
  });

  it("refuses a percentage where a level is expected, and a level where a percentage is", () => {
    const [level] = issuesOf([{ id: "l", indicator: "gdp", kind: "level", year: 2021, value: "5%" }], true);
    expect(level!.message).toMatch(/claim 'l', field 'value'.*a percentage, but gdp is a level in 亿元/);
    const [change] = issuesOf([
      { id: "c", indicator: "gdp", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5" },
    ]);
    expect(change!.message).toMatch(/claim 'c', field 'value'.*not a percentage/);
    const [points] = issuesOf([
      { id: "pp", indicator: "forest", kind: "pp_change", from: 2016, to: 2021, value: "4.8%" },
    ]);
    expect(points!.message).toMatch(/not a percentage-point change/);
  });

  it("refuses a value that is not a number as printed", () => {
    const [issue] = issuesOf([{ id: "n", indicator: "gdp", kind: "level", year: 2021, value: "二十" }]);
    expect(issue!.message).toBe("claim 'n', field 'value': '二十' is not a number as printed");
  });

  it("refuses qualifiers that contradict each other", () => {
    const [issue] = issuesOf([
      {
        id: "q",
        indicator: "gdp",
        kind: "cumulative_change",
        from: 2016,
        to: 2021,
        value: "5%",
        qualifiers: ["以上", "以下"],
      },
    ]);
    expect(issue!.message).toMatch(/claim 'q', field 'qualifiers'.*contradict/);
  });

  it("refuses two claims with one id", () => {
    const [issue] = issuesOf([{ id: "gdp_cum", indicator: "gdp", kind: "level", year: 2021, value: "276" }]);
    expect(issue!.code).toBe("duplicate_id");
    expect(issue!.message).toContain("used by claim 1 too");
  });

  it("refuses a level without a year, and unknown fields", () => {
    const issues = issuesOf([
      { id: "y", indicator: "gdp", kind: "level", value: "276" },
      { id: "f", indicator: "gdp", kind: "level", year: 2021, value: "276", colour: "red" },
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      "claim 'y', field 'year': a level needs the year it is printed for",
      "claim 'f': unknown field 'colour'",
    ]);
  });

  it("refuses an identity whose units do not agree, naming it", () => {
    const report = verifyClaims({ claims: good, identities: ["energy_intensity = energy + gdp"] }, { model });
    expect(report.issues[0]!.code).toBe("unit_mismatch");
    expect(report.issues[0]!.message).toContain("identity 'energy_intensity = energy + gdp'");
    // The span points at `energy + gdp` inside the whole identity text.
    expect(report.issues[0]!.span).toEqual({ start: 19, end: 31 });
  });

  it("converts a level printed in another unit into the model's: 突破6万元 for an indicator in 元", () => {
    const report = verifyClaims(
      {
        claims: [
          {
            id: "i",
            indicator: "income_per_capita",
            kind: "level",
            year: 2021,
            value: "6",
            unit: "万元",
            qualifiers: ["突破"],
          },
          { id: "c", indicator: "income_per_capita", kind: "cumulative_change", from: 2016, to: 2021, value: "42%" },
        ],
      },
      { model },
    );
    const check = report.checks[0]!;
    expect(check.verdict).toBe("not_checkable");
    // More than 55,000 元 (6万 rounded) over 1.425 (42% rounded up) is at least 38,596.49 元 in 2016.
    expect(check.computed!.lo!.toNumber()).toBeCloseTo(55000 / 1.425, 6);
    expect(check.computed!.hi).toBeNull();
  });
});
