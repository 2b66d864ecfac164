import { describe, expect, it } from "vitest";
import { csvText } from "../../src/core/index.js";
import { compareScenarios, simulate, solve, sweep } from "../../src/index.js";
import { loadModel } from "../../src/node.js";
import { EXIT } from "../../src/cli/exit-codes.js";
import { cli } from "../cli/helpers.js";
import { csvRows } from "../csv-rows.js";

const MODEL = `${__dirname}/../../examples/mentougou-2021/model.yaml`;
const model = loadModel(MODEL);

describe("CSV", () => {
  it("quotes what needs quoting, writes numbers in full and a missing value as an empty cell", () => {
    const text = csvText(
      ["a", "b", "c"],
      [
        ["门头沟, 北京", 0.1 + 0.2, null],
        ['说"好"', -3.5e-7, true],
        [" lead", "line\nbreak", 0],
      ],
    );
    expect(text).toBe('a,b,c\n"门头沟, 北京",0.30000000000000004,\n"说""好""",-3.5e-7,true\n" lead","line\nbreak",0\n');
    expect(csvRows(text)).toEqual([
      ["a", "b", "c"],
      ["门头沟, 北京", "0.30000000000000004", ""],
      ['说"好"', "-3.5e-7", "true"],
      [" lead", "line\nbreak", "0"],
    ]);
    expect(() => csvText(["x"], [[Number.NaN]])).toThrow(/finite number/);
  });

  it("writes text a spreadsheet would take for a formula after a single quote, so that opening the file runs nothing", () => {
    const text = csvText(["label"], [['=HYPERLINK("http://x")'], ["+1+2"], ["-3"], ["@SUM(A1)"], ["\tcmd"], ["收入"]]);
    expect(
      csvRows(text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['\'=HYPERLINK("http://x")', "'+1+2", "'-3", "'@SUM(A1)", "'\tcmd", "收入"]);
    // a negative number stays a number
    expect(csvText(["v"], [[-3.5]])).toBe("v\n-3.5\n");
  });

  it("writes a projection in tidy long form: every cell once, its value exactly, and how it got it", () => {
    const projection = model.run();
    const text = projection.toCSV();
    expect(text.startsWith("\uFEFFscenario,indicator,label,unit,year,value,rule\n")).toBe(true);
    const rows = csvRows(text).slice(1);
    expect(rows).toHaveLength(projection.ids.length * projection.years.length);
    const share = rows.find((r) => r[1] === "re_share" && r[4] === "2025")!;
    expect(share).toEqual([
      "baseline",
      "re_share",
      "房地产业占地区生产总值比重",
      "%",
      "2025",
      String(projection.get("re_share", 2025)),
      "formula",
    ]);
    expect(Number(share[5])).toBe(projection.get("re_share", 2025));
  });

  it("writes a comparison, a simulation's quantiles and a sweep; a solve has no table of values", () => {
    const compared = csvRows(compareScenarios(model, ["baseline", "faster"]).toCSV()).slice(1);
    expect(new Set(compared.map((r) => r[0]))).toEqual(new Set(["baseline", "faster"]));
    const simulation = simulate(model, { trials: 300, seed: 3, track: ["re_share"] });
    const quantiles = csvRows(simulation.toCSV());
    expect(quantiles[0]).toEqual(["scenario", "indicator", "label", "unit", "year", "quantile", "value"]);
    expect(quantiles.find((r) => r[4] === "2025" && r[5] === "p50")![6]).toBe(
      String(simulation.quantiles.re_share!["2025"]!.p50),
    );
    const swept = csvRows(
      sweep(model, { lever: "re_growth", from: -0.1, to: 0, steps: 3, targets: ["re_share_below_10_2025"] }).toCSV(),
    );
    expect(swept[0]).toEqual([
      "scenario",
      "lever",
      "lever_value",
      "lever2",
      "lever2_value",
      "kind",
      "id",
      "unit",
      "met",
      "value",
    ]);
    expect(swept.slice(1).map((r) => [r[2], r[5], r[6], r[8]])).toEqual([
      ["-0.1", "target", "re_share_below_10_2025", "true"],
      ["-0.1", "cell", "re_share[2025]", ""],
      ["-0.05", "target", "re_share_below_10_2025", "true"],
      ["-0.05", "cell", "re_share[2025]", ""],
      ["0", "target", "re_share_below_10_2025", "false"],
      ["0", "cell", "re_share[2025]", ""],
    ]);
    expect(() => solve(model, { target: "re_share_below_10_2025" }).toCSV()).toThrow(
      "a solve result has no table of values to write as CSV: use toJSON()",
    );
  });

  it("is what run, simulate and sweep print with --csv", async () => {
    const run = await cli("run", MODEL, "--csv");
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toBe(model.run().toCSV());
    const simulated = await cli("simulate", MODEL, "--trials", "200", "--seed", "1", "--csv");
    expect(simulated.out.startsWith("\uFEFFscenario,indicator,label,unit,year,quantile,value\n")).toBe(true);
    const swept = await cli(
      "sweep",
      MODEL,
      "--lever",
      "re_growth",
      "--from",
      "-10%",
      "--to",
      "0%",
      "--steps",
      "3",
      "--csv",
    );
    expect(csvRows(swept.out).length).toBeGreaterThan(3);
  });
});
