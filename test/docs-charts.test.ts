import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeCharts } from "../examples/mentougou-2021/draw-charts.js";

describe("the README's pictures", () => {
  it("are what `npm run charts` draws from the Mentougou model today", async () => {
    for (const [name, svg] of Object.entries(await readmeCharts())) {
      expect(svg, `docs/${name} is out of date: run npm run charts`).toBe(
        readFileSync(`${__dirname}/../docs/${name}`, "utf8"),
      );
    }
  });
});
