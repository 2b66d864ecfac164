import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { requiredPartGrowth } from "../../src/targets/closed-form.js";
import type { FeasibilityResult, SolveResult } from "../../src/targets/index.js";
import { SHARE_MODEL, tempDir, cliEn } from "./helpers.js";

const write = tempDir("plansheet-solve-");
const MODEL = write("model.yaml", SHARE_MODEL);

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("plansheet solve", () => {
  it("says in a sentence what the lever must be, and exits 0", async () => {
    const { code, out, err } = await cliEn(
      "solve",
      MODEL,
      "--target",
      "re_share_below_10",
      "--lever",
      "re_growth",
      "--wide",
    );
    expect(code).toBe(EXIT.ok);
    expect(err).toBe("");
    expect(out).toContain(
      "To meet “re_share_below_10” (re_share[2025] < 10%), re_growth must be less than -3.471% (it is -3% in baseline: not met).",
    );
    expect(out).not.toContain("evaluations");
    const verbose = await cliEn(
      "solve",
      MODEL,
      "--target",
      "re_share_below_10",
      "--lever",
      "re_growth",
      "--verbose",
      "--wide",
    );
    expect(verbose.out).toMatch(/\[\d+ evaluations; margin at the answer [\d.e+-]+\]/);
  });

  it("prints the README's solve shape with --json: target, lever, reachable, value, best, iterations, residual", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "--target",
      "re_share_below_10",
      "--lever",
      "re_growth",
      "--json",
    );
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as SolveResult;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["target", "lever", "reachable", "value", "best", "iterations", "residual"]),
    );
    expect(json.target).toBe("re_share_below_10");
    expect(json.lever).toBe("re_growth");
    expect(json.reachable).toBe(true);
    expect(relative(json.value!, requiredPartGrowth(0.14, 0.1, 0.05, 4))).toBeLessThan(1e-10);
    expect(json.best).toBe(json.value);
    expect(typeof json.iterations).toBe("number");
    expect(json.residual!).toBeGreaterThanOrEqual(0);
    expect(json.residual!).toBeLessThan(1e-12);
  });

  it("moves the target's own lever when --lever is not given", async () => {
    const json = JSON.parse((await cliEn("solve", MODEL, "-t", "forest_50_3", "--json")).out) as SolveResult;
    expect(json.lever).toBe("forest_gain");
    expect(relative(json.value!, 0.00555)).toBeLessThan(1e-10);
  });

  it("starts from the scenario given", async () => {
    const json = JSON.parse(
      (await cliEn("solve", MODEL, "-t", "re_share_below_10", "--scenario", "fast", "--json")).out,
    ) as SolveResult;
    expect(json.scenario).toBe("fast");
    expect(relative(json.value!, requiredPartGrowth(0.14, 0.1, 0.06, 4))).toBeLessThan(1e-10);
  });

  it("accepts bounds written as in a model file, a value starting with a minus sign included", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "--target",
      "re_share_below_10",
      "--lever",
      "re_growth",
      "--min",
      "-5%",
      "--max",
      "0.6pp",
      "--json",
    );
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as SolveResult;
    expect(json.min).toBe(-0.05);
    expect(json.max).toBe(0.006);
    expect(json.reachable).toBe(true);
  });

  it("reports an unreachable target with null value and the best value, and still exits 0 without --strict", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "-t",
      "re_share_below_10",
      "--min",
      "0%",
      "--max",
      "10%",
      "--json",
    );
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as SolveResult;
    expect(json.reachable).toBe(false);
    expect(json.value).toBeNull();
    expect(json.best).toBe(0);
    expect(json.residual!).toBeLessThan(0);
  });

  it("exits 3 with --strict when the target cannot be met within the bounds, still printing the answer", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "-t",
      "re_share_below_10",
      "--min",
      "0%",
      "--max",
      "10%",
      "--strict",
      "--wide",
    );
    expect(code).toBe(EXIT.strict);
    expect(out).toContain("cannot do it between 0% and 10%: the closest is 0%");
  });

  it("exits 0 with --strict when the target can be met", async () => {
    expect((await cliEn("solve", MODEL, "-t", "re_share_below_10", "--strict")).code).toBe(EXIT.ok);
  });

  it("says when the target holds throughout the bounds", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "-t",
      "re_share_below_10",
      "--min",
      "-20%",
      "--max",
      "-10%",
      "--wide",
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toContain("may take any value from -20% to -10%: the target holds throughout");
  });

  it("exits 2 on a bound that is not a number, naming the option", async () => {
    const { code, out, err } = await cliEn("solve", MODEL, "-t", "re_share_below_10", "--min", "abc");
    expect(code).toBe(EXIT.usage);
    expect(out).toBe("");
    expect(err).toContain("--min takes a number such as 5%, -0.5pp or 4500, got 'abc'");
  });

  it("exits 2 on bounds with min above max", async () => {
    const { code, err } = await cliEn("solve", MODEL, "-t", "re_share_below_10", "--min", "5%", "--max", "-5%");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("invalid_bounds");
  });

  it("exits 2 on an unknown target, an unknown scenario, and a lever that is not an input", async () => {
    const target = await cliEn("solve", MODEL, "-t", "re_share_below_1");
    expect(target.code).toBe(EXIT.usage);
    expect(target.err).toContain("'re_share_below_1' is not a target of this model");
    const scenario = await cliEn("solve", MODEL, "-t", "re_share_below_10", "-s", "fats");
    expect(scenario.code).toBe(EXIT.usage);
    expect(scenario.err).toContain("unknown_scenario");
    const lever = await cliEn("solve", MODEL, "-t", "re_share_below_10", "-l", "re_va", "--min", "0", "--max", "100");
    expect(lever.code).toBe(EXIT.usage);
    expect(lever.err).toContain("not_an_input");
    expect(lever.err).toContain("'re_va' is computed, not an input");
    expect(lever.err).toMatch(/move one of the inputs it is computed from: .*re_growth/);
  });

  it("exits 2 when the lever cannot change the target, saying so", async () => {
    const { code, err } = await cliEn("solve", MODEL, "-t", "forest_50_3", "-l", "re_growth");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("target 'forest_50_3' does not depend on 're_growth'");
  });

  it("exits 2 when neither the call nor the target names a lever", async () => {
    const { code, err } = await cliEn("solve", MODEL, "-t", "gdp_300");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("names no lever");
  });

  it("exits 2 without --target", async () => {
    const { code, err } = await cliEn("solve", MODEL, "--lever", "re_growth");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("--target");
  });

  it("exits 1 when the model file cannot be read", async () => {
    const { code, out, err } = await cliEn("solve", `${MODEL}.missing`, "-t", "re_share_below_10");
    expect(code).toBe(EXIT.modelError);
    expect(out).toBe("");
    expect(err).toContain("file_unreadable");
  });
});

