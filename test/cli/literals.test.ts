import { describe, expect, it } from "vitest";
import { readIntegerOption, readNumberOption } from "../../src/cli/literals.js";
import { plansheetError } from "../targets/helpers.js";

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
