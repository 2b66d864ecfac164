import { describe, expect, it } from "vitest";
import { PlansheetError } from "../src/core/index.js";
import { buildModel, compareScenarios, simulate, solve, sweep, verifyClaims } from "../src/index.js";

/** What an attack found: each input gives a typed issue or a right number, never a crash, a hang or Infinity. */
describe("hostile input", () => {
  const growthModel = (growth: string) =>
    buildModel({
      years: [2020, 2030],
      baseYear: 2020,
      indicators: { x: { unit: "亿元", value: 1 }, y: { formula: "x * 2" } },
      scenarios: { baseline: {}, boom: { set: { x: { growth } } } },
    });

  it("a growth path beyond the largest number: an error naming the indicator and the year, not Infinity", () => {
    const model = growthModel("1e300");
    expect(() => model.run({ scenario: "boom" })).toThrow(PlansheetError);
    try {
      model.run({ scenario: "boom" });
    } catch (error) {
      expect((error as PlansheetError).issues.map((i) => [i.code, i.indicator, i.year])).toEqual([
        ["input_overflow", "x", 2022],
      ]);
    }
    // a what-if with the same path says the same
    expect(() =>
      growthModel("0")
        .with({ x: { growth: "1e300" } })
        .run(),
    ).toThrow(/passes the largest number a double holds/);
  });

  it("a quantity with a unit raised to a huge power: an error at the exponent, at once", () => {
    const t0 = performance.now();
    expect(() =>
      buildModel({
        years: [2020, 2021],
        baseYear: 2020,
        indicators: { gdp: { unit: "亿元", history: { 2020: 1, 2021: 2 } }, y: { formula: "gdp ^ 1000000000" } },
      }),
    ).toThrow(/raised to the power 1000000000 has no unit a quantity has/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("the library's functions given something other than a model: a usage error naming the function", () => {
    const calls: [string, () => unknown][] = [
      ["compareScenarios", () => compareScenarios({} as never, ["a", "b"])],
      ["solve", () => solve({} as never, { target: "t" } as never)],
      ["sweep", () => sweep(null as never, {} as never)],
      ["simulate", () => simulate([] as never, { trials: 10, seed: 1 })],
    ];
    for (const [fn, call] of calls) {
      expect(call, fn).toThrow(PlansheetError);
      expect(call, fn).toThrow(new RegExp(`^${fn} needs a Model`));
    }
  });

  it("a sweep asking for more points than it computes: a usage error before any is computed", () => {
    const model = buildModel({
      years: [2020, 2022],
      baseYear: 2020,
      indicators: { g: { unit: "%", value: "5%" }, x: { history: { 2020: 1 }, projection: "x[t-1] * (1 + g)" } },
      targets: { t: { check: "x[2022] > 1" } },
    });
    expect(() => sweep(model, { lever: "g", from: 0, to: 0.1, steps: 1e9 })).toThrow(/at most 100000 points/);
    expect(() =>
      sweep(model, { lever: "g", from: 0, to: 0.1, steps: 1000, second: { lever: "g", from: 0, to: 1, steps: 1000 } }),
    ).toThrow(/1000 × 1000 steps/);
  });

  it("a figure printed with 120 decimals is read and described, and a fall beyond 100% is refused naming the claim", () => {
    const long = `1.${"0".repeat(120)}1`;
    const report = verifyClaims({
      claims: [
        { id: "a", indicator: "x", kind: "level", year: 2021, value: long },
        { id: "b", indicator: "x", kind: "cumulative_change", from: 2020, to: 2021, value: "5%" },
        { id: "c", indicator: "x", kind: "level", year: 2020, value: "0.8" },
      ],
    });
    expect(report.checks.map((c) => c.verdict)).toEqual(["inconsistent"]);
    expect(report.checks[0]!.explanation).toMatch(/^x: from 0\.8 in 2020 to 1\.0+1 in 2021 is a rise of/);
    const fall = verifyClaims({
      claims: [{ id: "f", indicator: "x", kind: "cumulative_change", from: 2020, to: 2021, value: "-150%" }],
    });
    expect(fall.issues.map((i) => i.message)).toEqual([
      "claim 'f', field 'value': '-150%' is a fall of 100% or more, but nothing is left to fall after 100%",
    ]);
  });

  it("weights near the largest double: the probabilities they say, not 100%", () => {
    const model = buildModel({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { x: { unit: "亿元", value: 1 } },
      uncertainty: { x: { discrete: { values: [0, 10], weights: [1e308, 1.05e308] } } },
      targets: { high: { check: "x[2021] > 5" } },
    });
    const p = simulate(model, { trials: 4000, seed: 1 }).targets[0]!.probability;
    expect(p).toBeGreaterThan(0.47);
    expect(p).toBeLessThan(0.55);
  });
});

describe("hostile options on the command line", () => {
  it("asks for more workers than cores: as many workers as cores, and says so", async () => {
    const { cli, EXAMPLE } = await import("./cli/helpers.js");
    const { availableParallelism } = await import("node:os");
    const run = await cli("simulate", EXAMPLE, "--trials", "200", "--seed", "1", "--workers", "400", "--json");
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      `--workers 400, but this machine has ${availableParallelism()} cores: ${availableParallelism()} workers are used`,
    );
    expect(JSON.parse(run.out).trials).toBe(200);
  });
});

describe("amplification", () => {
  it("aliases that would copy a block into millions of values: refused before any copy is made", {
    timeout: 30_000,
  }, async () => {
    const { parseModelText, ModelError } = await import("../src/index.js");
    const history = Array.from({ length: 2000 }, (_, i) => `      ${1000 + i}: ${i}`).join("\n");
    const copies = Array.from({ length: 900 }, (_, i) => `  i${i}: *ind`).join("\n");
    const text = `years: [1000, 2999]\nbaseYear: 2000\nindicators:\n  base: &ind\n    history:\n${history}\n${copies}\n`;
    const thrown = (() => {
      try {
        parseModelText(text, "m.yaml");
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ModelError);
    expect((thrown as Error).message).toMatch(
      /the file's aliases \(\*name\) copy 1,801,800 values, more than the 100,000 plansheet reads/,
    );
    // a block reused a few times is read as written
    const few = `years: [2020, 2021]\nbaseYear: 2020\nindicators:\n  a: &one { unit: 亿元, value: 1 }\n  b: *one\n  c: *one\n`;
    expect(parseModelText(few, "m.yaml").run().get("c", 2021)).toBe(1);
  });

  it("a chain of extends a thousand deep: refused at 32 generations, naming the scenario", async () => {
    const { parseModelText } = await import("../src/index.js");
    const scenarios = Array.from(
      { length: 1000 },
      (_, i) => `  s${i}:\n    ${i > 0 ? `extends: s${i - 1}\n    ` : ""}set: { g: ${i % 10}% }`,
    ).join("\n");
    const text = `years: [2020, 2030]\nbaseYear: 2020\nindicators:\n  g: { unit: "%", value: 5% }\n  x: { history: { 2020: 1 }, projection: "x[t-1]*(1+g)" }\nscenarios:\n${scenarios}\n`;
    try {
      parseModelText(text, "m.yaml");
      expect.unreachable();
    } catch (error) {
      const issues = (error as { issues: { code: string; message: string }[] }).issues;
      expect(issues[0]).toMatchObject({
        code: "scenario_too_deep",
        message: "scenario 's32' extends a chain of more than 32 scenarios",
      });
    }
  });
});
