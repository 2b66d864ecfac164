import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import type { VerifyJson } from "../../src/verification/index.js";
import { EXAMPLE, EXAMPLE_CLAIMS, tempDir, cli, cliEn } from "./helpers.js";

const write = tempDir("plansheet-verify-");
const BAD_CLAIM = write(
  "bad.yaml",
  [
    "claims:",
    '  - { id: a, indicator: x, kind: cumulative_change, from: 2016, to: 2021, value: "28.5%" }',
    '  - { id: b, indicator: x, kind: average_growth, from: 2016, to: 2021, value: "5.1%" }',
    '  - { id: c, indicator: y, kind: level, year: 2021, value: "abc" }',
  ].join("\n"),
);
// Names a model that does not exist; --model gives the real one.
const ELSEWHERE = write(
  "elsewhere.yaml",
  [
    "model: nowhere.yaml",
    "claims:",
    '  - { id: a, indicator: gdp, kind: cumulative_change, from: 2016, to: 2021, value: "28.5%" }',
    '  - { id: b, indicator: gdp, kind: average_growth, from: 2016, to: 2021, value: "5.1%" }',
  ].join("\n"),
);
const UNKNOWN_INDICATOR = write(
  "unknown.yaml",
  ["claims:", '  - { id: a, indicator: gdpp, kind: level, year: 2021, value: "276" }'].join("\n"),
);

describe("plansheet verify", () => {
  it("verifies the Mentougou report's figures, failures first, and exits 0", async () => {
    const { code, out, err } = await cliEn("verify", EXAMPLE_CLAIMS, "--wide");
    expect(code).toBe(EXIT.ok);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines[0]).toMatch(
      /^.*claims\.yaml: \d+ checks — 2 findings; \d+ consistent, 1 inconsistent, 1 arithmetic mean, \d+ not checkable$/,
    );
    const rows = lines.filter((l) => /^\s*\d+\s{2}[✗✓·]/.test(l));
    expect(rows[0]).toMatch(/✗ INCONSISTENT\s+energy intensity of GDP: identity \(changes\), 2016–2021/);
    expect(rows[1]).toMatch(
      /✗ ARITHMETIC MEAN\s+energy intensity of GDP: average against cumulative growth, 2016–2021/,
    );
    expect(out).toMatch(
      /✓ consistent\s+GDP: average against cumulative growth, 2016–2021\s+5\.05%–5\.15%\s+5\.13%–5\.16%/,
    );
    expect(out).toContain(" 1. energy intensity of GDP = total energy consumption / GDP over 2016–2021");
    expect(out).toContain("    identity_changes:energy_intensity:2016-2021");
    expect(out).toContain("Figures no check could use");
  });

  it("exits 3 with --strict, since the report has an inconsistent figure and an arithmetic mean", async () => {
    const { code, out } = await cliEn("verify", EXAMPLE_CLAIMS, "--strict");
    expect(code).toBe(EXIT.strict);
    expect(out).toContain("✗ INCONSISTENT");
  });

  it("prints the README's verify shape with --json: checks with id, claims, verdict, computed, reported, explanation", async () => {
    const { code, out } = await cliEn("verify", EXAMPLE_CLAIMS, "--json");
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as VerifyJson;
    expect(json.checks.length).toBeGreaterThan(5);
    for (const check of json.checks) {
      expect(Object.keys(check)).toEqual(
        expect.arrayContaining(["id", "claims", "verdict", "computed", "reported", "explanation"]),
      );
      expect(Array.isArray(check.claims)).toBe(true);
      expect(["consistent", "inconsistent", "arithmetic_mean", "not_checkable"]).toContain(check.verdict);
      for (const interval of [check.computed, check.reported]) {
        if (interval !== null) {
          expect(interval).toHaveLength(2);
          for (const end of interval) expect(end === null || typeof end === "number").toBe(true);
        }
      }
    }
    const gdp = json.checks.find((c) => c.id === "average_vs_cumulative:gdp:2016-2021")!;
    expect(gdp.verdict).toBe("consistent");
    expect(gdp.claims).toEqual(expect.arrayContaining(["gdp_change_2016_2021", "gdp_average_2016_2021"]));
    expect(gdp.reported![0]).toBeCloseTo(0.0505, 12);
    expect(gdp.reported![1]).toBeCloseTo(0.0515, 12);
    expect(json.checks.find((c) => c.id === "average_vs_cumulative:energy_intensity:2016-2021")!.verdict).toBe(
      "arithmetic_mean",
    );
    expect(json.counts.inconsistent).toBe(1);
  });

  it("exits 1 on a claims file with a bad claim, reporting it and still printing the other checks", async () => {
    const { code, out, err } = await cliEn("verify", BAD_CLAIM);
    expect(code).toBe(EXIT.modelError);
    expect(err).toContain(`${BAD_CLAIM}:4:`);
    expect(err).toContain("invalid_claim");
    expect(err).toContain("'abc' is not a number as printed");
    expect(out).toContain("1 check — 0 findings; 1 consistent");
    expect(out).toMatch(/✓ consistent\s+x: average against cumulative growth, 2016–2021/);
  });

  it("exits 1 on a bad claim with --json too, with the issue in the JSON", async () => {
    const { code, out } = await cliEn("verify", BAD_CLAIM, "--json");
    expect(code).toBe(EXIT.modelError);
    const json = JSON.parse(out) as VerifyJson;
    expect(json.checks).toHaveLength(1);
    expect(json.issues.some((i) => i.code === "invalid_claim")).toBe(true);
  });

  it("uses the model given with --model instead of the file's own model:", async () => {
    const own = await cliEn("verify", ELSEWHERE, "--wide");
    expect(own.code).toBe(EXIT.modelError);
    expect(own.err).toContain("nowhere.yaml");
    const given = await cliEn("verify", ELSEWHERE, "--model", EXAMPLE, "--wide");
    expect(given.code).toBe(EXIT.ok);
    expect(given.err).toBe("");
    expect(given.out).toMatch(/✓ consistent\s+GDP: average against cumulative growth, 2016–2021/);
  });

  it("checks the claims' indicators against the model given with --model", async () => {
    const without = await cliEn("verify", UNKNOWN_INDICATOR);
    expect(without.code).toBe(EXIT.ok);
    const withModel = await cliEn("verify", UNKNOWN_INDICATOR, "--model", EXAMPLE);
    expect(withModel.code).toBe(EXIT.modelError);
    expect(withModel.err).toContain("'gdpp' is not an indicator of the model");
  });

  it("exits 1 when the claims file cannot be read", async () => {
    const { code, err } = await cliEn("verify", `${BAD_CLAIM}.missing`);
    expect(code).toBe(EXIT.modelError);
    expect(err).toContain("file_unreadable");
  });

  it("exits 2 when the claims argument is missing", async () => {
    expect((await cliEn("verify")).code).toBe(EXIT.usage);
  });

  it("names an identity's terms by their wholes' labels, not by a part's printed beside them", async () => {
    const text = write(
      "income.txt",
      "2024年某市国民经济和社会发展统计公报\n全年城镇居民人均可支配收入50000元，增长5.0%。其中，工资性收入30000元，转移净收入8000元。农村居民人均可支配收入25000元，增长6.0%。城乡居民人均收入倍差2.00。\n",
    );
    const { out } = await cli("verify", text, "--wide");
    expect(out).toContain("城乡居民人均收入倍差 = 城镇居民人均可支配收入 / 农村居民人均可支配收入");
  });
});