describe("plansheet solve, several targets or levers: the joint search", () => {
  it("finds a setting of several levers that meets several targets, as JSON", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "-t",
      "re_share_below_10",
      "-t",
      "forest_50_3",
      "-l",
      "re_growth",
      "-l",
      "forest_gain",
      "--json",
    );
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as FeasibilityResult;
    expect(json.feasible).toBe(true);
    expect(json.targets).toEqual(["re_share_below_10", "forest_50_3"]);
    expect(json.levers).toEqual(["re_growth", "forest_gain"]);
    expect(json.met).toEqual({ re_share_below_10: true, forest_50_3: true });
    // The setting meets both: re_growth at most −3.47%, forest_gain at least 0.555pp.
    expect(json.setting.re_growth!).toBeLessThanOrEqual(requiredPartGrowth(0.14, 0.1, 0.05, 4));
    expect(json.setting.forest_gain!).toBeGreaterThanOrEqual(0.00555 * (1 - 1e-9));
    expect(json.conflicts).toEqual([]);
    expect(typeof json.method).toBe("string");
  });

  it("says so in text, with the method", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "-t",
      "re_share_below_10",
      "-t",
      "forest_50_3",
      "-l",
      "re_growth",
      "-l",
      "forest_gain",
      "--wide",
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^All 2 targets can be met together, e\.g\. with re_growth = .+, forest_gain = .+\.$/m);
    expect(out).toContain("Method: ");
  });

  it("applies --min and --max to every lever, and exits 3 with --strict when no setting is found", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "-t",
      "re_share_below_10",
      "-t",
      "forest_50_3",
      "-l",
      "re_growth",
      "-l",
      "forest_gain",
      "--wide",
      "--min",
      "0",
      "--max",
      "0.001",
      "--strict",
    );
    expect(code).toBe(EXIT.strict);
    expect(out).toContain("No setting of re_growth, forest_gain within their bounds was found");
    expect(out).toContain(
      "Conflicts: re_share_below_10 (unreachable on its own); forest_50_3 (unreachable on its own).",
    );
  });

  it("runs the joint search for one target and two levers", async () => {
    const json = JSON.parse(
      (await cliEn("solve", MODEL, "-t", "re_share_below_10", "-l", "re_growth", "-l", "gdp_growth", "--json")).out,
    ) as FeasibilityResult;
    expect(json.feasible).toBe(true);
    expect(Object.keys(json.setting)).toEqual(["re_growth", "gdp_growth"]);
  });

  it("exits 2 for several targets without --lever", async () => {
    const { code, err } = await cliEn("solve", MODEL, "-t", "re_share_below_10", "-t", "forest_50_3");
    expect(code).toBe(EXIT.usage);
    expect(err).toContain("a joint search needs --lever for each input to move");
  });
});
