import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModelError, parseModelText } from "../../src/index.js";
import { readWorkbookGrid } from "../../src/xlsx.js";
import { loadModel, loadModelAsync } from "../../src/node.js";
import { formatIssue } from "../../src/render/index.js";
import { cli } from "../cli/helpers.js";
import { DATA_MODEL as MODEL } from "../data-model.js";

const folder = mkdtempSync(join(tmpdir(), "plansheet-xlsx-data-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  // A statistics bureau's sheet: a title, a blank row, then the table from row 3; shares formatted as percentages,
  // a total as a formula with its saved result.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("说明").getCell("A1").value = "notes";
  const sheet = workbook.addWorksheet("主要指标");
  sheet.getCell("A1").value = "某县主要经济指标";
  sheet.getRow(3).values = ["指标", "2018年", "2019年", "2020年"];
  sheet.getRow(4).values = ["地区生产总值", 1012.4, 1068.9, { formula: "B4+118.6", result: 1131 } as never];
  sheet.getRow(5).values = ["城镇化率", 0.582, 0.596, 0.609];
  for (const c of ["B5", "C5", "D5"]) sheet.getCell(c).numFmt = "0.0%";
  sheet.getRow(7).values = ["地区生产总值", "—", 1068.9, null];
  writeFileSync(join(folder, "data.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
  writeFileSync(join(folder, "not-a-workbook.xlsx"), "指标,2018\ngdp,1\n");
});

function write(name: string, entry: string): string {
  const path = join(folder, name);
  writeFileSync(path, MODEL(entry));
  return path;
}

async function problems(path: string): Promise<string[]> {
  try {
    await loadModelAsync(path);
  } catch (error) {
    if (error instanceof ModelError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe("history read from an xlsx sheet", () => {
  it("reads a range of a named sheet: percent-formatted cells as percentages, formulas by their saved result", async () => {
    const model = await loadModelAsync(write("ok.yaml", "  - { from: data.xlsx, sheet: 主要指标, range: 'A3:D5' }"));
    const run = model.run();
    expect(run.get("gdp", 2019)).toBe(1068.9);
    expect(run.get("gdp", 2020)).toBe(1131);
    expect(run.get("share", 2018)).toBe(0.582);
    expect(run.get("share", 2020)).toBe(0.609);
  });

  it("names the sheet and cell of a bad value", async () => {
    const out = await problems(write("bad.yaml", "  - { from: data.xlsx, sheet: 主要指标, range: 'A3:D7' }"));
    expect(out).toHaveLength(2);
    expect(out.join("\n")).toContain("data.xlsx:主要指标!B7  error  data_not_a_number  gdp (2018)");
    expect(out.join("\n")).toMatch(
      /gdp for 2019 is given twice: by '地区生产总值' at \S*data\.xlsx:主要指标!A4 and by '地区生产总值' at \S*data\.xlsx:主要指标!A7/,
    );
  });

  it("refuses a sheet or range that does not exist, an empty range, and a file that is no workbook", async () => {
    expect((await problems(write("sheet.yaml", "  - { from: data.xlsx, sheet: 指标 }")))[0]).toContain(
      "data.xlsx has no sheet '指标'; its sheets are '说明', '主要指标'",
    );
    expect(
      (await problems(write("range.yaml", "  - { from: data.xlsx, sheet: 主要指标, range: 'A3:ZZZZ9' }")))[0],
    ).toContain("'A3:ZZZZ9' is not a range of cells");
    expect(
      (await problems(write("empty.yaml", "  - { from: data.xlsx, sheet: 主要指标, range: 'H20:J30' }")))[0],
    ).toContain("the range H20:J30 of sheet '主要指标' in");
    const notBook = await problems(write("not.yaml", "  - from: not-a-workbook.xlsx"));
    expect(notBook[0]).toMatch(/not-a-workbook\.xlsx {2}error {2}data_unreadable/);
    expect(notBook[0]).toContain("is not an xlsx workbook");
  });

  it("reads a sheet from bytes for parseModelText, as a browser or notebook would", async () => {
    const bytes = readFileSync(join(folder, "data.xlsx"));
    const table = await readWorkbookGrid(bytes, "data.xlsx", { sheet: "主要指标", range: "A3:D5" });
    const model = parseModelText(MODEL("  - from: data.xlsx"), "model.yaml", { data: { "data.xlsx": table } });
    expect(model.run().get("share", 2019)).toBe(0.596);
  });

  it("loadModel, which is synchronous, says a workbook needs loadModelAsync", () => {
    expect(() => loadModel(write("sync.yaml", "  - { from: data.xlsx, sheet: 主要指标, range: 'A3:D5' }"))).toThrow(
      ModelError,
    );
    try {
      loadModel(join(folder, "sync.yaml"));
    } catch (error) {
      expect((error as ModelError).issues[0]!.hint).toContain("loadModelAsync");
    }
  });

  it("the CLI reads workbook data for every command", async () => {
    const { code, out } = await cli("run", join(folder, "ok.yaml"), "--json");
    expect(code).toBe(0);
    expect((JSON.parse(out) as { values: Record<string, Record<string, number>> }).values.gdp!["2019"]).toBe(1068.9);
  });
});
