import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("vega-lite");
});

describe("drawing without vega installed", () => {
  it("says which package to install, and draws once it is there", async () => {
    // a fresh plansheet/svg, whatever an earlier file of this worker loaded
    vi.resetModules();
    vi.doMock("vega-lite", () => {
      throw Object.assign(new Error("Cannot find package 'vega-lite' imported from /home/planner/project/x.js"), {
        code: "ERR_MODULE_NOT_FOUND",
      });
    });
    const { svgOf } = await import("../../src/svg.js");
    const spec = { $schema: "https://vega.github.io/schema/vega-lite/v5.json", mark: "point" };
    const error = await svgOf(spec).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      "drawing a chart needs the package 'vega-lite', which is not installed: npm install vega@6 vega-lite@6",
    );
    // a typed issue, naming no path of the machine
    expect((error as unknown as { issues: { code: string }[] }).issues[0]!.code).toBe("missing_package");
    vi.doUnmock("vega-lite");
    // a failed load is not remembered: the next drawing tries again
    expect(await svgOf(spec)).toMatch(/^<svg/);
  });
});
