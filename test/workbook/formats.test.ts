import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { loadModel } from "../../src/node.js";
import { parseUnit } from "../../src/units/index.js";
import { marginFormat, valueFormat } from "../../src/workbook/number-formats.js";
import { toWorkbook } from "../../src/xlsx.js";

const model = loadModel(`${__dirname}/../../examples/mentougou-2021/model.yaml`);
const first = model.structure.timeline.first;
const POINTS = '0.00"个百分点"';
const SIGNED_POINTS = '+0.00"个百分点";-0.00"个百分点";0.00"个百分点"';

/** A written workbook, read back by exceljs. */
async function written(m = model, scenarios = m.runnableScenarios): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await toWorkbook(m, { scenarios })).buffer as ArrayBuffer);
  return workbook;
}

/** The row whose id column holds `id`. */
function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === id) found = row;
  });
  expect(found, `${id} in ${sheet.name}`).toBeDefined();
  return found!;
}

/** The cell of an indicator in a year of a scenario's sheet. */
const cellOf = (sheet: ExcelJS.Worksheet, id: string, year: number) => rowOf(sheet, id).getCell(4 + year - first);

/** A formula cell's cached result (`cell.value.result` leaves out a cached FALSE). */
const resultOf = (cell: ExcelJS.Cell): unknown => cell.result;

/** A column's width in characters, as wide as a text in it is: a Chinese character counts two. */
const widthOf = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

describe("the workbook's number formats", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await written();
  });

  it("shows a percentage as a percentage, and a change in percentage points in points with its word", () => {
    const baseline = workbook.getWorksheet("baseline")!;
    const share = cellOf(baseline, "re_share", 2025);
    expect(share.numFmt).toBe("0.00%");
    expect(resultOf(share)).toBe(model.run().get("re_share", 2025));
    // a planner's 0.55个百分点 is held as 0.55 in the Inputs sheet, and read back as plansheet's ratio
    const gain = rowOf(workbook.getWorksheet("Inputs")!, "forest_cover_gain").getCell(5);
    expect(gain.value).toBe(0.55);
    expect(gain.numFmt).toBe(POINTS);
    expect(cellOf(baseline, "forest_cover_gain", 2022).numFmt).toBe(POINTS);
    const [cover, gained] = [rowOf(baseline, "forest_cover").number, rowOf(baseline, "forest_cover_gain").number];
    expect((cellOf(baseline, "forest_cover", 2022).value as { formula: string }).formula).toBe(
      `IFERROR((I${cover}+(J${gained}/100)),"")`,
    );
    const change = cellOf(baseline, "construction_investment_share_change", 2021);
    expect(change.numFmt).toBe(POINTS);
    expect(resultOf(change)).toBeCloseTo(28.4, 12);
  });

  it("shows counts of whole things whole (a fraction of them with a decimal), levels with two decimals or four below 1", () => {
    const baseline = workbook.getWorksheet("baseline")!;
    expect(cellOf(baseline, "specialized_firms", 2025).numFmt).toBe("#,##0");
    expect(rowOf(workbook.getWorksheet("Inputs")!, "specialized_firms_added").getCell(5).numFmt).toBe("#,##0");
    // half a hotel a year: 0.5, 1.0, 1.5
    expect(cellOf(baseline, "four_star_hotels_opened", 2025).numFmt).toBe("#,##0.0#");
    expect(cellOf(baseline, "gdp", 2025).numFmt).toBe("#,##0.00");
    expect(cellOf(baseline, "energy_intensity", 2025).numFmt).toBe("0.0000");
  });

  it("writes met as TRUE/FALSE formulas with booleans cached, and each margin signed in its target's unit", () => {
    const targets = workbook.getWorksheet("Targets")!;
    const outcomes = model.run().targets;
    let booleans = 0;
    for (const outcome of outcomes) {
      const met = rowOf(targets, outcome.id).getCell(5);
      expect(met.numFmt).toBe('"TRUE";"TRUE";"FALSE"');
      expect(resultOf(met)).toBe(outcome.met);
      if (typeof resultOf(met) === "boolean") booleans++;
    }
    expect(booleans).toBe(outcomes.length);
    const share = rowOf(targets, "re_share_below_10_2025").getCell(6);
    expect(share.numFmt).toBe(SIGNED_POINTS);
    expect(resultOf(share)).toBeCloseTo(outcomes.find((t) => t.id === "re_share_below_10_2025")!.margin! * 100, 12);
    const money = rowOf(targets, "three_industries_400").getCell(6);
    expect(money.numFmt).toBe('+#,##0.00"亿元";-#,##0.00"亿元";#,##0.00"亿元"');
    expect(resultOf(money)).toBeCloseTo(-26.752, 9);
    expect(rowOf(targets, "specialized_firms_50_2025").getCell(6).numFmt).toBe('+#,##0"家";-#,##0"家";#,##0"家"');
  });

  it("leaves a cell without a value blank, with plansheet's reason in its note, and caches no error anywhere", () => {
    const baseline = workbook.getWorksheet("baseline")!;
    // a year before the data: a formula that shows "" with the reason
    const before = cellOf(baseline, "re_va", 2016);
    expect(resultOf(before) ?? "").toBe("");
    expect(before.note).toBe(`无值 no value: ${model.run().reason("re_va", 2016)}`);
    // a year without any rule: a blank cell, shaded, with the reason
    const gap = cellOf(baseline, "construction_investment_share", 2017);
    expect(gap.value).toBeNull();
    expect(gap.note).toMatch(/^无值 no value: no reported value/);
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { error?: string; result?: { error?: string } } | null;
          expect(value?.error ?? value?.result?.error, `${sheet.name}!${cell.address}`).toBeUndefined();
        }),
      );
  });

  it("leaves a target without a verdict blank, with its reason", async () => {
    const m = buildModel({
      years: [2020, 2023],
      baseYear: 2021,
      indicators: { x: { unit: "亿元", history: { 2021: 100 } } },
      targets: { x_100: { check: "x[2023] >= 100" } },
    });
    const targets = (await written(m)).getWorksheet("Targets")!;
    const met = rowOf(targets, "x_100").getCell(5);
    expect(resultOf(met) ?? "").toBe("");
    expect(met.note).toBe(`无值 no value: ${m.run().targets[0]!.reason}`);
  });

  it("makes every column as wide as its header and the numbers it shows", () => {
    for (const sheet of workbook.worksheets) {
      sheet
        .getRow(1)
        .eachCell((header, column) =>
          expect(sheet.getColumn(column).width, `${sheet.name} ${String(header.value)}`).toBeGreaterThanOrEqual(
            widthOf(String(header.value)) + 2,
          ),
        );
    }
    const baseline = workbook.getWorksheet("baseline")!;
    // the widest number of a year's column: 28.40个百分点
    for (let year = first; year <= model.structure.timeline.last; year++)
      expect(baseline.getColumn(4 + year - first).width).toBeGreaterThanOrEqual(widthOf("28.40个百分点") + 2);
  });
});

