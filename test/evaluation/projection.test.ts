import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/model.js";

const model = buildModel({
  years: [2020, 2023],
  baseYear: 2021,
  indicators: {
    gdp: {
      label: { zh: "地区生产总值", en: "GDP" },
      unit: "亿元",
      history: { 2021: 100 },
      projection: "gdp[t-1] * (1 + g)",
    },
    g: { unit: "%", value: "5%", assumption: true, note: "a guess" },
    tourism: { unit: "亿元", history: { 2021: { value: 15, assumption: true, note: "placeholder" } } },
    share: { unit: "%", formula: "tourism / gdp" },
  },
  targets: { small: { check: "share[2021] < 10%" }, big: { check: "gdp[2023] >= 200" } },
  scenarios: { baseline: {}, high: { set: { g: "10%" } } },
});

describe("Projection", () => {
  const run = model.run();

  it("keeps its values, failures and reasons when later runs of the model reuse its run buffer", () => {
    const fresh = buildModel(model.structure.definition ?? {});
    const first = fresh.run({ scenario: "high" });
    const second = fresh.run();
    const third = fresh.run({ scenario: "high" });
    const reference = model.run({ scenario: "high", engine: "interpreter" });
    for (const projection of [first, third]) {
      expect(projection.series("gdp")).toEqual(reference.series("gdp"));
      expect(projection.reason("gdp", 2020)).toBe(reference.reason("gdp", 2020));
    }
    expect(first.get("gdp", 2023)).not.toBe(second.get("gdp", 2023));
    expect(second.series("gdp")).toEqual(model.run({ engine: "interpreter" }).series("gdp"));
    expect(first.toJSON()).toEqual({ ...reference.toJSON() });
  });

  it("gives the value of a cell in the indicator's unit, shares as ratios", () => {
    expect(run.get("gdp", 2021)).toBe(100);
    expect(run.get("gdp", 2022)).toBeCloseTo(105, 12);
    expect(run.get("share", 2021)).toBeCloseTo(0.15, 15);
  });

  it("gives null for a cell without a value, and the reason", () => {
    expect(run.get("gdp", 2020)).toBeNull();
    expect(run.reason("gdp", 2020)).toContain("no reported value");
    expect(run.reason("gdp", 2021)).toBeUndefined();
  });

  it("gives a series over every year of the timeline", () => {
    expect(run.years).toEqual([2020, 2021, 2022, 2023]);
    expect(run.series("tourism")).toEqual([null, 15, null, null]);
  });

  it("tells how each cell got its value", () => {
    expect(run.source("gdp", 2020)).toBe("gap");
    expect(run.source("gdp", 2021)).toBe("history");
    expect(run.source("gdp", 2022)).toBe("projection");
    expect(run.source("g", 2020)).toBe("input");
    expect(run.source("share", 2021)).toBe("formula");
  });

  it("throws a RangeError for an unknown id or a year outside the timeline", () => {
    expect(() => run.get("nope", 2021)).toThrow(RangeError);
    expect(() => run.get("gdp", 2030)).toThrow(RangeError);
    expect(() => run.series("nope")).toThrow(RangeError);
  });

  it("gives exact text: the shortest float text in float mode, the exact decimal in decimal mode", () => {
    expect(run.exact("gdp", 2023)).toBe(String(100 * 1.05 * 1.05));
    expect(model.run({ mode: "decimal" }).exact("gdp", 2023)).toBe("110.25");
    expect(run.exact("gdp", 2020)).toBeNull();
  });

  it("lists as assumptions the inputs marked assumption: true and indicators with an assumed reported value", () => {
    expect(run.assumptions).toEqual(["g", "tourism"]);
  });

  it("lists the ids in the model's order", () => {
    expect(run.ids).toEqual(["gdp", "g", "tourism", "share"]);
  });

  it("keeps the scenario and mode it ran with", () => {
    const high = model.run({ scenario: "high", mode: "decimal" });
    expect(high.scenario).toBe("high");
    expect(high.mode).toBe("decimal");
    expect(high.get("gdp", 2023)).toBeCloseTo(121, 12);
  });

  describe("toJSON (the run --json shape)", () => {
    const json = run.toJSON();

    it("has the scenario, the years and the values keyed by id then year string", () => {
      expect(json.scenario).toBe("baseline");
      expect(json.mode).toBe("float");
      expect(json.years).toEqual([2020, 2021, 2022, 2023]);
      expect(Object.keys(json.values)).toEqual(["gdp", "g", "tourism", "share"]);
      expect(Object.keys(json.values.gdp!)).toEqual(["2020", "2021", "2022", "2023"]);
      expect(json.values.gdp!["2021"]).toBe(100);
      expect(json.values.gdp!["2020"]).toBeNull();
      expect(json.values.g!["2020"]).toBe(0.05);
    });

    it("has each target with id, met, value, threshold and margin", () => {
      expect(json.targets).toHaveLength(2);
      const small = json.targets[0]!;
      expect(small.id).toBe("small");
      expect(small.met).toBe(false);
      expect(small.value).toBeCloseTo(0.15, 15);
      expect(small.threshold).toBe(0.1);
      expect(small.margin).toBeCloseTo(-0.05, 15);
      expect(small.unit).toBe("%");
      for (const t of json.targets)
        expect(Object.keys(t)).toEqual(expect.arrayContaining(["id", "met", "value", "threshold", "margin"]));
    });

    it("has the issues and the assumptions, and the units of each indicator", () => {
      expect(json.assumptions).toEqual(["g", "tourism"]);
      expect(json.units).toEqual({ gdp: "亿元", g: "%", tourism: "亿元", share: "%" });
      const gap = json.issues.find((i) => i.indicator === "gdp")!;
      expect(gap.code).toBe("gap");
      expect(gap.years).toEqual([2020]);
    });

    it("survives JSON serialization with plain numbers and nulls", () => {
      const parsed = JSON.parse(JSON.stringify(run)) as typeof json;
      expect(parsed.values.share!["2021"]).toBeCloseTo(0.15, 15);
      expect(parsed.values.share!["2022"]).toBeNull();
      expect(typeof parsed.values.gdp!["2022"]).toBe("number");
    });

    it("holds exact decimal strings in decimal mode", () => {
      const exact = model.run({ mode: "decimal" }).toJSON();
      expect(exact.mode).toBe("decimal");
      expect(exact.values.gdp!["2023"]).toBe("110.25");
      expect(exact.values.share!["2021"]).toBe("0.15");
      expect(exact.values.gdp!["2020"]).toBeNull();
      expect(exact.targets[0]!.margin).toBe("-0.05");
    });
  });
});
