import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Console } from "../../src/cli/console.js";
import { EXIT } from "../../src/cli/exit-codes.js";
import { runCli } from "../../src/cli/program.js";
import { csvRows } from "../csv-rows.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plansheet-simulate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MODEL = path.join(dir, "model.yaml");
fs.writeFileSync(
  MODEL,
  [
    "years: [2021, 2026]",
    "baseYear: 2021",
    "indicators:",
    "  gdp: { unit: 亿元, history: { 2021: 276 }, projection: 'gdp[t-1] * (1 + g)' }",
    "  g: { unit: '%', value: 5% }",
    "targets:",
    "  growth: { check: 'cagr(gdp, 2021, 2026) >= 5%', lever: g }",
    "levers:",
    "  g: { min: 0%, max: 10% }",
    "uncertainty:",
    "  g: { normal: { mean: 5%, sd: 1% } }",
  ].join("\n"),
);
const CERTAIN = path.join(dir, "certain.yaml");
fs.writeFileSync(CERTAIN, ["years: [2021, 2022]", "baseYear: 2021", "indicators:", "  g: { value: 1 }"].join("\n"));

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

describe("plansheet simulate", () => {
  it("prints each target's probability with its interval, and fan charts", async () => {
    const { code, out } = await cliEn("simulate", MODEL, "--trials", "2000", "--seed", "1", "--wide");
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/2000 trials, seed 1, scenario baseline; uncertain inputs: g/);
    expect(out).toMatch(/^growth\s+growth\s+\d+\.\d%\s+\d+\.\d%–\d+\.\d%\s+g 9\d% ρ\+1\.00$/m);
    expect(out).toMatch(/^gdp \(亿元\) — exact quantiles$/m);
  });

  it("prints the README's simulate JSON, the same for the same seed", async () => {
    const a = await cliEn("simulate", MODEL, "--trials", "1500", "--seed", "7", "--json");
    const b = await cliEn("simulate", MODEL, "--trials", "1500", "--seed", "7", "--json");
    expect(a.out).toBe(b.out);
    const json = JSON.parse(a.out);
    expect(json).toMatchObject({ trials: 1500, seed: 7 });
    expect(json.targets[0]).toMatchObject({ id: "growth" });
    expect(json.quantiles.gdp["2026"].p50).toBeGreaterThan(276);
  });

  it("prints with --csv the quantiles in their columns, then each target's probability and its 95% interval", async () => {
    const csv = await cli("simulate", MODEL, "--trials", "1000", "--seed", "3", "--csv");
    const json = JSON.parse((await cli("simulate", MODEL, "--trials", "1000", "--seed", "3", "--json")).out);
    const rows = csvRows(csv.out);
    expect(csv.out.startsWith("\uFEFFscenario,")).toBe(true);
    expect(rows[0]).toEqual(["scenario", "indicator", "label", "unit", "year", "quantile", "value"]);
    expect(rows.find((r) => r[1] === "gdp" && r[4] === "2026" && r[5] === "p50")![6]).toBe(
      String(json.quantiles.gdp["2026"].p50),
    );
    const [growth] = json.targets;
    expect(rows.filter((r) => r[1] === "growth")).toEqual([
      ["baseline", "growth", "", "%", "", "probability", String(growth.probability)],
      ["baseline", "growth", "", "%", "", "probability_low", String(growth.ci[0])],
      ["baseline", "growth", "", "%", "", "probability_high", String(growth.ci[1])],
    ]);
    // the targets come after every quantile
    expect(rows.slice(-3).map((r) => r[5])).toEqual(["probability", "probability_low", "probability_high"]);
  });

  it("says on standard error when a run was too short for worker threads, and not when they were asked for", async () => {
    const chosen = await cli("simulate", MODEL, "--trials", "3000", "--seed", "1", "--json");
    const asked = await cli("simulate", MODEL, "--trials", "3000", "--seed", "1", "--json", "--workers", "2");
    expect(chosen.out).toBe(asked.out);
    if (os.availableParallelism() > 1) expect(chosen.err).toMatch(/ran in one thread: too short a run/);
    else expect(chosen.err).toBe("");
    expect(asked.err).not.toMatch(/one thread/);
  }, 60_000);

  it("refuses zero trials and a model without uncertainty as usage errors", async () => {
    expect((await cliEn("simulate", MODEL, "--trials", "0", "--seed", "1")).code).toBe(EXIT.usage);
    const none = await cliEn("simulate", CERTAIN, "--trials", "10", "--seed", "1");
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toMatch(/no uncertainty/);
  });

  it("says in a sentence where the lever's distribution must be centred for a probability, or that none will do", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "--target",
      "growth",
      "--probability",
      "80%",
      "--trials",
      "1000",
      "--seed",
      "2",
      "--wide",
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(
      /^To meet “growth” with probability 80\.0%, centre the g distribution at 5\.\d+% \(probability there 8\d\.\d%, 95% interval \d+\.\d%–\d+\.\d%; 1000 trials, seed 2, the same trials for every value tried, \d+ runs\)\.$/m,
    );
    const none = await cliEn(
      "solve",
      MODEL,
      "--target",
      "growth",
      "--probability",
      "99.9%",
      "--trials",
      "1000",
      "--seed",
      "2",
      "--min",
      "0%",
      "--max",
      "5%",
      "--wide",
    );
    expect(none.out).toMatch(
      /^No value of g within its bounds meets “growth” with probability 99\.9%; the closest is 5%/m,
    );
  });

  it("solves for a probability with --probability, reporting the lever value and the probability reached", async () => {
    const { code, out } = await cliEn(
      "solve",
      MODEL,
      "--target",
      "growth",
      "--probability",
      "80%",
      "--trials",
      "1000",
      "--seed",
      "2",
      "--json",
    );
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      target: "growth",
      lever: "g",
      probability: 0.8,
      reachable: true,
      moves: "distribution",
    });
    expect(json.value).toBeGreaterThan(0.055);
    expect(json.value).toBeLessThan(0.06);
  });
});
