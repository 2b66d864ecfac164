import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/evaluation/model.js";
import { verifyClaimsText } from "../../src/io/claims-text.js";
import { parseModelText } from "../../src/io/model-text.js";
import { readYamlText } from "../../src/io/read-text.js";
import { positionParses } from "../../src/io/text-positions.js";

/** A model of `chains` chains of four indicators each, one line per indicator, as the benchmarks write it. */
function bigModel(chains: number, bad?: { chain: number; formula: string }): string[] {
  const lines = [
    "name: big",
    "years: [2020, 2030]",
    "baseYear: 2020",
    "groups:",
    "  chains: { label: all }",
    "indicators:",
  ];
  for (let i = 0; i < chains; i++) {
    const share = bad?.chain === i ? bad.formula : `x_${i} / total`;
    lines.push(
      `  g_${i}: { unit: "%", value: 1.5% }`,
      `  x_${i}: { unit: 亿元, groups: [chains], history: { 2020: ${100 + i} }, projection: "x_${i}[t-1] * (1 + g_${i})" }`,
      `  s_${i}: { unit: "%", formula: "${share}" }`,
      `  c_${i}: { unit: "%", formula: "cagr(x_${i}, 2020, 2030)" }`,
    );
  }
  lines.push("  total: { unit: 亿元, formula: sumOf(chains) }", "");
  return lines;
}

function modelError(text: string, file: string): ModelError {
  try {
    parseModelText(text, file);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected a ModelError");
}

describe("positions found only when an issue needs one", () => {
  it("gives an error deep in a large YAML file its exact line and column", () => {
    const lines = bigModel(2_000, { chain: 1_789, formula: "x_1789 / totl" });
    const line = lines.findIndex((l) => l.startsWith("  s_1789:")) + 1;
    const column = lines[line - 1]!.indexOf("totl") + 1;
    const error = modelError(lines.join("\n"), "big.yaml");
    const issue = error.issues.find((i) => i.severity === "error")!;
    expect(issue.code).toBe("unknown_reference");
    expect([issue.file, issue.line, issue.column]).toEqual(["big.yaml", line, column]);
  });

  it("gives an error deep in a large JSON file its exact line and column", () => {
    const data = readYamlText(bigModel(500).join("\n")).data as { indicators: Record<string, object> };
    data.indicators.s_321 = { unit: "%", formula: "x_321 / totl" };
    const text = JSON.stringify(data, null, 2);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"x_321 / totl"')) + 1;
    const column = lines[line - 1]!.indexOf("totl") + 1;
    const issue = modelError(text, "big.json").issues.find((i) => i.severity === "error")!;
    expect([issue.code, issue.file, issue.line, issue.column]).toEqual(["unknown_reference", "big.json", line, column]);
  });

  it("does not parse the text for positions when nothing is wrong, and parses it once for many issues", () => {
    const before = positionParses();
    parseModelText(bigModel(300).join("\n"), "big.yaml").run();
    const json = JSON.stringify(readYamlText(bigModel(300).join("\n")).data);
    parseModelText(json, "big.json");
    expect(positionParses()).toBe(before);
    // three misspelt names: three issues with positions, one parse for them all
    const lines = bigModel(300);
    const bad = [10, 150, 290].map((i) => lines.findIndex((l) => l.startsWith(`  s_${i}:`)));
    for (const k of bad) lines[k] = `${lines[k]!.split(":")[0]}: { formula: totl }`;
    const error = modelError(lines.join("\n"), "big.yaml");
    const unknown = error.issues.filter((i) => i.code === "unknown_reference");
    expect(unknown.map((i) => [i.line, i.column])).toEqual(bad.map((k) => [k + 1, lines[k]!.indexOf("totl") + 1]));
    expect(positionParses()).toBe(before + 1);
  });

  it("keeps the line and column of a number that lost a trailing zero in a large claims file", () => {
    const lines = ["claims:"];
    for (let i = 0; i < 3_000; i++)
      lines.push(
        `  - { id: c${i}, indicator: x${i}, kind: level, year: 2021, value: ${i === 2_345 ? "5.10" : `"${i}"`} }`,
      );
    const report = verifyClaimsText(`${lines.join("\n")}\n`, "claims.yaml");
    const lost = report.issues.filter((i) => i.code === "digits_lost");
    expect(lost.map((i) => [i.file, i.line, i.column])).toEqual([
      ["claims.yaml", 2_347, lines[2_346]!.indexOf("5.10") + 1],
    ]);
  });
});
