import { describe, expect, it } from "vitest";
import { type Issue, ModelError, parseModelText } from "../../src/index.js";
import { convertedText } from "../../src/io/data-units.js";
import { formatIssue } from "../../src/render/index.js";
import { DATA_MODEL as MODEL } from "../data-model.js";

/** A model over 2018–2022 (gdp in 亿元, share in %, jobs in 万人) reading data.csv with the data entry given. */
function modelFrom(csv: string, entry = "  - from: data.csv"): ReturnType<typeof parseModelText> {
  return parseModelText(MODEL(entry), "model.yaml", { data: { "data.csv": csv } });
}

/** The issues a model with this CSV gives. */
function issuesOf(csv: string, entry = "  - from: data.csv"): Issue[] {
  try {
    modelFrom(csv, entry);
  } catch (error) {
    if (error instanceof ModelError) return [...error.issues];
    throw error;
  }
  return [];
}

const TITLED =
  "表3-1 地区生产总值（2016—2023年）,,,\n,,,\n单位：亿元,,,\n指标,2018年,2019年,2020年\n地区生产总值,1012.4,1068.9,1131.5\n";

describe("yearbook tables: title lines above the header", () => {
  it("skips a title, blank rows and a unit line, and finds the header by its years", () => {
    const run = modelFrom(TITLED).run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
    expect(run.get("gdp", 2020)).toBe(1131.5);
  });

  it("keeps every problem at its true line below the title lines", () => {
    const [issue] = issuesOf(TITLED.replace("1068.9", "1O68.9"));
    expect(formatIssue(issue!)).toContain("data.csv:5:15  error  data_not_a_number  gdp (2019)");
  });

  it("finds a header of names above a column of years, and skips a note under the table", () => {
    const csv =
      "表2 主要指标,,\n资料来源：县统计局,,\n年份,地区生产总值（亿元）,城镇化率(%)\n2018,1012.4,58.2\n2019,1068.9,59.6\n注：按当年价格计算。,,\n";
    const run = modelFrom(csv).run();
    expect(run.get("gdp", 2019)).toBe(1068.9);
    expect(run.get("share", 2018)).toBe(0.582);
  });

  it("finds a long table's header below its title", () => {
    const run = modelFrom("某县主要指标,,\n指标,年份,数值\ngdp,2018,1012.4\n").run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
  });

  it("says when no header can be found: the file and the lines looked at, none of their text", () => {
    const issues = issuesOf("表3-1 地区生产总值（秘密）\n单位：亿元\n地区生产总值,1012.4,1068.9\n");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("data_layout");
    expect(issues[0]!.file).toBe("data.csv");
    expect(issues[0]!.message).toBe(
      "no header row found in data.csv: lines 1–3 were looked at, and none holds years across (2016 or 2016年), 年份 or names above a column of years, or the columns 指标, 年份 and 数值; line 3 holds figures but no header came before it",
    );
    expect(JSON.stringify(issues)).not.toContain("秘密");
  });
});

describe("yearbook tables: ignore", () => {
  const REMARKS = "指标,单位,2018年,2019年,备注\n地区生产总值,亿元,1012.4,1068.9,初步核算数\n";

  it("skips a remarks column of a table with years across", () => {
    expect(modelFrom(REMARKS, "  - { from: data.csv, ignore: [备注] }").run().get("gdp", 2019)).toBe(1068.9);
    const [issue] = issuesOf(REMARKS);
    expect(formatIssue(issue!)).toContain("data.csv:1:19  error  data_missing_year");
    expect(issue!.hint).toContain("ignore: ['备注']");
  });

  it("skips a row of a table with years down, and a column of it", () => {
    const csv = "年份,地区生产总值,备注\n2018,1012.4,初步\n合计,2081.3,\n";
    const run = modelFrom(csv, "  - { from: data.csv, ignore: [合计, 备注] }").run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
  });
});