describe("a number format's code and the text it shows", () => {
  const unit = (name: string) => parseUnit(name).unit;

  it("agree for each kind of unit, and margins carry their sign and unit", () => {
    const cases: [ReturnType<typeof valueFormat>, number, string, string][] = [
      [valueFormat(unit("%"), [0.05]), 0.0482, "0.00%", "4.82%"],
      [valueFormat(unit("百分点"), [0.6]), -0.3, POINTS, "-0.30个百分点"],
      [valueFormat(unit("家"), [2, 3]), 1234, "#,##0", "1,234"],
      [valueFormat(unit("座"), [1.5, 3]), 3, "#,##0.0#", "3.0"],
      [valueFormat(unit("亿元"), [276, 300]), 69457.5, "#,##0.00", "69,457.50"],
      [valueFormat(unit("吨标准煤/万元"), [0.23, 0.19]), 0.1925, "0.0000", "0.1925"],
      [marginFormat(unit("%"), [-0.2]), -0.2, SIGNED_POINTS, "-0.20个百分点"],
      [marginFormat(unit("%"), [0]), 0, SIGNED_POINTS, "0.00个百分点"],
      [marginFormat(unit("座"), [-0.5]), -0.5, '+#,##0.0#"座";-#,##0.0#"座";#,##0.0#"座"', "-0.5座"],
      [marginFormat(unit("亿元"), [4.5]), 4.542875, '+#,##0.00"亿元";-#,##0.00"亿元";#,##0.00"亿元"', "+4.54亿元"],
    ];
    for (const [format, value, code, shown] of cases) {
      expect(format.code).toBe(code);
      expect(format.shown(value)).toBe(shown);
    }
  });
});
