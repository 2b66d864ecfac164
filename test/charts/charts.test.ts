import { describe, expect, it } from "vitest";
import {
  driversChart,
  fanChart,
  projectionChart,
  sweepChart,
  verificationChart,
  type Chart,
} from "../../src/charts/index.js";
import { PlansheetError } from "../../src/core/index.js";
import { simulate } from "../../src/montecarlo/index.js";
import { verifyClaimsFile } from "../../src/node.js";
import { sweep } from "../../src/targets/index.js";
import { ROOT, compileMessages, gapModel, mentougou } from "./helpers.js";

const model = mentougou();
const runs = ["baseline", "faster", "slower", "transition"].map((scenario) => model.run({ scenario }));
const simulation = simulate(model, { trials: 400, seed: 2021, track: ["re_share", "forest_cover"] });
const verification = verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`);

/** The data rows of a chart's layer, or of the chart itself. */
function rowsOf(chart: Chart, layer?: number): Record<string, unknown>[] {
  const spec =
    layer === undefined ? chart.spec : (chart.spec.layer as { data: { values: Record<string, unknown>[] } }[])[layer]!;
  return (spec.data as { values: Record<string, unknown>[] }).values;
}

function usageError(f: () => unknown): PlansheetError {
  try {
    f();
  } catch (error) {
    if (error instanceof PlansheetError) return error;
    throw error;
  }
  throw new Error("expected a PlansheetError");
}

describe("charts as Vega-Lite specs", () => {
  const charts: [string, Chart][] = [
    ["projection", projectionChart(runs, "re_share")],
    ["projection (en)", projectionChart(runs, "gdp", { lang: "en" })],
    ["fan", fanChart(simulation, model, "re_share")],
    [
      "sweep",
      sweepChart(
        sweep(model, { lever: "re_growth", from: -0.2, to: 0.1, steps: 7, targets: ["re_share_below_10_2025"] }),
        model,
        "re_share_below_10_2025",
      ),
    ],
    ["drivers", driversChart(simulation, model, "re_share_below_10_2025")],
    ["verification", verificationChart(verification)],
  ];

  it.each(charts)("the %s chart compiles with Vega-Lite's compiler without a warning", (_, chart) => {
    expect(chart.spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(compileMessages(chart.spec)).toEqual([]);
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart.spec);
  });

  it("draws a projection: the past apart from each scenario's line, the base year, the target as a dashed rule, in Chinese", () => {
    const chart = charts[0]![1];
    expect(chart.title).toBe("房地产业占地区生产总值比重");
    const rows = rowsOf(chart);
    // the 2021 share is a placeholder (re_share_2021, an assumption): assumed, not history
    expect(new Set(rows.map((r) => r.scenario))).toEqual(
      new Set(["推算", "基准情景", "较快增长", "较慢增长", "加快转型"]),
    );
    // each scenario's line starts at the base year, where the past ends
    expect(Math.min(...rows.filter((r) => r.scenario === "基准情景").map((r) => r.year as number))).toBe(2021);
    expect(rows.filter((r) => r.part === "推算").every((r) => (r.year as number) <= 2021)).toBe(true);
    const text = JSON.stringify(chart.spec);
    expect(text).toContain("基年 2021");
    expect(text).toContain("目标 2025 < 10%，2026 < 10%");
    expect(text).toContain('"strokeDash":[6,4]');
    expect(text).toContain('"format":".1%"');
    expect(charts[1]![1].title).toBe("GDP");
    expect(JSON.stringify(charts[1]![1].spec)).toContain("（亿元）");
  });

  it("draws a fan: the bands and median from the simulation's quantiles, and the probability in the title", () => {
    const chart = charts[2]![1];
    const p2025 = simulation.targets.find((t) => t.id === "re_share_below_10_2025")!.probability;
    expect(chart.title).toContain(`达标概率 ${(p2025 * 100).toFixed(1)}%（2025）`);
    const fan = rowsOf(chart, 0);
    expect(fan.find((r) => r.year === 2025)).toMatchObject({
      p50: simulation.quantiles.re_share!["2025"]!.p50,
      p5: simulation.quantiles.re_share!["2025"]!.p5,
    });
  });

  it("draws a sweep with the stretches where the target is met and the solved boundary", () => {
    const text = JSON.stringify(charts[3]![1].spec);
    expect(text).toContain('"type":"rect"');
    expect(text).toMatch(/临界值 -\d/);
  });

  it("draws the drivers as shares of variance, largest first, coloured by direction", () => {
    const rows = rowsOf(charts[4]![1]);
    const shares = rows.map((r) => r.share as number);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(rows[0]).toMatchObject({ direction: expect.stringMatching(/^抽样值越大越/) });
  });

  it("draws each checked figure's printed interval against the implied one, verdicts in words", () => {
    const rows = rowsOf(charts[5]![1]);
    expect(new Set(rows.map((r) => r.verdict))).toEqual(new Set(["相符", "不符", "算术平均"]));
    const mean = rows.filter((r) => r.verdict === "算术平均");
    // 年均下降4.07% against the compound −4.45%: the two intervals do not overlap
    expect(mean.map((r) => r.which)).toEqual(["报告值", "推算值"]);
    expect((mean[1]!.hi as number) < (mean[0]!.lo as number)).toBe(true);
    expect(verificationChart(verification, { checks: "failures" }).spec.data).toMatchObject({
      values: expect.any(Array),
    });
  });
});

describe("charts refuse what they cannot draw, saying why", () => {
  it("names an unknown indicator with the one it may mean", () => {
    const error = usageError(() => projectionChart(runs, "re_shares"));
    expect(error.message).toBe("cannot chart 're_shares': it is not an indicator of the model");
    expect(error.issues[0]!.hint).toContain("re_share");
  });

  it("refuses an indicator without a value in any year, with the reason", () => {
    const gaps = gapModel();
    const error = usageError(() => projectionChart(gaps.run(), "broken"));
    expect(error.message).toMatch(/^cannot chart 'broken': it has no value in any year \(2020: .*zero/);
  });

  it("refuses a fan of an indicator the simulation did not track, and a sweep of one point", () => {
    expect(usageError(() => fanChart(simulation, model, "gdp")).message).toBe("the simulation did not track 'gdp'");
    const one = {
      lever: "re_growth",
      scenario: "baseline",
      points: [{ value: 0, targets: { t: true }, margins: { t: 1 }, values: {} }],
    };
    expect(usageError(() => sweepChart(one, model, "t")).message).toBe(
      "a sweep chart needs at least two points, the sweep has 1",
    );
    expect(usageError(() => driversChart(simulation, model, "re_share_below_10")).issues[0]!.hint).toContain(
      "re_share_below_10_2025",
    );
  });
});