describe("yearbook tables: missing", () => {
  const DASHES = "指标,2018,2019,2020\n地区生产总值,1012.4,—,...\n城镇化率,58.2%,…,n/a\n";

  it("reads the signs it names as years not reported, and still refuses any other text at its place", () => {
    const issues = issuesOf(DASHES, '  - { from: data.csv, missing: ["—", "…"] }');
    expect(issues.map((i) => [i.code, i.file, i.line, i.column, i.indicator, i.year])).toEqual([
      ["data_not_a_number", "data.csv", 3, 14, "share", 2020],
    ]);
    expect(issues[0]!.message).toBe("'n/a' for share in 2020 is not a number");
    const run = modelFrom(DASHES.replace("n/a", ""), '  - { from: data.csv, missing: ["—", "…"] }').run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
    // "..." is "…" written with three full stops: the same sign.
    expect(run.get("gdp", 2020)).toBeNull();
    expect(run.get("share", 2019)).toBeNull();
    expect(run.reason("share", 2019)).toBeDefined();
  });

  it("has no default signs: without missing, a dash is an error whose hint says how to name it", () => {
    const [issue] = issuesOf("指标,2018\n地区生产总值,—\n");
    expect(issue!.code).toBe("data_not_a_number");
    expect(issue!.hint).toContain("missing: ['—']");
  });

  it("quotes no more of a cell at fault than its start", () => {
    const long = `机密${"x".repeat(500)}`;
    const [issue] = issuesOf(`指标,2018\n地区生产总值,${long}\n`);
    expect(issue!.message).toBe(`'机密${"x".repeat(38)}…' for gdp in 2018 is not a number`);
    expect(JSON.stringify(issue)).not.toContain("x".repeat(41));
  });
});

describe("yearbook tables: unit", () => {
  it("converts a table in 万元 into the model's 亿元 exactly, in float and in decimal", () => {
    const model = modelFrom("指标,2018,2019\n地区生产总值,10124000,0.3\n", "  - { from: data.csv, unit: 万元 }");
    const run = model.run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
    // 0.3 / 10000 in floats is 0.000029999999999999997; the printed decimal scaled exactly is 0.00003.
    expect(run.get("gdp", 2019)).toBe(0.00003);
    expect(model.run({ mode: "decimal" }).get("gdp", 2019)!.toString()).toBe("0.00003");
  });

  it("multiplies where the model's unit is the larger: 人 into 万人", () => {
    const run = modelFrom("指标,2018\n城镇新增就业,13000\n", "  - { from: data.csv, unit: 人 }").run();
    expect(run.get("jobs", 2018)).toBe(1.3);
  });

  it("reads a unit line as the table's unit: converted when unit: agrees, refused unasked or when it disagrees", () => {
    const csv = "表3-1 地区生产总值,,\n单位：万元,,\n指标,2018年,2019年\n地区生产总值,10124000,10689000\n";
    expect(modelFrom(csv, "  - { from: data.csv, unit: 万元 }").run().get("gdp", 2019)).toBe(1068.9);
    const [unasked] = issuesOf(csv);
    expect(formatIssue(unasked!)).toContain("data.csv:4:1  error  data_unit");
    expect(unasked!.message).toBe(
      "data.csv:4:1 gives gdp in 万元 (the unit line at data.csv:2:1), but the model's unit for it is 亿元",
    );
    expect(unasked!.hint).toContain("add unit: 万元");
    const [disagrees] = issuesOf(csv, "  - { from: data.csv, unit: 亿元 }");
    expect(disagrees!.message).toBe("data.csv:2:1 states the table's unit as 万元, but its data entry says unit: 亿元");
  });

  it("refuses a unit of another dimension, naming the file, the indicator and both units", () => {
    const issues = issuesOf("指标,2018\n地区生产总值,10124000\n城镇化率,58.2\n", "  - { from: data.csv, unit: 万元 }");
    expect(issues.map((i) => [i.code, i.file, i.line, i.column, i.indicator])).toEqual([
      ["data_unit", "data.csv", 3, 1, "share"],
    ]);
    expect(issues[0]!.message).toBe(
      "share in data.csv is given in 万元, which cannot be converted into %, the model's unit for it: they measure different things",
    );
  });

  it("scales a printed decimal by an exact factor, rounding to 34 digits only when no finite decimal exists", () => {
    const tenThousandth = { num: 1n, den: 10_000n };
    expect(convertedText("0.3", tenThousandth)).toBe("0.00003");
    expect(convertedText("-1234.5", { num: 10_000n, den: 1n })).toBe("-12345000");
    expect(convertedText("12.5%", tenThousandth)).toBe("0.0000125");
    expect(convertedText("123456789012345678901234567890.123456789", tenThousandth)).toBe(
      "12345678901234567890123456.7890123456789",
    );
    expect(convertedText("10", { num: 1n, den: 15n })).toBe("0.6666666666666666666666666666666667");
  });
});
