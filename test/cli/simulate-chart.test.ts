import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { outsideTool } from "../outside-tools.js";
import { EXAMPLE, cli, tempDir } from "./helpers.js";

const write = tempDir("plansheet-simulate-chart-");
const MODEL = write(
  "model.yaml",
  [
    "years: [2019, 2025]",
    "baseYear: 2021",
    "indicators:",
    "  gdp:",
    "    label: { zh: 地区生产总值, en: GDP }",
    "    unit: 亿元",
    "    history: { 2019: 250, 2020: 262, 2021: 276 }",
    "    projection: 'gdp[t-1] * (1 + g)'",
    "  g: { label: { zh: 地区生产总值增速, en: GDP growth }, unit: '%', value: 5% }",
    "targets:",
    "  gdp_330: { label: { zh: 地区生产总值达到330亿元, en: GDP of 330 }, check: 'gdp[2025] >= 330', lever: g }",
    "uncertainty:",
    "  g: { normal: { mean: 5%, sd: 1% } }",
  ].join("\n"),
);
const folder = path.dirname(MODEL);
const rsvg = outsideTool(["rsvg-convert"], "PLANSHEET_RSVG", "apt-get install librsvg2-bin fonts-noto-cjk");

describe("plansheet simulate --fan ID -o FILE", () => {
  it("draws the indicator's fan chart as SVG, and prints the probabilities as before", async () => {
    const out = path.join(folder, "fan.svg");
    const run = await cli("simulate", MODEL, "--trials", "500", "--seed", "1", "--fan", "gdp", "-o", out);
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toMatch(/^wrote .*fan\.svg: 地区生产总值：达标概率 \d+\.\d%（2025）$/m);
    expect(run.out).toMatch(/地区生产总值达到330亿元/);
    const svg = fs.readFileSync(out, "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("500 次模拟，种子 1");
    expect(svg).toContain("目标 2025 &gt;= 330 亿元");
  });

  it("draws it in English with --lang en", async () => {
    const out = path.join(folder, "fan-en.svg");
    const run = await cli("simulate", MODEL, "-n", "200", "--seed", "2", "--fan", "gdp", "-o", out, "--lang", "en");
    expect(run.code).toBe(EXIT.ok);
    expect(fs.readFileSync(out, "utf8")).toContain("200 trials, seed 2");
  });

  it.skipIf(!rsvg)("writes a PNG for a .png name, through rsvg-convert", async () => {
    const out = path.join(folder, "fan.png");
    const run = await cli("simulate", MODEL, "-n", "200", "--seed", "1", "--fan", "gdp", "-o", out);
    expect(run.code).toBe(EXIT.ok);
    const png = fs.readFileSync(out);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // twice the SVG's width
  });

  it("refuses -o without exactly one --fan, before simulating, exit 2", async () => {
    const out = path.join(folder, "none.svg");
    const none = await cli("simulate", MODEL, "-n", "200", "--seed", "1", "-o", out);
    expect([none.code, none.err]).toEqual([
      EXIT.usage,
      "error: -o draws the fan chart of one indicator: name it with --fan ID (got 0 --fan)",
    ]);
    const two = await cli("simulate", MODEL, "-n", "200", "--seed", "1", "--fan", "gdp", "--fan", "g", "-o", out);
    expect(two.code).toBe(EXIT.usage);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("a chart file of a kind plansheet cannot write", () => {
  it("is refused in one line naming its extension and the ones it writes, exit 2, and nothing is written", async () => {
    const pdf = path.join(folder, "x.pdf");
    const chart = await cli("run", EXAMPLE, "--chart", "re_share", "-o", pdf);
    expect([chart.code, chart.out]).toEqual([EXIT.usage, ""]);
    expect(chart.err).toBe(`error: cannot write a chart as .pdf (${pdf}): a chart is written as .svg or .png`);
    const fan = await cli("simulate", MODEL, "-n", "200", "--seed", "1", "--fan", "gdp", "-o", pdf);
    expect([fan.code, fan.out]).toEqual([EXIT.usage, ""]);
    expect(fan.err).toBe(`error: cannot write a chart as .pdf (${pdf}): a chart is written as .svg or .png`);
    expect(fs.existsSync(pdf)).toBe(false);
  });

  it("is refused when its name has no extension, and an upper-case .SVG is written", async () => {
    const bare = path.join(folder, "chart");
    const run = await cli("run", EXAMPLE, "--chart", "re_share", "-o", bare);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toBe(`error: cannot tell the kind of file ${bare} is to be: a chart is written as .svg or .png`);
    const upper = path.join(folder, "CHART.SVG");
    expect((await cli("run", EXAMPLE, "--chart", "re_share", "-o", upper)).code).toBe(EXIT.ok);
    expect(fs.readFileSync(upper, "utf8").startsWith("<svg")).toBe(true);
  });
});
