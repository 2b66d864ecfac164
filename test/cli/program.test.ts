import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { RunJson } from "../../src/evaluation/projection.js";
import type { Console } from "../../src/cli/console.js";
import { EXIT } from "../../src/cli/exit-codes.js";
import { runCli } from "../../src/cli/program.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/mentougou-2021/model.yaml", import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plansheet-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeModel(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Runs the command line in-process, capturing standard output and error. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const console: Console = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, console);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** {@link cli} with `--lang en`, for the tests that read English words. */
function cliEn(...argv: string[]): ReturnType<typeof cli> {
  return cli(...argv, "--lang", "en");
}

const MET = writeModel(
  "met.yaml",
  [
    "years: [2020, 2022]",
    "baseYear: 2020",
    "indicators:",
    "  gdp: { unit: 亿元, history: { 2020: 100 }, projection: 'gdp[t-1] * (1 + g)' }",
    "  g: { unit: '%', value: 10% }",
    "targets:",
    "  big: { check: 'gdp[2022] >= 120' }",
  ].join("\n"),
);

const BROKEN = writeModel(
  "broken.yaml",
  [
    "years: [2016, 2018]",
    "baseYear: 2017",
    "indicators:",
    "  gdp:",
    "    value: 5",
    "  b:",
    "    formula: gpd * 2",
    "  c:",
    "    formula: gdp * 3",
  ].join("\n"),
);

