import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import type { SweepResult } from "../../src/targets/index.js";
import { cli, SHARE_MODEL, tempDir, cliEn } from "./helpers.js";

const write = tempDir("plansheet-sweep-");
const MODEL = write("model.yaml", SHARE_MODEL);
const sweepArgs = ["sweep", MODEL, "--lever", "re_growth", "--from", "-5%", "--to", "0%", "--steps", "3"];

describe("plansheet sweep", () => {
  it("prints the README's sweep shape with --json: the lever, and points with value, targets and values", async () => {
    const { code, out, err } = await cli(...sweepArgs, "--json");
    expect(code).toBe(EXIT.ok);
    expect(err).toBe("");
    const json = JSON.parse(out) as SweepResult;
    expect(json.lever).toBe("re_growth");
    expect(json.points.map((p) => p.value)).toEqual([-0.05, -0.025, 0]);
    for (const p of json.points) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(["value", "targets", "values"]));
      expect(Object.keys(p.targets)).toEqual(["re_share_below_10", "forest_50_3", "tourism_about_5", "gdp_300"]);
      expect(p.values["re_share[2025]"]).toBeCloseTo(0.14 * ((1 + p.value) / 1.05) ** 4, 14);
    }
    expect(json.points.map((p) => p.targets.re_share_below_10)).toEqual([true, false, false]);
  });

  it("prints a table with a row per value and the targets marked", async () => {
    const { code, out } = await cli(...sweepArgs, "--lang", "en", "--wide", "--all-targets");
    expect(code).toBe(EXIT.ok);
    const rows = out.split("\n");
    expect(rows[0]).toMatch(
      /^re_growth\s+re_share_below_10\s+forest_50_3\s+tourism_about_5\s+gdp_300\s+re_share\[2025\]\s+forest\[2025\]\s+gdp\[2025\]$/,
    );
    expect(rows[2]).toMatch(/^\s+-5%\s+✓ met\s+✗ NOT met\s+✓ met\s+✓ met\s+9\.38%\s+50\.28%\s+335\.5$/);
    expect(rows).toHaveLength(5);
  });

  it("shows the cells asked for with --show, and the targets asked for with --target", async () => {
    const json = JSON.parse(
      (
        await cli(
          ...sweepArgs,
          "--show",
          "gdp[2025]",
          "--show",
          "re_va[2026]",
          "--target",
          "re_share_below_10",
          "--json",
        )
      ).out,
    ) as SweepResult;
    expect(Object.keys(json.points[0]!.values)).toEqual(["gdp[2025]", "re_va[2026]"]);
    expect(Object.keys(json.points[0]!.targets)).toEqual(["re_share_below_10"]);
    expect(json.points[0]!.values["gdp[2025]"]).toBeCloseTo(276 * 1.05 ** 4, 10);
  });

  it("makes a grid with a second lever", async () => {
    const { code, out } = await cli(
      ...sweepArgs,
      "--lever2",
      "gdp_growth",
      "--from2",
      "4%",
      "--to2",
      "6%",
      "--steps2",
      "2",
      "--json",
    );
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as SweepResult;
    expect(json.lever2).toBe("gdp_growth");
    expect(json.points).toHaveLength(6);
    expect(json.points.map((p) => [p.value, p.value2])).toEqual([
      [-0.05, 0.04],
      [-0.05, 0.06],
      [-0.025, 0.04],
      [-0.025, 0.06],
      [0, 0.04],
      [0, 0.06],
    ]);
  });

  it("starts from the scenario given", async () => {
    const json = JSON.parse((await cli(...sweepArgs, "--scenario", "fast", "--json")).out) as SweepResult;
    expect(json.scenario).toBe("fast");
    expect(json.points[2]!.values["gdp[2025]"]).toBeCloseTo(276 * 1.06 ** 4, 10);
  });

  it("accepts values in points", async () => {
    const json = JSON.parse(
      (await cliEn("sweep", MODEL, "-l", "forest_gain", "--from", "0.5pp", "--to", "0.6pp", "--steps", "2", "--json"))
        .out,
    ) as SweepResult;
    expect(json.points.map((p) => p.value)).toEqual([0.005, 0.006]);
    expect(json.points.map((p) => p.targets.forest_50_3)).toEqual([false, true]);
  });

  it("exits 2 for fewer than two steps", async () => {
    const { code, out, err } = await cliEn(
      "sweep",
      MODEL,
      "--lever",
      "re_growth",
      "--from",
      "-5%",
      "--to",
      "0%",
      "--steps",
      "1",
    );
    expect(code).toBe(EXIT.usage);
    expect(out).toBe("");
    expect(err).toContain("a sweep needs at least 2 steps (both ends), got 1");
  });

  it("exits 2 for steps that are not a whole number, and for a value that is not a number", async () => {
    const steps = await cliEn("sweep", MODEL, "--lever", "re_growth", "--from", "-5%", "--to", "0%", "--steps", "2.5");
    expect(steps.code).toBe(EXIT.usage);
    expect(steps.err).toContain("--steps takes a whole number, got '2.5'");
    const from = await cliEn("sweep", MODEL, "--lever", "re_growth", "--from", "abc", "--to", "0%", "--steps", "3");
    expect(from.code).toBe(EXIT.usage);
    expect(from.err).toContain("--from takes a number");
  });

  it("exits 2 for a second lever without its range", async () => {
    const { code, err } = await cli(...sweepArgs, "--lever2", "gdp_growth");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("--from2");
  });

  it("exits 2 for an unknown cell, naming it", async () => {
    const { code, err } = await cli(...sweepArgs, "--show", "gpd[2025]");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("'gpd[2025]' is not a cell of this model");
  });

  it("exits 2 for an unknown lever or target, and when a required option is missing", async () => {
    expect((await cliEn("sweep", MODEL, "--lever", "nope", "--from", "0", "--to", "1", "--steps", "2")).code).toBe(
      EXIT.usage,
    );
    expect((await cli(...sweepArgs, "--target", "nope")).code).toBe(EXIT.usage);
    const missing = await cliEn("sweep", MODEL, "--lever", "re_growth", "--from", "-5%", "--to", "0%");
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain("--steps");
  });

  it("exits 3 with --strict when a target is unmet at every point", async () => {
    // forest_50_3 does not depend on re_growth and is unmet throughout.
    expect((await cli(...sweepArgs, "--strict")).code).toBe(EXIT.strict);
    expect((await cli(...sweepArgs, "--strict", "--target", "re_share_below_10")).code).toBe(EXIT.ok);
    expect((await cli(...sweepArgs, "--target", "forest_50_3")).code).toBe(EXIT.ok);
  });
});
