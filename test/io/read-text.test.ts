import { describe, expect, it } from "vitest";
import { lostDigitWarnings, readYamlText } from "../../src/io/read-text.js";
import { verifyClaimsText } from "../../src/io/index.js";

describe("readYamlText", () => {
  it("reads YAML into plain data", () => {
    const read = readYamlText("years: [2016, 2025]\nbaseYear: 2021\nindicators:\n  gdp:\n    value: 276\n", "m.yaml");
    expect(read.issues).toEqual([]);
    expect(read.data).toEqual({ years: [2016, 2025], baseYear: 2021, indicators: { gdp: { value: 276 } } });
    expect(read.source.file).toBe("m.yaml");
  });

  it("reads JSON, which YAML contains", () => {
    const read = readYamlText('{"years": [2016, 2025], "baseYear": 2021, "indicators": {"gdp": {"value": "5%"}}}');
    expect(read.issues).toEqual([]);
    expect(read.data).toEqual({ years: [2016, 2025], baseYear: 2021, indicators: { gdp: { value: "5%" } } });
    expect(read.source.file).toBeUndefined();
  });

  it("locates a value by its path, 1-based", () => {
    const text = "years: [2016, 2025]\nbaseYear: 2021\nindicators:\n  gdp:\n    unit: 亿元\n    formula: a + b\n";
    const { source } = readYamlText(text, "m.yaml");
    expect(source.locate!(["baseYear"])).toEqual({ line: 2, column: 11 });
    expect(source.locate!(["indicators", "gdp", "formula"])).toEqual({ line: 6, column: 14 });
    expect(source.locate!(["years", 1])).toEqual({ line: 1, column: 15 });
  });

  it("locates a character inside a plain and a quoted one-line string", () => {
    const text = "a:\n  plain: x + gdpp\n  quoted: \"x + gdpp\"\n  single: 'x + gdpp'\n";
    const { source } = readYamlText(text);
    expect(source.locate!(["a", "plain"], 4)).toEqual({ line: 2, column: 14 });
    expect(source.locate!(["a", "quoted"], 4)).toEqual({ line: 3, column: 16 });
    expect(source.locate!(["a", "single"], 4)).toEqual({ line: 4, column: 16 });
  });

  it("locates a missing key at the key of its nearest existing parent", () => {
    const text = "indicators:\n  gdp:\n    value: 1\n";
    const { source } = readYamlText(text);
    expect(source.locate!(["indicators", "gdp", "nothing"])).toEqual({ line: 2, column: 3 });
  });

  it("locates a key whose value is empty on the key's line", () => {
    const text = "indicators:\n  gdp:\n";
    const { source } = readYamlText(text);
    expect(source.locate!(["indicators", "gdp"])?.line).toBe(2);
  });

  it("refuses a duplicate key as duplicate_id, at the second occurrence", () => {
    const read = readYamlText("indicators:\n  gdp:\n    value: 1\n  gdp:\n    value: 2\n", "m.yaml");
    expect(read.data).toBeUndefined();
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]!.code).toBe("duplicate_id");
    expect(read.issues[0]!.file).toBe("m.yaml");
    expect(read.issues[0]!.line).toBe(4);
    expect(read.issues[0]!.column).toBe(3);
  });

  it("refuses a duplicate key in JSON too", () => {
    const read = readYamlText('{\n  "a": 1,\n  "a": 2\n}');
    expect(read.issues[0]!.code).toBe("duplicate_id");
    expect(read.issues[0]!.line).toBe(3);
  });

  it("reports invalid YAML as invalid_yaml with line and column", () => {
    const read = readYamlText("indicators:\n  a: {value: 1\n  b: 2\n", "m.yaml");
    expect(read.data).toBeUndefined();
    expect(read.issues.length).toBeGreaterThan(0);
    const issue = read.issues[0]!;
    expect(issue.code).toBe("invalid_yaml");
    expect(issue.severity).toBe("error");
    expect(issue.file).toBe("m.yaml");
    expect(issue.line).toBe(3);
    expect(issue.column).toBe(3);
    expect(issue.message).not.toMatch(/at line \d+, column \d+/);
  });

  it("reports a bad indentation with its line", () => {
    const read = readYamlText("a:\n  b: 1\n c: 2\n");
    expect(read.issues[0]!.code).toBe("invalid_yaml");
    expect(read.issues[0]!.line).toBe(3);
  });

  it("lets .inf and .nan through as numbers, for the schema to refuse", () => {
    const read = readYamlText("a: .inf\nb: -.inf\nc: .nan\n");
    expect(read.issues).toEqual([]);
    const data = read.data as Record<string, number>;
    expect(data.a).toBe(Infinity);
    expect(data.b).toBe(-Infinity);
    expect(Number.isNaN(data.c)).toBe(true);
  });
});

describe("readYamlText on hostile or careless files", () => {
  it("refuses aliases that expand without bound (a billion laughs) as invalid YAML, without expanding them", () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
      ["g", "f"],
      ["h", "g"],
      ["i", "h"],
    ]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const read = readYamlText(lines.join("\n"), "bomb.yaml");
    expect(read.data).toBeUndefined();
    expect(read.issues).toMatchObject([
      { code: "invalid_yaml", file: "bomb.yaml", line: 1, message: expect.stringContaining("aliases") },
    ]);
  });

  it("keeps a block reused by an alias or two", () => {
    const read = readYamlText("base: &b { value: 1 }\nother: *b\n");
    expect(read.issues).toEqual([]);
    expect(read.data).toEqual({ base: { value: 1 }, other: { value: 1 } });
  });

  it("refuses a year written once as a number and once as text, which would be one field", () => {
    const read = readYamlText('value: {2020: 1, "2020": 2, 2021: 3}\n');
    expect(read.issues).toMatchObject([{ code: "duplicate_id", line: 1, column: 18 }]);
  });
});

describe("lostDigitWarnings", () => {
  it("warns at each bare number whose trailing zero YAML drops, and at no quoted or whole one", () => {
    const text = [
      "claims:",
      "  - { value: 5.10 }",
      "  - { value: 276.0 }",
      "  - { value: '5.10' }",
      "  - { value: 5.1 }",
      "  - { value: 10 }",
      "  - { year: 2020 }",
    ].join("\n");
    const warnings = lostDigitWarnings(text, "claims.yaml");
    expect(warnings.map((w) => [w.code, w.severity, w.line, w.column])).toEqual([
      ["digits_lost", "warning", 2, 14],
      ["digits_lost", "warning", 3, 14],
    ]);
    expect(warnings[0]!.hint).toBe("quote it to keep every digit: '5.10'");
  });
});

describe("verifyClaimsText", () => {
  it("carries the warnings for figures that lost their trailing zero into the report", () => {
    const text = [
      "claims:",
      "  - { id: gdp_2021, indicator: gdp, kind: level, year: 2021, value: 276.0, unit: 亿元 }",
    ].join("\n");
    const report = verifyClaimsText(text, "claims.yaml");
    expect(report.issues.filter((i) => i.code === "digits_lost")).toMatchObject([{ line: 2, file: "claims.yaml" }]);
  });
});
