import { describe, expect, it } from "vitest";
import { modelSchema } from "../../src/structure/schema.js";
import { position, schemaIssues } from "../../src/structure/schema-issues.js";

function issuesFor(definition: unknown, known: string[] = ["value", "history", "formula", "unit"]) {
  const result = modelSchema.safeParse(definition);
  expect(result.success).toBe(false);
  return schemaIssues(result.error!, { file: "m.yaml", locate: (path) => ({ line: path.length, column: 1 }) }, known);
}

describe("schemaIssues", () => {
  it("reports an unknown field with its path and a did-you-mean hint", () => {
    const issues = issuesFor({ years: [2016, 2025], baseYear: 2021, indicators: { gdp: { valeu: 1 } } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("schema");
    expect(issues[0]!.message).toBe("unknown field 'valeu'");
    expect(issues[0]!.path).toEqual(["indicators", "gdp", "valeu"]);
    expect(issues[0]!.hint).toContain("'value'");
  });

  it("reports a bad number inside a history object at the deepest path", () => {
    const issues = issuesFor({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: { gdp: { history: { 2021: { value: "abc" } } } },
    });
    expect(issues[0]!.path).toEqual(["indicators", "gdp", "history", "2021", "value"]);
    expect(issues[0]!.message).toContain("abc");
  });

  it("reports a non-finite number in a series by year as non_finite_number", () => {
    const issues = issuesFor({ years: [2016, 2025], baseYear: 2021, indicators: { g: { value: { 2020: NaN } } } });
    expect(issues[0]!.code).toBe("non_finite_number");
    expect(issues[0]!.path).toEqual(["indicators", "g", "value", "2020"]);
  });

  it("gives each issue the file and the position the locator finds", () => {
    const issues = issuesFor({ years: [2016, 2025], baseYear: "2021", indicators: {} });
    expect(issues[0]!.path).toEqual(["baseYear"]);
    expect(issues[0]!.file).toBe("m.yaml");
    expect(issues[0]!.line).toBe(1);
    expect(issues[0]!.column).toBe(1);
    expect(issues[0]!.message).not.toMatch(/^Invalid input/);
  });

  it("reports a missing required field", () => {
    const issues = issuesFor({ years: [2016, 2025], indicators: {} });
    expect(issues.map((i) => i.path)).toEqual([["baseYear"]]);
  });
});

describe("position", () => {
  it("is empty without a file or locator", () => {
    expect(position({}, ["a"])).toEqual({});
  });

  it("passes the path and offset to the locator", () => {
    const seen: unknown[] = [];
    const at = position(
      {
        file: "f.json",
        locate: (path, offset) => {
          seen.push([path, offset]);
          return { line: 2, column: 5 };
        },
      },
      ["x", 1],
      3,
    );
    expect(at).toEqual({ file: "f.json", line: 2, column: 5 });
    expect(seen).toEqual([[["x", 1], 3]]);
  });

  it("keeps the file when the locator finds nothing", () => {
    expect(position({ file: "f.json", locate: () => undefined }, ["x"])).toEqual({ file: "f.json" });
  });
});
