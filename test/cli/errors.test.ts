import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { readIntegerOption } from "../../src/cli/literals.js";
import { EXAMPLE, cli, tempDir } from "./helpers.js";

const write = tempDir("plansheet-cli-errors-");
const PARTIAL = write(
  "partial.yaml",
  [
    "years: [2021, 2025]",
    "baseYear: 2021",
    "indicators:",
    "  x: { history: { 2021: 100 }, projection: 'x[t-1] * (1 + g)' }",
    "  g: { unit: '%', value: 5% }",
    "  b: { formula: 'aa * 2' }",
    "targets:",
    "  big: { check: 'x[2025] >= 120', lever: g }",
    "scenarios:",
    "  baseline: {}",
    "  fast: { extends: baseline, set: { g: 8% } }",
    "levers:",
    "  g: { min: 0%, max: 10% }",
  ].join("\n"),
);

describe("the command line on a model with errors", () => {
  it.each([
    ["solve", ["solve", PARTIAL, "--target", "big"]],
    ["sweep", ["sweep", PARTIAL, "--lever", "g", "--from", "0%", "--to", "10%", "--steps", "3"]],
    ["compare", ["compare", PARTIAL]],
  ])("%s answers from what builds, reports the error, and exits 1", async (_name, argv) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(EXIT.modelError);
    expect(err).toMatch(/unknown_reference/);
    expect(out.length).toBeGreaterThan(0);
  });
});

describe("usage errors of compare", () => {
  it("refuses a single scenario, an unknown indicator and a year outside the timeline with exit 2", async () => {
    const one = await cli("compare", EXAMPLE, "--scenario", "baseline");
    expect(one.code).toBe(EXIT.usage);
    expect(one.err).toMatch(/two or more scenarios/);
    const unknown = await cli("compare", EXAMPLE, "-i", "gdpp");
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toMatch(/did you mean 'gdp'/);
    const year = await cli("compare", EXAMPLE, "--year", "2030");
    expect(year.code).toBe(EXIT.usage);
    expect(year.err).toMatch(/2030 lies outside the model's timeline/);
  });
});

describe("readIntegerOption", () => {
  it("refuses an empty value rather than reading it as 0", () => {
    expect(() => readIntegerOption("", "--steps")).toThrow(/--steps takes a whole number/);
    expect(readIntegerOption("11", "--steps")).toBe(11);
  });
});
