import { beforeAll, describe, expect, it } from "vitest";
import { simulate } from "../../src/montecarlo/index.js";
import { loadModel, verifyClaimsFile } from "../../src/node.js";
import { reportPage, targetedIndicators } from "../../src/page/index.js";
import type { Chart } from "../../src/charts/index.js";
import { drawnCharts } from "../../src/page/chart-section.js";
import { svgOf } from "../../src/svg.js";

const ROOT = `${__dirname}/../..`;
const model = loadModel(`${ROOT}/examples/mentougou-2021/model.yaml`);
const verification = verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`, { model });

/** The part of the page from `heading` to the next heading, folded part or end of one. */
function section(html: string, heading: string): string {
  const at = html.indexOf(heading);
  expect(at).toBeGreaterThan(0);
  const next = html.slice(at + heading.length).search(/<h2[ >]|<h3>|<summary>|<\/details>/);
  return html.slice(at, next < 0 ? undefined : at + heading.length + next);
}

describe("the report page", () => {
  let html = "";
  beforeAll(async () => {
    const simulation = simulate(model, { trials: 500, seed: 2021, track: targetedIndicators(model) });
    html = await reportPage(model, { verification, simulation, draw: svgOf });
  });

  it("puts the findings first, then targets, what it would take, assumptions, charts and tables, all inline", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    const order = [
      "核对 Verification",
      "年均下降4.07%",
      "目标 Targets",
      "What it would take",
      "达标概率 Probability",
      "假设 Assumptions",
      "图 Charts",
      "预测 Projections",
    ].map((t) => html.indexOf(t));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // self-contained: nothing is fetched (the only URLs are the SVG namespaces)
    expect(html.match(/(?:src|href)=["']?https?:/g)).toBeNull();
    expect(
      [...html.matchAll(/https?:\/\/[^"' )]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://www.w3.org/")),
    ).toEqual([]);
    expect(html).toContain("@media print");
    expect((html.match(/<figure[ >]/g) ?? []).length).toBeGreaterThan(20);
    expect(html).toContain("房地产业占地区生产总值比重");
    expect(html).toContain("要实现“房地产业占地区生产总值比重下降至10%以下（2025）”");
    expect(html).toContain("To meet “real-estate share of GDP below 10% (2025)”");
  });

  it("is laid out for A4 paper: margins, headings kept with what follows, rows and figures kept whole", () => {
    expect(html).toMatch(/@page \{ size: A4; margin: \d+mm/);
    expect(html).toMatch(/h1, h2, h3 \{ break-after: avoid; \}/);
    expect(html).toMatch(/figure, \.finding, table\.plansheet tr[^{]*\{ break-inside: avoid; \}/);
    expect(html).toMatch(/\.charts \{ grid-template-columns: repeat\(2, minmax\(0, 1fr\)\)/);
  });

  it("writes large figures with thousands separators, and leaves years, ids and conditions alone", () => {
    const baseline = section(html, "<h3>基准情景 baseline</h3>");
    const parking = baseline.split("<tr>").find((row) => row.includes("parking_spaces_opened"))!;
    expect(parking).toContain('<td class="num">2,500</td>');
    expect(parking).toContain('<td class="num">12,500</td>');
    expect(baseline).toContain('<th class="num">2025*</th>');
    expect(baseline).not.toMatch(/<td class="num">[^<\d]*\d{4}/);
    const targets = section(html, "目标 Targets");
    expect(targets).toContain("parking_spaces_opened[2026] &gt;= 12500");
    expect(targets).toContain("2026年起");
    expect(section(html, "全部核对 Every check</h3>")).toContain("不低于38,596.4 元");
  });

  it("keeps kinds, verdicts and figures on one line", () => {
    expect(html).toContain('<td class="short">预期性</td>');
    expect(html).toContain('<td class="short">约束性</td>');
    expect(html).toMatch(/table\.plansheet \.num \{[^}]*white-space: nowrap/);
    expect(html).toMatch(/table\.plansheet \.short, table\.plansheet \.keep \{ white-space: nowrap; \}/);
  });

  it("colours met, not met and the findings, each also marked in text", () => {
    expect(html).toContain('<td class="text mark good"><span class="keep">✓ 达标</span>');
    expect(html).toContain('<td class="text mark bad"><span class="keep">✗ 未达标</span>');
    expect(html).toContain('<td class="text mark warn"><span class="keep">✗ 算术平均</span>');
    expect(html).toContain('<p class="verdict bad">✗ 不符 INCONSISTENT</p>');
    expect(html).toContain('<p class="verdict warn">✗ 算术平均 ARITHMETIC MEAN</p>');
    expect(html).toMatch(
      /\.good \{ color: var\(--good\); \} \.bad \{ color: var\(--bad\); \} \.warn \{ color: var\(--warn\); \}/,
    );
  });

  it("names indicators, targets and scenarios by their labels, with the id beside", () => {
    expect(html).toContain(
      "情景：基准情景（baseline）、较快增长（faster）、较慢增长（slower）、加快转型（transition）",
    );
    expect(html).toContain("Scenarios: baseline, faster growth (faster)");
    expect(html).toContain("<figcaption>房地产业占地区生产总值比重（re_share）：各情景，虚线为目标。 Every scenario");
    expect(html).toContain("<figcaption>房地产业占地区生产总值比重（re_share）：模拟范围（500次模拟，种子2021）。");
    expect(html).toContain("（re_share_below_10_2025）：影响因素。 What drives it.");
    expect(html).not.toMatch(/<figcaption>[a-z_0-9]+:/);
    expect(html).toContain("<summary>较快增长 faster growth（faster）</summary>");
    expect(html).not.toContain("Scenario faster");
    expect(html).toContain('房地产业占地区生产总值比重<span class="id">re_share</span>');
    expect(html).toContain('地区生产总值年均增速（预测）<span class="id">gdp_growth</span>');
  });

  it("shows each further scenario's projection where it differs from the first, and says the rest are the same", () => {
    const faster = section(html, "<summary>较快增长 faster growth（faster）</summary>");
    expect(faster).toContain('<span class="id">gdp</span>');
    expect(faster).not.toContain('<span class="id">parking_spaces_opened</span>');
    expect(faster).toMatch(/其余\d+项指标与基准情景（baseline）相同/);
    const baseline = section(html, "<h3>基准情景 baseline</h3>");
    expect(baseline).toContain('<span class="id">parking_spaces_opened</span>');
  });

  it("draws a chart shown twice once", async () => {
    const spec = { mark: "line", data: { values: [] } } as unknown as Chart["spec"];
    const chart = { spec } as Chart;
    let calls = 0;
    const draw = async () => {
      calls++;
      return "<svg></svg>";
    };
    const html = await drawnCharts(
      [
        { chart, caption: "a" },
        { chart: { spec: { ...spec } } as Chart, caption: "b" },
      ],
      draw,
    );
    expect(calls).toBe(1);
    expect(html.match(/<figure>/g)).toHaveLength(2);
  });

  it("says where the charts would be when they cannot be drawn", async () => {
    const without = await reportPage(model);
    expect(without).toContain("charts are not drawn: no renderer was given");
    const failing = await reportPage(model, {
      draw: () => Promise.reject(new Error("drawing a chart needs the package 'vega'")),
    });
    expect(failing).toContain("The charts are not drawn: drawing a chart needs the package &#39;vega&#39;");
    expect(failing).not.toContain("<figure");
  });

  it("puts English first with lang: en — headings, findings, what it would take, tables and charts — Chinese beneath", async () => {
    const english = await reportPage(model, { verification, lang: "en" });
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("<h2>Verification of the printed figures 核对");
    // a finding: the English sentence first, the Chinese one muted beneath
    const finding = english.slice(english.indexOf('<div class="finding'));
    expect(finding.indexOf("is a compound average")).toBeLessThan(finding.indexOf("按复合增长折合"));
    // tables in English: their headers, and the indicators by their English labels
    expect(english).toMatch(/<th[^>]*>target<\/th>/);
    expect(english).not.toMatch(/<th[^>]*>目标<\/th>/);
    expect(html).toMatch(/<th[^>]*>目标<\/th>/);
  });

  it("shows the inputs each scenario sets, constant over the years, in a table of their own", () => {
    const inputs = section(html, "输入与常数 Inputs and constants");
    expect(inputs).toContain("地区生产总值年均增速（预测）");
    expect(inputs).toContain("gdp_growth");
  });
});
