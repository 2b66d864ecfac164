import { describe, expect, it } from "vitest";
import { simulate } from "../../src/montecarlo/index.js";
import { loadModel, verifyClaimsFile } from "../../src/node.js";
import { reportPage, targetedIndicators } from "../../src/page/index.js";
import { svgOf } from "../../src/svg.js";

const ROOT = `${__dirname}/../..`;
const model = loadModel(`${ROOT}/examples/mentougou-2021/model.yaml`);
const verification = verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`, { model });

describe("the report page", () => {
  it("puts the findings first, then targets, what it would take, assumptions, charts and tables, all inline", async () => {
    const simulation = simulate(model, { trials: 500, seed: 2021, track: targetedIndicators(model) });
    const html = await reportPage(model, { verification, simulation, draw: svgOf });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    const order = [
      "核对 Verification",
      "年均下降4.07%",
      "目标 Targets",
      "What it would take",
      "达标概率",
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
    expect((html.match(/<figure>/g) ?? []).length).toBeGreaterThan(20);
    expect(html).toContain("房地产业占地区生产总值比重");
    expect(html).toContain("要实现“房地产业占地区生产总值比重下降至10%以下（2025）”");
    expect(html).toContain("To meet “real-estate share of GDP below 10% (2025)”");
  });

  it("says where the charts would be when they cannot be drawn", async () => {
    const without = await reportPage(model);
    expect(without).toContain("charts are not drawn: no renderer was given");
    const failing = await reportPage(model, {
      draw: () => Promise.reject(new Error("drawing a chart needs the package 'vega'")),
    });
    expect(failing).toContain("The charts are not drawn: drawing a chart needs the package &#39;vega&#39;");
    expect(failing).not.toContain("<figure>");
  });
});
