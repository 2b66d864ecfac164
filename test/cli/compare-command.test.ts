import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import type { ComparisonJson } from "../../src/scenarios/index.js";
import { SHARE_MODEL, tempDir, cliEn } from "./helpers.js";

const write = tempDir("plansheet-compare-");
const MODEL = write("model.yaml", SHARE_MODEL);
const MET = write(
  "met.yaml",
  [
    "years: [2021, 2023]",
    "baseYear: 2021",
    "indicators:",
    "  x: { unit: 亿元, history: { 2021: 100 }, projection: 'x[t-1] * (1 + g)' }",
    "  g: { unit: '%', value: 10% }",
    "targets:",
    "  big: { check: 'x[2023] >= 110' }",
    "scenarios:",
    "  baseline: {}",
    "  faster: { extends: baseline, set: { g: 20% } }",
  ].join("\n"),
);

describe("plansheet compare", () => {
  it("compares every scenario of the model: targets by scenario, then indicators in the last year, and exits 0", async () => {
    const { code, out, err } = await cliEn("compare", MODEL, "--wide");
    expect(code).toBe(EXIT.ok);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines[0]).toBe("Targets by scenario");
    expect(lines[1]).toMatch(/^target\s+id\s+kind\s+check\s+baseline\s+fast\s+slow$/);
    expect(out).toMatch(
      /^re_share_below_10\s+re_share_below_10\s+预期性\s+re_share\[2025\] < 10%\s+✗ NOT met -0\.20pp\s+✓ met \+0\.18pp from 2025\s+✗ NOT met -0\.59pp$/m,
    );
    expect(out).toContain("Indicators in 2026");
    expect(out).toMatch(/^indicator \(2026\)\s+id\s+unit\s+baseline\s+fast\s+Δ vs baseline\s+slow\s+Δ vs baseline$/m);
    expect(out).toMatch(/^gdp\s+gdp\s+亿元\s+352\.3\s+369\.4\s+\+17\.1\s+335\.8\s+-16\.46$/m);
  });

  it("compares the scenarios named with --scenario, in that order", async () => {
    const { code, out } = await cliEn("compare", MODEL, "--scenario", "slow", "--scenario", "baseline", "--wide");
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^target\s+id\s+kind\s+check\s+slow\s+baseline$/m);
    expect(out).toMatch(/^gdp\s+gdp\s+亿元\s+335\.8\s+352\.3\s+\+16\.46$/m);
  });

  it("shows the indicators in the year given with --year, and only those given with --indicator", async () => {
    const { out } = await cliEn(
      "compare",
      MODEL,
      "-s",
      "baseline",
      "-s",
      "fast",
      "--year",
      "2022",
      "-i",
      "gdp",
      "-i",
      "re_share",
    );
    expect(out).toContain("Indicators in 2022");
    expect(out).toMatch(/^gdp\s+gdp\s+亿元\s+289\.8\s+292\.6\s+\+2\.76$/m);
    expect(out).toMatch(/^re_share\s+re_share\s+%/m);
    expect(out).not.toMatch(/^forest\s/m);
  });

  it("prints the comparison as JSON: values, differences from the first scenario, targets per scenario", async () => {
    const { code, out } = await cliEn("compare", MODEL, "--scenario", "baseline", "--scenario", "fast", "--json");
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as ComparisonJson;
    expect(json.scenarios).toEqual(["baseline", "fast"]);
    expect(json.reference).toBe("baseline");
    expect(json.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(json.values.gdp!.fast!["2022"]).toBeCloseTo(276 * 1.06, 10);
    expect(json.differences.gdp!.fast!["2022"]).toBeCloseTo(2.76, 10);
    expect(json.differences.gdp!.fast!["2016"]).toBeNull();
    expect(json.targets.re_share_below_10!.fast).toMatchObject({ met: true, threshold: 0.1, firstYear: 2025 });
    expect(json.targets.re_share_below_10!.baseline!.met).toBe(false);
    expect(json).not.toHaveProperty("projections");
  });

  it("lets --mode decimal decide a target exactly on its threshold: |4.5% − 5%| <= 0.5pp", async () => {
    const float = JSON.parse((await cliEn("compare", MODEL, "--json")).out) as ComparisonJson;
    const decimal = JSON.parse((await cliEn("compare", MODEL, "--mode", "decimal", "--json")).out) as ComparisonJson;
    expect(float.targets.tourism_about_5!.slow).toMatchObject({ met: true, margin: 0, decidedBy: "decimal" });
    expect(decimal.targets.tourism_about_5!.slow).toMatchObject({ met: true, margin: 0 });
    expect(decimal.targets.tourism_about_5!.fast).toMatchObject({ met: true, margin: 0 });
    const text = (await cliEn("compare", MODEL, "--mode", "decimal", "--wide")).out;
    expect(text).toMatch(
      /^tourism_about_5\s+tourism_about_5\s+abs\(cagr\(tourism, 2021, 2025\) - 5%\) <= 0\.5pp\s+✓ met \+0\.50pp from 2022\s+✓ met 0\.00pp from 2022\s+✓ met 0\.00pp from 2022$/m,
    );
    const floatText = (await cliEn("compare", MODEL)).out;
    expect(floatText).toMatch(/✓ met‡ 0\.00pp from 2022/);
    expect(floatText).toContain("‡ on its threshold to within float rounding: decided in decimal mode (exact)");
  });

  it("exits 3 with --strict when a target is unmet in some scenario, 0 when all are met", async () => {
    expect((await cliEn("compare", MODEL, "--strict")).code).toBe(EXIT.strict);
    expect((await cliEn("compare", MET, "--strict")).code).toBe(EXIT.ok);
  });

  it("exits 2 on an unknown scenario, a number mode that does not exist, or a year that is not a number", async () => {
    const scenario = await cliEn("compare", MODEL, "--scenario", "baseline", "--scenario", "fats");
    expect(scenario.code).toBe(EXIT.usage);
    expect(scenario.err).toContain("unknown_scenario");
    expect(scenario.err).toContain("did you mean 'fast'?");
    expect((await cliEn("compare", MODEL, "--mode", "exact")).code).toBe(EXIT.usage);
    const year = await cliEn("compare", MODEL, "--year", "last");
    expect(year.code).toBe(EXIT.usage);
    expect(year.err).toContain("--year takes a whole number, got 'last'");
  });

  it("exits 1 when the model file cannot be read", async () => {
    const { code, err } = await cliEn("compare", `${MODEL}.missing`);
    expect(code).toBe(EXIT.modelError);
    expect(err).toContain("file_unreadable");
  });
});
