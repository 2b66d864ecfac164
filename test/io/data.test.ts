import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildModel, ModelError, parseModelText } from "../../src/index.js";
import { csvGrid } from "../../src/io/data-grid.js";
import { printedNumber } from "../../src/io/model-data.js";
import { loadModel } from "../../src/node.js";
import { formatIssue } from "../../src/render/index.js";
import { DATA_MODEL as MODEL } from "../data-model.js";

const folder = mkdtempSync(join(tmpdir(), "plansheet-data-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function modelFrom(csv: string, entry = "  - from: data.csv"): ReturnType<typeof parseModelText> {
  return parseModelText(MODEL(entry), "model.yaml", { data: { "data.csv": csv } });
}

/** The issues a model with this CSV gives, formatted as the CLI prints them. */
function problems(csv: string, entry = "  - from: data.csv", text = MODEL(entry)): string[] {
  try {
    parseModelText(text, "model.yaml", { data: { "data.csv": csv } });
  } catch (error) {
    if (error instanceof ModelError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe("history read from a CSV table", () => {
  it("reads years across, Chinese headers, a unit column, 1,234.5 and percentages as printed", () => {
    const csv =
      '\uFEFF指标,单位,2018年,2019年,2020年\n地区生产总值,亿元,"1,012.4","1,068.9",1131.5\n城镇化率,%,58.2,59.6,60.9\n城镇新增就业,万人,1.2,1.3,\n';
    const run = modelFrom(csv).run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
    expect(run.get("gdp", 2020)).toBe(1131.5);
    expect(run.get("gdp", 2021)).toBeCloseTo(1131.5 * 1.05, 9);
    expect(run.get("share", 2019)).toBe(0.596);
    expect(run.get("share", 2021)).toBeCloseTo(0.619, 12);
    expect(run.get("jobs", 2019)).toBe(1.3);
    // The empty cell is a year not reported: a gap, not a zero.
    expect(run.get("jobs", 2020)).toBeNull();
  });

  it("reads years down, with units in the headers' brackets and percentages written with %", () => {
    const csv = "年份,地区生产总值（亿元）,城镇化率(%),GDP\n2018,1012.4,58.2,\n2019,1068.9,59.6%,\n";
    const run = modelFrom(csv, "  - { from: data.csv, ignore: [GDP] }").run();
    expect(run.get("gdp", 2019)).toBe(1068.9);
    expect(run.get("share", 2018)).toBe(0.582);
    expect(run.get("share", 2019)).toBe(0.596);
  });

  it("reads the long layout (indicator, year, value, unit) and maps other names with columns", () => {
    const csv = "指标,年份,数值,单位\nGDP总量,2018,1012.4,亿元\nGDP总量,2019,1068.9,亿元\nshare,2019,0.596,\n";
    const run = modelFrom(csv, "  - { from: data.csv, columns: { GDP总量: gdp } }").run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
    expect(run.get("share", 2019)).toBe(0.596);
  });

  it("keeps the exact decimal text of each value for decimal mode", () => {
    const run = modelFrom('指标,2018\ngdp,"1,012.40"\n').run({ mode: "decimal" });
    expect(run.get("gdp", 2018)!.toString()).toBe("1012.4");
  });

  it("reads numbers as printed and refuses what is not one", () => {
    expect(printedNumber("1,234.5", undefined)).toBe("1234.5");
    expect(printedNumber("−3.2", undefined)).toBe("-3.2");
    expect(printedNumber("１２.３％", undefined)).toBe("12.3%");
    expect(printedNumber("12.3", "%")).toBe("12.3%");
    expect(printedNumber("0.6", "个百分点")).toBe("0.6pp");
    for (const bad of ["—", "n/a", "1.2.3", "1,23", "12,3456", "abc"])
      expect(printedNumber(bad, undefined)).toBeUndefined();
  });

  it("parses quoted fields, doubled quotes, line breaks in quotes and tab-separated text", () => {
    const { grid } = csvGrid('a,"b,1","say ""hi""","two\nlines"\r\nx,y\n', "t.csv");
    expect(grid!.rows).toEqual([
      ["a", "b,1", 'say "hi"', "two\nlines"],
      ["x", "y"],
    ]);
    expect(grid!.place(1, 1)).toEqual({ file: "t.csv", line: 3, column: 3 });
    expect(csvGrid("指标\t2018\ngdp\t1\n", "t.tsv").grid!.rows).toEqual([
      ["指标", "2018"],
      ["gdp", "1"],
    ]);
  });
});

describe("bad data tables: each problem named with its file, line and column", () => {
  it("a cell that is not a number", () => {
    const out = problems("指标,2018,2019,2020\n地区生产总值,1012.4,—,1.2.3\n城镇化率,n/a,,\n");
    expect(out).toHaveLength(3);
    expect(out[0]).toContain("data.csv:2:15  error  data_not_a_number  gdp (2019)");
    expect(out[0]).toContain("'—' for gdp in 2019 is not a number");
    expect(out[0]).toContain("leave the cell empty for a year not reported");
    expect(out[1]).toContain("data.csv:2:17");
    expect(out[2]).toContain("data.csv:3:6  error  data_not_a_number  share (2018)");
  });

  it("a header or row with no year", () => {
    expect(problems("指标,2018,合计\ngdp,1,2\n")[0]).toContain("data.csv:1:9  error  data_missing_year");
    const long = problems("指标,年份,数值\ngdp,,1\ngdp,二〇一九,2\n");
    expect(long[0]).toContain("data.csv:2:5  error  data_missing_year");
    expect(long[0]).toContain("the row of gdp gives no year");
    expect(long[1]).toContain("'二〇一九' as its year, which is not a year");
    expect(problems("年份,gdp\n2018,1\n,2\n")[0]).toContain("data.csv:3:1  error  data_missing_year");
  });

  it("an indicator given twice, in two rows, or in the table and the model", () => {
    const twice = problems("指标,2018,2019\n地区生产总值,1,2\nGDP,3,4\n");
    expect(twice).toHaveLength(1);
    expect(twice[0]).toContain("data_duplicate");
    expect(twice[0]).toContain(
      "gdp for 2 years (2018–2019) is given twice: by '地区生产总值' at data.csv:2:1 and by 'GDP' at data.csv:3:1",
    );
    const text = MODEL("  - from: data.csv").replace(
      "    projection: gdp[t-1] * 1.05",
      "    history: { 2018: 1000 }\n    projection: gdp[t-1] * 1.05",
    );
    const [issue] = problems("指标,2018\ngdp,1012.4\n", undefined, text);
    expect(issue).toContain("data.csv:2:5  error  data_duplicate");
    expect(issue).toMatch(/gdp for 2018 is given twice: by the model at model\.yaml:\d+:\d+ and by data\.csv:2:5/);
  });

  it("a unit other than the model's, and mixed units", () => {
    const other = problems("指标,单位,2018\n地区生产总值,万元,10124000\n");
    expect(other[0]).toContain("data.csv:2:1  error  data_unit");
    expect(other[0]).toContain("gives gdp in 万元, but the model's unit for it is 亿元");
    const mixed = problems("指标,年份,数值,单位\n城镇新增就业,2018,1.2,万人\n城镇新增就业,2019,13000,人\n");
    expect(mixed[0]).toContain("data_unit");
    expect(mixed[0]).toContain("the model's unit for it is 万人");
  });

  it("mixed units in an indicator without a unit in the model", () => {
    const text = MODEL("  - from: data.csv").replace("    unit: 万人\n", "");
    const [issue] = problems(
      "指标,年份,数值,单位\n城镇新增就业,2018,1.2,万人\n城镇新增就业,2019,13000,人\n",
      undefined,
      text,
    );
    expect(issue).toContain("data.csv:3:13  error  data_unit");
    expect(issue).toContain("jobs is given in mixed units: 万人 at data.csv:2:13, 人 at data.csv:3:13");
  });

  it("a name that matches no indicator, with the closest names", () => {
    const out = problems("指标,2018\n地区生产总値,1\n");
    expect(out[0]).toContain("data.csv:2:1  error  data_unknown_name");
    expect(out[0]).toContain(
      "'地区生产总値' in data.csv:2:1 matches no indicator of the model; did you mean '地区生产总值'?",
    );
    expect(out[0]).toContain("columns: { '地区生产总値': some_id }");
    expect(problems("指标,2018\nGPD,1\nurbanization  Rate,0.5\n")[0]).toContain(
      "'GPD' in data.csv:2:1 matches no indicator of the model; did you mean 'gdp'?",
    );
    expect(problems("指标,2018\ngdp,1\n", "  - { from: data.csv, columns: { gdp: gpd } }")[0]).toContain(
      "columns maps 'gdp' to 'gpd', which is not an indicator of the model",
    );
  });

  it("a table whose layout cannot be told, an empty file and a quote left open", () => {
    expect(problems("名称,数量\ngdp,1\n")[0]).toContain("data_layout");
    expect(problems("")[0]).toContain("data.csv holds no table");
    expect(problems('指标,2018\ngdp,"1\n')[0]).toContain("data.csv:2:5  error  data_unreadable");
  });

  it("a percentage written bare above 1 without a unit is the model's percent slip, at the data cell", () => {
    const out = problems("指标,2018\n城镇化率,58.2\n");
    expect(out[0]).toContain("data.csv:2:6  error  percent_slip");
  });

  it("a year outside the timeline, at the data cell", () => {
    expect(problems("指标,2010\ngdp,1\n")[0]).toMatch(/^data\.csv:2:5 {2}error {2}year_outside_timeline/);
  });

  it("a data file not given, or a definition built without reading its data", () => {
    expect(() => parseModelText(MODEL("  - from: data.csv"), "m.yaml")).toThrow(
      /the data file data\.csv that the model names was not given/,
    );
    const definition = {
      years: [2020, 2021],
      baseYear: 2020,
      data: [{ from: "h.csv" }],
      indicators: { a: { value: 1 } },
    };
    try {
      buildModel(definition);
      expect.unreachable();
    } catch (error) {
      expect((error as ModelError).issues[0]!.code).toBe("data_unreadable");
      expect((error as ModelError).issues[0]!.hint).toContain("loadModel");
    }
  });
});

describe("loadModel reads the data files next to the model", () => {
  it("reads a CSV saved as GBK, relative to the model file", () => {
    // "指标,2018\n地区生产总值,1012.4\n" in GB18030, as Excel saves CSV on a Chinese system.
    const bytes = Buffer.from("d6b8b1ea2c323031380ab5d8c7f8c9fab2fad7dcd6b52c313031322e340a", "hex");
    writeFileSync(join(folder, "gbk.csv"), bytes);
    writeFileSync(join(folder, "model.yaml"), MODEL("  - from: gbk.csv"));
    const model = loadModel(join(folder, "model.yaml"));
    expect(model.run().get("gdp", 2018)).toBe(1012.4);
    expect(model.structure.definition).toBeDefined();
  });

  it("names a missing data file with its path", () => {
    writeFileSync(join(folder, "missing.yaml"), MODEL("  - from: nowhere.csv"));
    expect(() => loadModel(join(folder, "missing.yaml"))).toThrow(
      /cannot read the data file .*nowhere\.csv: no such file/,
    );
  });
});

describe("the county-data example", () => {
  it("reads its history from history.csv and meets its three targets", () => {
    const model = loadModel(new URL("../../examples/county-data/model.yaml", import.meta.url).pathname);
    const run = model.run();
    expect(run.get("gdp", 2017)).toBe(1068.9);
    expect(run.get("urbanization", 2020)).toBe(0.63);
    expect(run.get("energy_intensity", 2016)).toBeCloseTo(312.5 / 1012.4, 12);
    expect(run.targets.map((t) => [t.id, t.met])).toEqual([
      ["growth", true],
      ["re_share_2025", true],
      ["intensity", true],
    ]);
  });
});
