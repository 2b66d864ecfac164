import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModelError } from "../../src/index.js";
import { loadModelAsync } from "../../src/node.js";
import { readWorkbookGrid } from "../../src/xlsx.js";
import { DATA_MODEL as MODEL } from "../data-model.js";

const folder = mkdtempSync(join(tmpdir(), "plansheet-yearbook-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a workbook whose sheets are filled by `fill`. */
async function writeBook(name: string, fill: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  fill(book);
  writeFileSync(join(folder, name), new Uint8Array(await book.xlsx.writeBuffer()));
}

async function issuesOf(path: string): Promise<string[]> {
  try {
    await loadModelAsync(path);
  } catch (error) {
    if (error instanceof ModelError) return error.issues.map((i) => `${i.code}: ${i.file}:${i.cell}: ${i.message}`);
    throw error;
  }
  return [];
}

beforeAll(async () => {
  // A yearbook's sheet: a title merged across the table, the unit at the right of the next row, the header on row 3,
  // a remarks column, a dash for a year not reported.
  await writeBook("yearbook.xlsx", (book) => {
    const sheet = book.addWorksheet("GDP");
    sheet.getCell("A1").value = "表3-1 地区生产总值（2018—2020年）";
    sheet.mergeCells("A1:E1");
    sheet.getCell("E2").value = "单位：万元";
    sheet.getRow(3).values = ["指标", "2018年", "2019年", "2020年", "备注"];
    sheet.getRow(4).values = ["地区生产总值", 10124000, 10689000, "—", "初步核算"];
    const bare = book.addWorksheet("bare");
    bare.getCell("A1").value = "表3-2 主要指标（机密）";
    bare.getRow(2).values = ["地区生产总值", 1012.4, 1068.9];
    const merged = book.addWorksheet("merged");
    merged.getCell("A1").value = "2023年";
    merged.mergeCells("A1:D1");
  });
});

describe("a yearbook's sheet", () => {
  it("is read without a range: its merged title and unit line skipped, 万元 converted, the dash a gap, 备注 ignored", async () => {
    const path = join(folder, "model.yaml");
    writeFileSync(path, MODEL('  - { from: yearbook.xlsx, sheet: GDP, unit: 万元, missing: ["—"], ignore: [备注] }'));
    const run = (await loadModelAsync(path)).run();
    expect(run.get("gdp", 2018)).toBe(1012.4);
    expect(run.get("gdp", 2019)).toBe(1068.9);
    expect(run.get("gdp", 2020)).toBeNull();
  });

  it("refuses its unit line's 万元 unasked, at the cell of the row's name", async () => {
    const path = join(folder, "unasked.yaml");
    writeFileSync(path, MODEL('  - { from: yearbook.xlsx, sheet: GDP, missing: ["—"], ignore: [备注] }'));
    const issues = await issuesOf(path);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^data_unit: \S*yearbook\.xlsx:GDP!A4: \S*yearbook\.xlsx:GDP!A4 gives gdp in 万元 \(the unit line at \S*yearbook\.xlsx:GDP!E2\), but the model's unit for it is 亿元$/,
    );
  });

  it("without a header: names the file, the sheet and the rows looked at, and quotes none of them", async () => {
    const path = join(folder, "bare.yaml");
    writeFileSync(path, MODEL("  - { from: yearbook.xlsx, sheet: bare }"));
    const issues = await issuesOf(path);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^data_layout: \S*yearbook\.xlsx:bare!A1: no header row found in \S*yearbook\.xlsx: rows 1–2 of sheet bare were looked at, and none holds years across/,
    );
    expect(issues[0]).toContain("row 2 of sheet bare holds figures but no header came before it");
    expect(issues[0]).not.toContain("机密");
  });

  it("reads a merged cell once, in its first cell, as CSV saves it", async () => {
    const read = await readWorkbookGrid(readFileSync(join(folder, "yearbook.xlsx")), "yearbook.xlsx", {
      sheet: "merged",
      range: "A1:D1",
    });
    expect(read.grid!.rows).toEqual([["2023年", "", "", ""]]);
  });
});

describe("the README's data: example", () => {
  it("reads the three tables it names, as written there", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const block = /### Reported values from a table[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block).toContain("ignore: [备注]");
    const model = `years: [2018, 2022]
baseYear: 2020
${block}indicators:
  gdp: { label: 地区生产总值, unit: 亿元, projection: "gdp[t-1] * 1.05" }
  share: { label: 城镇化率, unit: "%" }
  jobs: { label: 城镇新增就业, unit: 万人 }
  revenue: { label: 一般公共预算收入, unit: 亿元 }
`;
    writeFileSync(join(folder, "readme.yaml"), model);
    writeFileSync(join(folder, "history.csv"), "指标,单位,2018年,2019年,2020年\n城镇新增就业,万人,1.2,1.3,1.4\n");
    writeFileSync(
      join(folder, "表3-1.csv"),
      "表3-1 一般公共预算收入（2018—2020年）,,,\n单位：万元,,,\n指标,2018年,2019年,2020年\n一般公共预算收入,856300,—,…\n",
    );
    await writeBook("统计年鉴.xlsx", (book) => {
      book.addWorksheet("说明").getCell("A1").value = "notes";
      const sheet = book.addWorksheet("主要指标");
      sheet.getCell("A1").value = "某县主要经济指标（2018—2022年）";
      sheet.mergeCells("A1:H1");
      sheet.getRow(3).values = ["指标", "单位", "2018年", "2019年", "2020年", "2021年", "2022年", "备注"];
      sheet.getRow(4).values = ["GDP总量", "亿元", 1012.4, 1068.9, 1131.5, null, null, "2020年为初步核算数"];
      sheet.getRow(5).values = ["城镇化率", "%", 58.2, 59.6, 60.9, null, null, "常住人口口径"];
    });
    const run = (await loadModelAsync(join(folder, "readme.yaml"))).run();
    expect(run.get("jobs", 2019)).toBe(1.3);
    expect(run.get("gdp", 2020)).toBe(1131.5);
    expect(run.get("share", 2019)).toBe(0.596);
    expect(run.get("revenue", 2018)).toBe(85.63);
    expect(run.get("revenue", 2019)).toBeNull();
    expect(run.get("revenue", 2020)).toBeNull();
  });
});
