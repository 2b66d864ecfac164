/**
 * `plansheet/xlsx`: a model written as an Excel workbook with live formulas, by exceljs, an optional peer dependency
 * loaded on first use (`npm install exceljs@4`). See `workbookPlan` for what the workbook holds.
 */
import type { Model } from "./evaluation/index.js";
import { workbookPlan, type CellStyle, type PlannedCell, type WorkbookOptions } from "./workbook/index.js";

/** Options of {@link toWorkbook}. */
export interface XlsxOptions extends WorkbookOptions {
  /**
   * Write plansheet's values with the formulas (default true), so that viewers that never recalculate show them.
   * `false` leaves every formula to be computed by the spreadsheet.
   */
  readonly cachedValues?: boolean;
}

type Cell = { value: unknown; numFmt: string; font: unknown; fill: unknown; alignment: unknown };
type Sheet = { getCell(address: string): Cell; getColumn(n: number): { width: number } };
type ExcelModule = {
  Workbook: new () => {
    addWorksheet(name: string, options: unknown): Sheet;
    definedNames: { add(range: string, name: string): void };
    calcProperties: { fullCalcOnLoad?: boolean };
    xlsx: { writeBuffer(): Promise<ArrayBuffer> };
  };
};

const FILLS: Partial<Record<CellStyle, string>> = { input: "FFFFF2CC", history: "FFEFF5FB", header: "FFE8E8ED" };

/** exceljs, loaded once; a missing package is an error that says what to install. */
async function excel(): Promise<ExcelModule> {
  try {
    const loaded = (await import("exceljs")) as unknown as { default?: ExcelModule } & ExcelModule;
    return loaded.default ?? loaded;
  } catch (error) {
    throw new Error(`writing a workbook needs the package 'exceljs', which is not installed: npm install exceljs@4 (${(error as Error).message})`);
  }
}

function cellValue(cell: PlannedCell, cached: boolean): unknown {
  if (cell.kind === "value") return cell.value;
  if (!cached) return { formula: cell.formula };
  return { formula: cell.formula, result: cell.result === null ? { error: "#N/A" } : cell.result };
}

/**
 * The model as an xlsx file's bytes: an Inputs sheet with a defined name for every input of every scenario, one
 * sheet per scenario with live formulas, and a Targets sheet; frozen headers, number formats by unit, column
 * widths that fit Chinese labels, inputs and reported values shaded.
 * @throws PlansheetError naming a formula Excel cannot express; Error when exceljs is not installed.
 */
export async function toWorkbook(model: Model, options: XlsxOptions = {}): Promise<Uint8Array> {
  const plan = workbookPlan(model, options);
  const { Workbook } = await excel();
  const workbook = new Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const planned of plan.sheets) {
    const sheet = workbook.addWorksheet(planned.name, { views: [{ state: "frozen", xSplit: planned.frozen.columns, ySplit: planned.frozen.rows }] });
    planned.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    for (const [address, cell] of planned.cells) {
      const target = sheet.getCell(address);
      target.value = cellValue(cell, options.cachedValues !== false);
      const row = Number(/\d+$/.exec(address)![0]);
      const format = planned.formats.get(row);
      if (format && !/^[ABC]\d/.test(address) && typeof (cell.kind === "value" ? cell.value : cell.result) !== "boolean") target.numFmt = format;
      if (cell.style === "header") target.font = { bold: true };
      const fill = cell.style ? FILLS[cell.style] : undefined;
      if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    }
  }
  for (const [name, range] of plan.names) workbook.definedNames.add(range, name);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
