import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("vega-lite");
});

describe("drawing without vega installed", () => {
  it("says which package to install, and draws once it is there", async () => {
    // a fresh plansheet/svg, whatever an earlier file of this worker loaded
    vi.resetModules();
    vi.doMock("vega-lite", () => {
      throw new Error("Cannot find package 'vega-lite' imported from plansheet");
    });
    const { svgOf } = await import("../../src/svg.js");
    const spec = { $schema: "https://vega.github.io/schema/vega-lite/v5.json", mark: "point" };
    await expect(svgOf(spec)).rejects.toThrow(
      /^drawing a chart needs the package 'vega-lite', which is not installed: npm install vega@6 vega-lite@6/,
    );
    vi.doUnmock("vega-lite");
    // a failed load is not remembered: the next drawing tries again
    expect(await svgOf(spec)).toMatch(/^<svg/);
  });
});