describe("plansheet run", () => {
  it("prints the example's projection, its targets and its assumptions in Chinese, labels first, and exits 0", async () => {
    const { code, out, err } = await cli("run", EXAMPLE, "--wide");
    expect(code).toBe(EXIT.ok);
    expect(err).toBe("");
    expect(out.split("\n")[0]).toBe("门头沟区 2021 政府工作报告 — 基准情景");
    expect(out).toMatch(
      /^地区生产总值\s+gdp\s+亿元\s+~215\.2\s+~226\.2\s+~237\.7\s+~249\.9\s+~262\.6\s+276\s+289\.8\s+304\.3\s+319\.5\s+335\.5\s+352\.3$/m,
    );
    expect(out).toMatch(/^目标$/m);
    expect(out).toMatch(
      /^房地产业占地区生产总值比重下降至10%以下（2025）\s+re_share_below_10_2025\s+预期性\s+re_share\[2025\] < 10%\s+✗ 未达标/m,
    );
    expect(out).toContain("假设（原文未给出的输入）");
    expect(out).not.toMatch(/scenario|Targets|NOT met/);
  });

  it("prints the same in English with --lang en, indicators by their English labels", async () => {
    const { code, out } = await cliEn("run", EXAMPLE, "--wide");
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("门头沟区 2021 政府工作报告 — scenario baseline");
    expect(out).toMatch(
      /^GDP\s+gdp\s+亿元\s+~215\.2\s+~226\.2\s+~237\.7\s+~249\.9\s+~262\.6\s+276\s+289\.8\s+304\.3\s+319\.5\s+335\.5\s+352\.3$/m,
    );
    expect(out).toContain("Targets");
    expect(out).toMatch(/re_share_below_10_2025\s+预期性\s+re_share\[2025\] < 10%\s+✗ NOT met/);
    expect(out).toContain("Assumptions (inputs the source does not give)");
    expect(out).toMatch(/^GDP growth \(projected\)\s+gdp_growth\s+the five-year target/m);
  });

  it("prints the README's run shape with --json", async () => {
    const { code, out } = await cliEn("run", EXAMPLE, "--json");
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as RunJson;
    expect(json.scenario).toBe("baseline");
    expect(json.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(json.values.gdp!["2021"]).toBe(276);
    expect(json.values.gdp!["2022"]).toBeCloseTo(289.8, 10);
    expect(json.values.forest_cover!["2021"]).toBe(0.4808);
    expect(json.values.budget_revenue!["2016"]).toBeNull();
    for (const [id, row] of Object.entries(json.values)) {
      expect(Object.keys(row), id).toEqual(json.years.map(String));
      for (const v of Object.values(row)) expect(v === null || typeof v === "number").toBe(true);
    }
    expect(json.targets.map((t) => t.id)).toEqual(
      expect.arrayContaining(["gdp_growth_2025", "re_share_below_10_2025", "forest_cover_50_3", "gdp_growth_2022"]),
    );
    for (const t of json.targets)
      expect(Object.keys(t)).toEqual(expect.arrayContaining(["id", "met", "value", "threshold", "margin"]));
    const re = json.targets.find((t) => t.id === "re_share_below_10_2025")!;
    expect(re.met).toBe(false);
    expect(re.threshold).toBe(0.1);
    expect(re.margin as number).toBeLessThan(0);
    expect(re.margin as number).toBeCloseTo(0.1 - (re.value as number), 15);
    expect(Array.isArray(json.issues)).toBe(true);
    expect(json.issues.some((i) => i.code === "gap" && i.indicator === "budget_revenue")).toBe(true);
    expect(json.assumptions).toEqual(expect.arrayContaining(["gdp_growth", "re_share_2021", "tourism_revenue"]));
    expect(json.assumptions).not.toContain("gdp");
  });

  it("runs a named scenario", async () => {
    const { code, out } = await cliEn("run", EXAMPLE, "--scenario", "faster", "--json");
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as RunJson;
    expect(json.scenario).toBe("faster");
    expect(json.values.gdp!["2022"]).toBeCloseTo(276 * 1.06, 10);
    expect(json.values.gdp!["2021"]).toBe(276);
  });

  it("prints exact values with --mode decimal", async () => {
    const { code, out } = await cliEn("run", EXAMPLE, "--mode", "decimal");
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("(decimal mode, exact values)");
    expect(out).toContain("gdp  2025  335.479725 亿元  [projection]");
    expect(out).toContain("forest_cover  2021  0.4808 (ratio)  [history]");
  });

  it("prints exact decimal strings in --json with --mode decimal", async () => {
    const { code, out } = await cliEn("run", EXAMPLE, "--mode", "decimal", "--json");
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as RunJson;
    expect(json.mode).toBe("decimal");
    expect(json.values.gdp!["2026"]).toBe("352.25371125");
    expect(json.values.forest_cover!["2025"]).toBe("0.5028");
    const forest = json.targets.find((t) => t.id === "forest_cover_50_3")!;
    expect(forest.margin).toBe("-0.0002");
  });

  it("exits 1 on a model error, naming the file, line and column, and still prints the partial values", async () => {
    const { code, out, err } = await cliEn("run", BROKEN);
    expect(code).toBe(EXIT.modelError);
    expect(err).toContain(`${BROKEN}:7:14  error  unknown_reference  indicators.b.formula`);
    expect(err).toContain("did you mean 'gdp'?");
    expect(out).toContain("PARTIAL");
    expect(out).toMatch(/^Errors and warnings$/m);
    expect(out).toMatch(/^c\s+c\s+15\s*$/m);
  });

  it("exits 1 on a model error with --json, printing the partial values and the issues", async () => {
    const { code, out } = await cliEn("run", BROKEN, "--json");
    expect(code).toBe(EXIT.modelError);
    const json = JSON.parse(out) as RunJson;
    expect(json.values.c).toEqual({ "2016": 15, "2017": 15, "2018": 15 });
    expect(json.values.b).toEqual({ "2016": null, "2017": null, "2018": null });
    const issue = json.issues.find((i) => i.code === "unknown_reference")!;
    expect([issue.file, issue.line, issue.column]).toEqual([BROKEN, 7, 14]);
  });

  it("exits 1 with only the issues when the file's shape is invalid", async () => {
    const file = writeModel("shape.yaml", "years: [2016]\nbaseYear: 2016\nindicators: {}\n");
    const text = await cliEn("run", file);
    expect(text.code).toBe(EXIT.modelError);
    expect(text.out).toBe("");
    expect(text.err).toContain("schema");
    const json = await cliEn("run", file, "--json");
    expect(json.code).toBe(EXIT.modelError);
    expect((JSON.parse(json.out) as { issues: { code: string }[] }).issues[0]!.code).toBe("schema");
  });

  it("exits 1 on invalid YAML and on duplicate keys, with line and column", async () => {
    const invalid = writeModel("invalid.yaml", "years: [2016, 2018\nbaseYear: 2017\n");
    const first = await cliEn("run", invalid);
    expect(first.code).toBe(EXIT.modelError);
    expect(first.err).toMatch(
      new RegExp(`${invalid.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+  error  invalid_yaml`),
    );
    const duplicate = writeModel(
      "duplicate.yaml",
      "years: [2016, 2018]\nbaseYear: 2017\nindicators:\n  a: { value: 1 }\n  a: { value: 2 }\n",
    );
    const second = await cliEn("run", duplicate);
    expect(second.code).toBe(EXIT.modelError);
    expect(second.err).toContain(`${duplicate}:5:3  error  duplicate_id`);
  });

  it("exits 1 when the file cannot be read", async () => {
    const { code, err } = await cliEn("run", path.join(dir, "missing.yaml"));
    expect(code).toBe(EXIT.modelError);
    expect(err).toContain("file_unreadable");
    expect(err).toContain("no such file");
  });

  it("exits 2 when the model argument is missing", async () => {
    const { code, err } = await cliEn("run");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("missing required argument 'model'");
  });

  it("exits 2 on an unknown option", async () => {
    const { code, err } = await cliEn("run", EXAMPLE, "--bogus");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("unknown option '--bogus'");
  });

  it("exits 2 on an unknown scenario, with a did-you-mean hint", async () => {
    const { code, out, err } = await cliEn("run", EXAMPLE, "--scenario", "fastr");
    expect(code).toBe(EXIT.usage);
    expect(out).toBe("");
    expect(err).toContain("unknown_scenario");
    expect(err).toContain("did you mean 'faster'?");
  });

  it("exits 2 on a number mode that does not exist", async () => {
    const { code, err } = await cliEn("run", EXAMPLE, "--mode", "cheap");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("cheap");
  });

  it("exits 2 on an unknown command", async () => {
    const { code, err } = await cli("frobnicate");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("unknown command 'frobnicate'");
  });

  it("exits 3 with --strict when a target is unmet, still printing the report", async () => {
    const { code, out } = await cliEn("run", EXAMPLE, "--strict");
    expect(code).toBe(EXIT.strict);
    expect(out).toContain("NOT met");
  });

  it("exits 0 without --strict even when a target is unmet", async () => {
    expect((await cliEn("run", EXAMPLE, "--json")).code).toBe(EXIT.ok);
  });

  it("exits 0 with --strict when every target is met", async () => {
    const { code, out } = await cliEn("run", MET, "--strict", "--json");
    expect(code).toBe(EXIT.ok);
    expect((JSON.parse(out) as RunJson).targets[0]!.met).toBe(true);
  });

  it("exits 1, not 3, with --strict on a model with errors", async () => {
    expect((await cliEn("run", BROKEN, "--strict")).code).toBe(EXIT.modelError);
  });

  it("runs a JSON model file", async () => {
    const file = writeModel(
      "model.json",
      JSON.stringify({
        years: [2020, 2021],
        baseYear: 2020,
        indicators: { a: { value: 0.1 }, b: { value: 0.2 }, s: { formula: "a + b" } },
      }),
    );
    const { code, out } = await cliEn("run", file, "--mode", "decimal", "--json");
    expect(code).toBe(EXIT.ok);
    expect((JSON.parse(out) as RunJson).values.s).toEqual({ "2020": "0.3", "2021": "0.3" });
  });

  it("reports a refused construct in a file and exits 1 without running it", async () => {
    const file = writeModel(
      "refused.yaml",
      [
        "years: [2020, 2021]",
        "baseYear: 2020",
        "indicators:",
        "  x: { value: 1 }",
        "  y: { formula: 'x + \"(process.exit(7))\"' }",
      ].join("\n"),
    );
    const { code, err, out } = await cliEn("run", file, "--json");
    expect(code).toBe(EXIT.modelError);
    expect(err).toBe("");
    const json = JSON.parse(out) as RunJson;
    expect(json.issues[0]!.code).toBe("refused_construct");
    expect(json.values.y).toEqual({ "2020": null, "2021": null });
  });
});

describe("plansheet schema", () => {
  it("prints the JSON Schema of model files, with indicators", async () => {
    const { code, out } = await cli("schema");
    expect(code).toBe(EXIT.ok);
    const schema = JSON.parse(out) as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toContain("json-schema.org");
    expect(schema.properties).toHaveProperty("indicators");
    expect(schema.required).toContain("indicators");
  });
});

describe("plansheet --help", () => {
  it("prints usage and exits 0", async () => {
    const { code, out } = await cli("--help");
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("Usage: plansheet");
    expect(out).toContain("run");
    expect(out).toContain("schema");
  });

  it("exits 2 when called without a command", async () => {
    const { code, err } = await cli();
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("Usage: plansheet");
  });
});
