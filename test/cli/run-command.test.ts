import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Console } from "../../src/cli/console.js";
import { EXIT } from "../../src/cli/exit-codes.js";
import { formatRun, runCommand } from "../../src/cli/run-command.js";
import { buildModel } from "../../src/evaluation/model.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plansheet-run-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function capture(): { console: Console; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { console: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

const MODEL = [
  "name: 示例",
  "years: [2020, 2022]",
  "baseYear: 2020",
  "indicators:",
  "  gdp: { label: { zh: 地区生产总值, en: GDP }, unit: 亿元, history: { 2020: 100 }, projection: 'gdp[t-1] * (1 + g)' }",
  "  g: { unit: '%', value: 10%, assumption: true, note: a guess }",
  "  rice: { unit: 担, value: 3 }",
  "  sparse: { value: { 2021: 1 } }",
  "targets:",
  "  big: { check: 'gdp[2022] >= 200' }",
].join("\n");
const file = path.join(dir, "model.yaml");
fs.writeFileSync(file, MODEL);

describe("runCommand", () => {
  it("prints the text report and returns 0", async () => {
    const { console, out, err } = capture();
    expect(await runCommand(file, {}, console)).toBe(EXIT.ok);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("示例 — baseline");
    expect(err).toEqual([]);
  });

  it("prints the JSON shape with json", async () => {
    const { console, out } = capture();
    expect(await runCommand(file, { json: true }, console)).toBe(EXIT.ok);
    const json = JSON.parse(out[0]!) as {
      values: Record<string, Record<string, number | null>>;
      assumptions: string[];
    };
    expect(json.values.gdp!["2022"]).toBeCloseTo(121, 10);
    expect(json.assumptions).toEqual(["g"]);
  });

  it("returns 3 with strict when a target is unmet", async () => {
    const { console } = capture();
    expect(await runCommand(file, { strict: true }, console)).toBe(EXIT.strict);
  });

  it("returns 1 and prints nothing to standard output when there is no model to run", async () => {
    const { console, out, err } = capture();
    expect(await runCommand(path.join(dir, "nope.yaml"), {}, console)).toBe(EXIT.modelError);
    expect(out).toEqual([]);
    expect(err.join("\n")).toContain("file_unreadable");
  });
});

describe("formatRun", () => {
  const model = buildModel({
    name: "示例",
    years: [2020, 2022],
    baseYear: 2020,
    indicators: {
      gdp: {
        label: { zh: "地区生产总值", en: "GDP" },
        unit: "亿元",
        history: { 2020: 100 },
        projection: "gdp[t-1] * (1 + g)",
      },
      g: { unit: "%", value: "10%", assumption: true, note: "a guess" },
      rice: { unit: "担", value: 3 },
      sparse: { value: { 2021: 1 } },
    },
    targets: { big: { check: "gdp[2022] >= 200" } },
  });

  it("has a title, the projection, the constants, the targets and the assumptions, in order", async () => {
    const text = formatRun(model.run(), model.name, false, "en");
    const order = [
      "示例 — scenario baseline",
      "indicator",
      "Inputs and constants (the same in every year)",
      "Targets",
      "Assumptions (inputs the source does not give)",
    ].map((heading) => text.indexOf(heading));
    for (const at of order) expect(at).toBeGreaterThanOrEqual(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/^GDP\s+gdp\s+亿元\s+100\s+110\s+121$/m);
    expect(text).toMatch(/^big\s+big\s+gdp\[2022\] >= 200\s+✗ NOT met\s+121\s+200\s+-79$/m);
    expect(text).toMatch(/^g\s+g\s+a guess$/m);
  });

  it("is in Chinese unless asked: headings, indicators by their Chinese labels, results", async () => {
    const text = formatRun(model.run(), model.name);
    const order = ["示例 — baseline", "指标", "输入与常数（各年相同）", "目标", "假设（原文未给出的输入）"].map((h) =>
      text.indexOf(h),
    );
    for (const at of order) expect(at).toBeGreaterThanOrEqual(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/^地区生产总值\s+gdp\s+亿元\s+100\s+110\s+121$/m);
    expect(text).toMatch(/^big\s+big\s+gdp\[2022\] >= 200\s+✗ 未达标\s+121\s+200\s+-79$/m);
  });

  it("lists warnings with their code, and notes on cells without a value", async () => {
    const text = formatRun(model.run(), model.name, false, "en");
    expect(text).toMatch(/^Warnings$/m);
    expect(text).not.toContain("Errors and warnings");
    expect(text).toContain("warning  unit_unknown  indicators.rice.unit");
    expect(text).toContain("Notes (cells without a value)");
    expect(text).toContain("  sparse — 2020, 2022: no reported value; no input value for the year");
  });

  it("marks a partial run", async () => {
    expect(formatRun(model.run(), model.name, true, "en").split("\n")[0]).toBe(
      "示例 — scenario baseline — PARTIAL: the model has errors",
    );
    expect(formatRun(model.run(), model.name, true).split("\n")[0]).toBe("示例 — baseline — 不完整：模型有错误");
  });

  it("lists exact values instead of tables in decimal mode", async () => {
    const text = formatRun(model.run({ mode: "decimal" }), undefined, false, "en");
    expect(text.split("\n")[0]).toBe("model — scenario baseline (decimal mode, exact values)");
    expect(text).toContain("gdp  2022  121 亿元  [projection]");
    expect(text).not.toContain("Inputs and constants");
  });
});
