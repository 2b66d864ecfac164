import { describe, expect, it } from "vitest";
import {
  driversChart,
  fanChart,
  projectionChart,
  sweepChart,
  verificationChart,
  type Chart,
} from "../../src/charts/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { simulate } from "../../src/montecarlo/index.js";
import { sweep } from "../../src/targets/index.js";
import { verifyClaims } from "../../src/verification/index.js";
import { svgOf } from "../../src/svg.js";
import { placedTexts, svgSize } from "./svg-text.js";

/** A model whose every name is as long as a plan's table writes it. */
const model = buildModel({
  years: [2016, 2026],
  baseYear: 2021,
  indicators: {
    rd: {
      label: "全区规模以上工业企业研究与试验发展经费内部支出总额（按现行价格计算）",
      unit: "亿元",
      history: { 2021: 50 },
      projection: "rd[t-1] * (1 + rd_growth + firm_growth)",
      backcast: "rd[t+1] / (1 + rd_growth_before)",
    },
    rd_growth_before: { label: "“十三五”时期全区研究与试验发展经费支出年均增速（假定）", unit: "%", value: "7%" },
    rd_growth: {
      label: "全区规模以上工业企业研究与试验发展经费内部支出年均增速（预测值）",
      unit: "%",
      value: "6%",
      assumption: true,
    },
    firm_growth: {
      label: "国家级专精特新“小巨人”企业及高新技术企业数量年均增长带来的研发投入增速（假定值）",
      unit: "%",
      value: "1%",
      assumption: true,
    },
  },
  scenarios: {
    baseline: { label: "基准情景：延续“十三五”时期研发经费平均增长速度" },
    fast: { label: "较快增长情景：创新驱动发展战略全面落地见效", set: { rd_growth: "8%" } },
    slow: { label: "较慢增长情景：外部环境趋紧导致企业研发投入放缓", set: { rd_growth: "4%" } },
  },
  targets: {
    rd_80: {
      label: "到2025年全区规模以上工业企业研发经费内部支出总额达到80亿元以上",
      check: "rd[2025] >= 80",
      lever: "rd_growth",
    },
  },
  levers: { rd_growth: { label: "全区规模以上工业企业研发经费年均增速（可调）", min: "0%", max: "15%" } },
  uncertainty: {
    rd_growth: { normal: { mean: "6%", sd: "1.5%" } },
    firm_growth: { normal: { mean: "1%", sd: "1%" } },
  },
});
const simulation = simulate(model, { trials: 300, seed: 7, track: ["rd"] });
const verification = verifyClaims({
  claims: [
    {
      id: "level_2016",
      indicator: "全区规模以上工业企业研究与试验发展经费内部支出总额",
      kind: "level",
      year: 2016,
      value: "35.6",
      unit: "亿元",
    },
    {
      id: "level_2021",
      indicator: "全区规模以上工业企业研究与试验发展经费内部支出总额",
      kind: "level",
      year: 2021,
      value: "50",
      unit: "亿元",
    },
    {
      id: "change",
      indicator: "全区规模以上工业企业研究与试验发展经费内部支出总额",
      kind: "cumulative_change",
      from: 2016,
      to: 2021,
      value: "40.4%",
    },
  ],
});

const charts: [string, Chart][] = [
  [
    "projection",
    projectionChart(
      ["baseline", "fast", "slow"].map((scenario) => model.run({ scenario })),
      "rd",
    ),
  ],
  ["fan", fanChart(simulation, model, "rd")],
  [
    "sweep",
    sweepChart(sweep(model, { lever: "rd_growth", from: 0, to: 0.15, steps: 7, targets: ["rd_80"] }), model, "rd_80"),
  ],
  ["drivers", driversChart(simulation, model, "rd_80")],
  ["verification", verificationChart(verification)],
];

describe("charts with long Chinese labels", () => {
  it.each(charts)("draw every text of the %s chart in full, inside the SVG", async (_, chart) => {
    const svg = await svgOf(chart.spec);
    const { width, height } = svgSize(svg);
    const texts = placedTexts(svg);
    expect(texts.length).toBeGreaterThan(5);
    // no label cut short with an ellipsis
    expect(texts.filter((t) => t.text.endsWith("…")).map((t) => t.text)).toEqual([]);
    const outside = texts.filter(
      (t) => t.left < -0.5 || t.right > width + 0.5 || t.top < -0.5 || t.bottom > height + 0.5,
    );
    expect(
      outside.map((t) => `${t.text} [${t.left}, ${t.right}] × [${t.top}, ${t.bottom}] in ${width} × ${height}`),
    ).toEqual([]);
  });

  it("names each uncertain input of the drivers chart in full, the longest included", async () => {
    const svg = await svgOf(charts[3]![1].spec);
    expect(placedTexts(svg).map((t) => t.text)).toContain(
      "国家级专精特新“小巨人”企业及高新技术企业数量年均增长带来的研发投入增速（假定值）",
    );
  });
});
