import { describe, expect, it } from "vitest";
import { buildModel, parseModelText } from "../../src/index.js";
import { formatIssue } from "../../src/render/index.js";

const MODEL = (value: string, data = "") =>
  [
    "years: [2019, 2021]",
    "baseYear: 2021",
    "indicators:",
    `  share: { unit: "%", value: ${value} }`,
    '  rate: { unit: "%" }',
    data,
  ].join("\n");

const warnings = (model: ReturnType<typeof parseModelText>) =>
  model.issues.filter((i) => i.code === "bare_ratio").map(formatIssue);

describe("one convention for a bare number where a share or rate is meant: the ratio, with both readings said", () => {
  it("reads 0.5 in a model file as 50%, and says it could be 0.5%, at its place", () => {
    const model = parseModelText(MODEL("0.5"), "model.yaml");
    expect(model.run().get("share", 2021)).toBe(0.5);
    const [warning] = warnings(model);
    expect(warning).toMatch(/^model\.yaml:4:30 {2}warning {2}bare_ratio/);
    expect(warning).toContain("read as the ratio 0.5, that is 50% (not 0.5%)");
    expect(warning).toContain("write 50% or 0.5% to say which");
  });

  it("says nothing of a percentage written as one, or of a ratio given in code", () => {
    expect(warnings(parseModelText(MODEL("50%"), "model.yaml"))).toEqual([]);
    const model = buildModel({ years: [2019, 2021], baseYear: 2021, indicators: { share: { unit: "%", value: 0.5 } } });
    expect(model.issues.filter((i) => i.code === "bare_ratio")).toEqual([]);
  });

  it("reads a table's bare cell the same way, at the cell, and a column headed （%） as percent", () => {
    const data = "data:\n  - from: t.csv";
    const bare = parseModelText(MODEL("50%", data), "model.yaml", {
      data: { "t.csv": "指标,2019,2020\nrate,0.582,0.6\n" },
    });
    expect(bare.run().get("rate", 2019)).toBe(0.582);
    expect(warnings(bare)[0]).toMatch(/^t\.csv:2:6 {2}warning {2}bare_ratio/);
    expect(warnings(bare)[0]).toContain("that is 58.2% (not 0.582%)");
    const headed = parseModelText(MODEL("50%", data), "model.yaml", {
      data: { "t.csv": "指标,2019,2020\nrate（%）,0.582,0.6\n" },
    });
    expect(headed.run().get("rate", 2019)).toBeCloseTo(0.00582, 15);
    expect(warnings(headed)).toEqual([]);
  });
});
