import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/render/text-width.js";
import { cli, EXAMPLE, EXAMPLE_CLAIMS } from "./helpers.js";

const REPORT = EXAMPLE.replace("model.yaml", "government-work-report.txt");
const widest = (text: string) => Math.max(...text.split("\n").map(displayWidth));

describe("text output fits the terminal", () => {
  let columns: string | undefined;
  beforeEach(() => {
    columns = process.env.COLUMNS;
    delete process.env.COLUMNS;
  });
  afterEach(() => {
    if (columns === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = columns;
  });

  const commands: [string, string[]][] = [
    ["run", ["run", EXAMPLE]],
    ["verify a claims file", ["verify", EXAMPLE_CLAIMS]],
    ["verify a report's text", ["verify", REPORT]],
    ["compare", ["compare", EXAMPLE]],
    ["solve", ["solve", EXAMPLE, "--target", "re_share_below_10_2025"]],
    ["sweep", ["sweep", EXAMPLE, "--lever", "re_growth", "--from", "-5%", "--to", "0%", "--steps", "6"]],
  ];

  for (const [name, argv] of commands)
    it(`${name}: 80 columns when the output is not a terminal, its natural width with --wide`, async () => {
      const narrow = await cli(...argv);
      expect(widest(narrow.out)).toBeLessThanOrEqual(80);
      const wide = await cli(...argv, "--wide");
      expect(wide.code).toBe(narrow.code);
      // nothing is lost in folding: every figure of the wide output is in the narrow one
      const figures = (t: string) => new Set(t.match(/[−-]?\d+(?:\.\d+)?%?/g) ?? []);
      const kept = figures(narrow.out);
      expect([...figures(wide.out)].filter((f) => !kept.has(f))).toEqual([]);
    });

  it("takes the width from COLUMNS when it is set", async () => {
    process.env.COLUMNS = "120";
    const { out } = await cli("run", EXAMPLE);
    expect(widest(out)).toBeLessThanOrEqual(120);
    expect(widest(out)).toBeGreaterThan(80);
  });
});

describe("plansheet sweep", () => {
  const argv = ["sweep", EXAMPLE, "--lever", "re_growth", "--from", "-5%", "--to", "0%", "--steps", "6", "--wide"];

  it("shows the targets the lever moves, and says how many others it left out", async () => {
    const { out } = await cli(...argv);
    expect(out).toContain("房地产业占地区生产总值比重下降至10%以下（2025）");
    expect(out).not.toContain("地区生产总值年均增速稳定在5%");
    expect(out).toMatch(/另有31项目标不随房地产业增加值增速（预测）变化，未列出（--all-targets 全部列出）/);
  });

  it("shows all of them with --all-targets, and those named with -t", async () => {
    const all = await cli(...argv, "--all-targets");
    expect(all.out).toContain("地区生产总值年均增速稳定在5%");
    expect(all.out).not.toContain("--all-targets");
    const named = await cli(...argv, "-t", "gdp_growth_2025");
    expect(named.out).not.toContain("另有");
  });
});
