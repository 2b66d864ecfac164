import { describe, expect, it } from "vitest";
import { readIntegerOption, readNumberOption } from "../../src/cli/literals.js";
import { plansheetError } from "../targets/helpers.js";
import { cli, EXAMPLE, tempDir } from "./helpers.js";

describe("readNumberOption", () => {
  it("reads numbers as a model file writes them: percentages, points and plain numbers", () => {
    expect(readNumberOption("-5%", "--from")).toBe(-0.05);
    expect(readNumberOption("5%", "--from")).toBe(0.05);
    expect(readNumberOption("0.6pp", "--to")).toBe(0.006);
    expect(readNumberOption("-0.5pp", "--to")).toBe(-0.005);
    expect(readNumberOption("0.6百分点", "--to")).toBe(0.006);
    expect(readNumberOption("4500", "--max")).toBe(4500);
    expect(readNumberOption("-1.25", "--min")).toBe(-1.25);
  });

  it("refuses anything else as a usage error naming the option and the text", () => {
    for (const text of ["abc", "", "5%%", "five", "1,000"]) {
      const error = plansheetError(() => readNumberOption(text, "--min"));
      expect(error.issues[0]!.code).toBe("usage");
      expect(error.message).toBe(`--min takes a number such as 5%, -0.5pp or 4500, got '${text}'`);
    }
  });
});

describe("readIntegerOption", () => {
  it("reads whole numbers", () => {
    expect(readIntegerOption("11", "--steps")).toBe(11);
    expect(readIntegerOption("2025", "--year")).toBe(2025);
    expect(readIntegerOption("-3", "--steps")).toBe(-3);
  });

  it("refuses a fraction or text as a usage error naming the option", () => {
    for (const text of ["2.5", "abc", "1e400"]) {
      const error = plansheetError(() => readIntegerOption(text, "--steps"));
      expect(error.issues[0]!.code).toBe("usage");
      expect(error.message).toBe(`--steps takes a whole number, got '${text}'`);
    }
  });
});

describe("lever values on the command line, checked like a model file's", () => {
  it("refuses a bare number above 1 for a lever in % (sweep --from -5), with the hint to write -5%", async () => {
    const { code, err } = await cli("sweep", EXAMPLE, "-l", "gdp_growth", "--from", "-5", "--to", "5%", "--steps", "3");
    expect(code).toBe(2);
    expect(err).toContain("--from (for gdp_growth) is -5 for an indicator in %: as a ratio that is -500%");
    expect(err).toContain("hint: write -5% (a ratio of -0.05)");
    expect((await cli("sweep", EXAMPLE, "-l", "gdp_growth", "--from", "-5%", "--to", "5%", "--steps", "3")).code).toBe(
      0,
    );
  });

  it("refuses solve --min 2 for the target's own lever in %", async () => {
    const { code, err } = await cli("solve", EXAMPLE, "-t", "gdp_growth_2025", "--min", "2");
    expect(code).toBe(2);
    expect(err).toContain("as a ratio that is 200%");
  });

  it("refuses --fan with an id that is not an indicator, with a did-you-mean hint", async () => {
    const { code, err } = await cli("simulate", EXAMPLE, "-n", "100", "--seed", "1", "--fan", "gdpp");
    expect(code).toBe(2);
    expect(err).toContain("'gdpp' is not an indicator of this model");
    expect(err).toContain("did you mean 'gdp'?");
  });
});

describe("YAML mistakes around formulas in { }", () => {
  const file = tempDir("plansheet-flow-");
  const model = (line: string) =>
    file(
      "flow.yaml",
      ["years: [2020, 2021]", "baseYear: 2020", "indicators:", "  a: { value: 1 }", line, "  c: { value: 2 }"].join(
        "\n",
      ),
    );

  it("explains an unquoted a[t-1] inside { } once, at its line, with the hint to quote it", async () => {
    const { code, err } = await cli("run", model("  b: { formula: a[t-1] * 2 }"));
    expect(code).toBe(1);
    expect(err.match(/invalid_yaml/g)).toHaveLength(1);
    expect(err).toContain("flow.yaml:5:");
    expect(err).toContain("hint: inside { }, quote a formula that holds [ ] or commas");
  });

  it("explains a formula cut at its commas into fields once, naming the pieces", async () => {
    const { code, err } = await cli("run", model("  b: { formula: sum(a, 2020, t) }"));
    expect(code).toBe(1);
    expect(err.match(/error/g)).toHaveLength(1);
    expect(err).toContain("a formula inside { } holds a comma, so YAML read its pieces as fields: '2020', 't)'");
    expect(err).toContain("flow.yaml:5:");
  });
});
