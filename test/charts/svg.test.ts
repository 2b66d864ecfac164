import { describe, expect, it } from "vitest";
import { projectionChart, verificationChart } from "../../src/charts/index.js";
import { verifyClaimsFile } from "../../src/node.js";
import { renderSvg, svgOf } from "../../src/svg.js";
import { ROOT, mentougou } from "./helpers.js";

const model = mentougou();

describe("charts drawn as SVG by vega", () => {
  it("draws a projection with its Chinese labels, a CJK font stack and the dashed target line", async () => {
    const chart = await renderSvg(
      projectionChart(
        ["baseline", "transition"].map((scenario) => model.run({ scenario })),
        "re_share",
      ),
    );
    const svg = chart.svg!;
    expect(svg.startsWith("<svg")).toBe(true);
    for (const text of [
      "房地产业占地区生产总值比重",
      "基准情景",
      "加快转型",
      "基年 2021",
      "目标 2025 &lt; 10%，2026 &lt; 10%",
      "10.0%",
    ])
      expect(svg).toContain(text);
    expect(svg).toContain("Noto Sans CJK SC");
    expect(svg).toContain('stroke-dasharray="6,4"');
  });

  it("shows itself in a notebook as Vega-Lite with the SVG as the fallback, and as text in a console", async () => {
    const plain = verificationChart(verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`));
    const display = (c: unknown) =>
      (c as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]!();
    expect(Object.keys(display(plain))).toEqual(["application/vnd.vegalite.v5+json", "text/plain"]);
    const drawn = await renderSvg(plain);
    expect(Object.keys(display(drawn))).toEqual(["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]);
    expect(String(drawn)).toBe("verification chart: 核对：2 处不符，4 处相符");
    expect(String(plain)).toContain("draw it with renderSvg from plansheet/svg");
    const inspect = (drawn as unknown as Record<symbol, () => string>)[Symbol.for("nodejs.util.inspect.custom")]!();
    expect(inspect).toBe(String(drawn));
    expect(drawn.toHTML().startsWith("<svg")).toBe(true);
    expect(plain.toHTML()).toMatch(/^<pre>\{\n {2}&quot;\$schema&quot;/);
  });

  it("draws a spec given as plain JSON", async () => {
    const svg = await svgOf({
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: "单位GDP能耗",
      data: { values: [{ x: 1, y: 2 }] },
      mark: "point",
      encoding: { x: { field: "x", type: "quantitative" } },
    });
    expect(svg).toContain("单位GDP能耗");
  });
});
