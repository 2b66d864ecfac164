import { describe, expect, it } from "vitest";
import { fanChart, projectionChart, type Chart } from "../../src/charts/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { simulate } from "../../src/montecarlo/index.js";
import { svgOf } from "../../src/svg.js";
import { placedTexts } from "./svg-text.js";

/** The lines of a drawn chart: the line each path draws (as its accessible label names it), its colour and dash. */
function drawnLines(svg: string): { line: string; stroke: string; dash: string }[] {
  const paths = svg.matchAll(/<path aria-label="([^"]*)"[^>]*aria-roledescription="line mark"[^>]*>/g);
  return [...paths].map(([path, label]) => ({
    line: /(?:情景|scenario|part): ([^;]*)/.exec(label!)?.[1] ?? "",
    stroke: /stroke="([^"]*)"/.exec(path)?.[1] ?? "",
    dash: /stroke-dasharray="([^"]*)"/.exec(path)?.[1] ?? "",
  }));
}

/** The data rows of a chart. */
function rowsOf(chart: Chart): Record<string, unknown>[] {
  return (chart.spec.data as { values: Record<string, unknown>[] }).values;
}

describe("scenarios whose values are equal in every year", () => {
  // 高速 sets an input GDP does not read: its GDP is the baseline's in every year
  const model = buildModel({
    years: [2020, 2025],
    baseYear: 2020,
    indicators: {
      gdp: { label: "地区生产总值", unit: "亿元", history: { 2020: 100 }, projection: "gdp[t-1] * (1 + g)" },
      g: { unit: "%", value: "5%" },
      jobs_growth: { unit: "%", value: "1%" },
    },
    scenarios: {
      baseline: { label: { zh: "基准", en: "baseline" } },
      fast: { label: { zh: "高速", en: "fast" }, set: { jobs_growth: "2%" } },
      slow: { label: { zh: "低速", en: "slow" }, set: { g: "3%" } },
      blip: { label: { zh: "微调", en: "blip" }, set: { g: { 2024: "5.1%" } } },
    },
  });
  const runs = ["baseline", "fast", "slow"].map((scenario) => model.run({ scenario }));

  it("are drawn as one line, named by every scenario it stands for", async () => {
    const svg = await svgOf(projectionChart(runs, "gdp").spec);
    const texts = placedTexts(svg).map((t) => t.text);
    expect(texts).toContain("基准 = 高速");
    expect(texts).toContain("低速");
    expect(texts).not.toContain("高速");
    expect(texts).not.toContain("基准");
    const scenarioLines = drawnLines(svg).filter((l) => l.dash === "6,3");
    expect(scenarioLines.map((l) => l.line)).toEqual(["基准 = 高速", "低速"]);
    expect(new Set(scenarioLines.map((l) => l.stroke)).size).toBe(2);
  });

  it("are named in the chart's language, and kept apart when they differ in a single year", () => {
    expect(new Set(rowsOf(projectionChart(runs, "gdp", { lang: "en" })).map((r) => r.scenario))).toEqual(
      new Set(["history", "baseline = fast", "slow"]),
    );
    const apart = rowsOf(projectionChart([runs[0]!, model.run({ scenario: "blip" })], "gdp")).map((r) => r.scenario);
    expect(new Set(apart)).toEqual(new Set(["历史", "基准", "微调"]));
  });
});

describe("values before the base year that rest on an assumption", () => {
  const model = buildModel({
    years: [2016, 2023],
    baseYear: 2021,
    indicators: {
      gdp: {
        label: "地区生产总值",
        unit: "亿元",
        history: { 2021: 120 },
        projection: "gdp[t-1] * (1 + g)",
        backcast: "gdp[t+1] / (1 + g_before)",
      },
      g: { unit: "%", value: "5%" },
      g_before: { label: "2016—2021年GDP增速（假定）", unit: "%", value: "5.1%", assumption: true },
      population: {
        label: "常住人口",
        unit: "万人",
        history: { 2016: 30, 2017: 30.5, 2018: 31, 2019: 31.5, 2020: 32, 2021: 32.5 },
        projection: "population[t-1]",
      },
      gdp_per_capita: { label: "人均地区生产总值", unit: "元/人", formula: "gdp / population" },
      visits: {
        label: "旅游接待人次",
        unit: "万人次",
        history: { 2020: 200, 2021: { value: 240, assumption: true, note: "a placeholder" } },
        projection: "visits[t-1] * 1.05",
      },
    },
    uncertainty: { g: { normal: { mean: "5%", sd: "1%" } } },
  });
  const run = model.run();
  /** The part of each year of an indicator's projection chart, up to the base year. */
  const parts = (id: string, lang: "zh" | "en" = "zh") =>
    Object.fromEntries(
      rowsOf(projectionChart(run, id, { lang }))
        .filter((r) => !r.joint && (r.year as number) <= 2021)
        .map((r) => [r.year, r.part]),
    );

  it("are drawn as assumed: a backcast, what is computed from one, and a value marked as an assumption", () => {
    const assumed = { 2016: "推算", 2017: "推算", 2018: "推算", 2019: "推算", 2020: "推算", 2021: "历史" };
    expect(parts("gdp")).toEqual(assumed);
    expect(parts("gdp_per_capita")).toEqual(assumed);
    expect(parts("visits")).toEqual({ 2020: "历史", 2021: "推算" });
    expect(parts("population")).toEqual({
      2016: "历史",
      2017: "历史",
      2018: "历史",
      2019: "历史",
      2020: "历史",
      2021: "历史",
    });
    expect(parts("gdp", "en")[2016]).toBe("assumed");
  });

  it("draws assumed values as a dotted light grey line named 推算 in the legend, joined to the history it starts from", async () => {
    const svg = await svgOf(projectionChart(run, "gdp").spec);
    expect(placedTexts(svg).map((t) => t.text)).toContain("推算");
    const lines = drawnLines(svg);
    expect(lines.find((l) => l.line === "推算")).toEqual({ line: "推算", stroke: "#a8a8a8", dash: "2,3" });
    const rows = rowsOf(projectionChart(run, "gdp"));
    // the dotted line runs on to the reported 2021, where the solid history is
    expect(rows.filter((r) => r.scenario === "推算").map((r) => [r.year, r.joint])).toEqual([
      [2016, false],
      [2017, false],
      [2018, false],
      [2019, false],
      [2020, false],
      [2021, true],
    ]);
  });

  it("draws them dotted on a fan chart too, and says so in its subtitle", async () => {
    const simulation = simulate(model, { trials: 200, seed: 1, track: ["gdp"] });
    const chart = fanChart(simulation, model, "gdp");
    expect(JSON.stringify(chart.spec.title)).toContain("灰色点线为推算值（非报告值）");
    const lines = drawnLines(await svgOf(chart.spec));
    expect(lines.filter((l) => l.dash === "2,3").map((l) => [l.line, l.stroke])).toEqual([["推算", "#a8a8a8"]]);
    const population = fanChart(simulate(model, { trials: 50, seed: 1, track: ["population"] }), model, "population");
    expect(JSON.stringify(population.spec.title)).not.toContain("推算");
  });
});
