import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/node.js";

// Golden results for the Mentougou example: any change to the engine or to the model that moves a number
// shows up here as a diff of a readable JSON file (update deliberately with `npx vitest run -u`).
const model = loadModel(resolve(__dirname, "../../examples/mentougou-2021/model.yaml"));

describe("the Mentougou 2021 example", () => {
  it("projects the baseline as recorded", async () => {
    const json = model.run({ scenario: "baseline" }).toJSON();
    await expect(JSON.stringify(json, null, 2)).toMatchFileSnapshot("./mentougou-2021/run-baseline.json");
  });

  it("projects the baseline exactly in decimal mode as recorded", async () => {
    const json = model.run({ scenario: "baseline", mode: "decimal" }).toJSON();
    await expect(JSON.stringify(json, null, 2)).toMatchFileSnapshot("./mentougou-2021/run-baseline-decimal.json");
  });

  it("reads the report's figures at face value", () => {
    const p = model.run();
    expect(p.get("gdp", 2021)).toBe(276);
    expect(p.get("forest_cover", 2021)).toBe(0.4808);
    expect(p.get("construction_investment_share_change", 2021)).toBeCloseTo(0.284, 12);
    // 63 万吨标准煤 / 276 亿元 = 0.2283 吨标准煤/万元: the unit conversion is 1.
    expect(p.get("energy_intensity", 2022)).toBeCloseTo((63 * 0.992) / (276 * 1.05), 12);
    expect(p.get("population_implied", 2021)).toBeCloseTo(2194.86 / 63.8, 12);
  });

  it("lists every input the report does not give as an assumption", () => {
    const assumptions = model.run().assumptions;
    expect(assumptions).toContain("re_share_2021");
    expect(assumptions).toContain("tourism_revenue");
    expect(assumptions).toContain("gdp_growth_before_2021");
    expect(assumptions).not.toContain("gdp");
  });
});
