/**
 * `plansheet/xlsx`: a model written as an Excel workbook with live formulas, by exceljs, an optional peer dependency
 * loaded on first use (`npm install exceljs@4`). See `workbookPlan` for what the workbook holds.
 * @module plansheet/xlsx
 */
import { Dec, isModuleNotFound, makeIssue, missingPackageError, type Issue } from "./core/index.js";
import type { Model } from "./evaluation/index.js";
import { cellAddress, parseCellAddress, type GridRead } from "./io/index.js";
import { workbookPlan, type CellStyle, type PlannedCell, type WorkbookOptions } from "./workbook/index.js";

/** Options of {@link toWorkbook}. */
export interface XlsxOptions extends WorkbookOptions {
  /**
   * Write plansheet's values with the formulas (default true), so that viewers that never recalculate show them.
   * `false` leaves every formula to be computed by the spreadsheet.
   */
  readonly cachedValues?: boolean;
}

type Cell = { value: unknown; numFmt: string; font: unknown; fill: unknown; alignment: unknown; note: string };
type Sheet = { getCell(address: string): Cell; getColumn(n: number): { width: number } };
type ExcelModule = {
  Workbook: new () => ReadBook & {
    addWorksheet(name: string, options: unknown): Sheet;
    definedNames: { add(range: string, name: string): void };
    calcProperties: { fullCalcOnLoad?: boolean };
    xlsx: { writeBuffer(): Promise<ArrayBuffer>; load(data: ArrayBuffer | Uint8Array): Promise<unknown> };
  };
};

const FILLS: Partial<Record<CellStyle, string>> = {
  input: "FFFFF2CC",
  history: "FFEFF5FB",
  header: "FFE8E8ED",
  missing: "FFF2F2F2",
};

/** A cell's value as exceljs reads it. */
type ReadValue = null | undefined | number | string | boolean | Date | { [key: string]: unknown };
type ReadSheet = {
  name: string;
  dimensions?: { top: number; left: number; bottom: number; right: number };
  getCell(row: number, column: number): ReadCell;
};
type ReadCell = { value: ReadValue; numFmt?: string; isMerged?: boolean; master?: unknown };
type ReadBook = { worksheets: ReadSheet[]; xlsx: { load(data: ArrayBuffer | Uint8Array): Promise<unknown> } };

/** exceljs, loaded once; a missing package is an error that says what to install. */
async function excel(): Promise<ExcelModule> {
  try {
    const loaded = (await import("exceljs")) as unknown as { default?: ExcelModule } & ExcelModule;
    return loaded.default ?? loaded;
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
    throw missingPackageError("exceljs", "reading or writing a workbook", "npm install exceljs@4");
  }
}

function cellValue(cell: PlannedCell, cached: boolean): unknown {
  if (cell.kind === "value") return cell.value;
  if (!cached) return { formula: cell.formula };
  return { formula: cell.formula, result: cell.result };
}

/**
 * The model as an xlsx file's bytes: an Inputs sheet with a defined name for every input of every scenario, one
 * sheet per scenario with live formulas, and a Targets sheet; frozen headers, number formats by unit (percentages,
 * percentage points, whole counts, TRUE/FALSE), column widths that fit headers and Chinese labels, inputs and
 * reported values shaded, cells without a value blank with the reason in their note.
 * @throws PlansheetError naming a formula Excel cannot express; Error when exceljs is not installed.
 */
export async function toWorkbook(model: Model, options: XlsxOptions = {}): Promise<Uint8Array> {
  const plan = workbookPlan(model, options);
  const { Workbook } = await excel();
  const workbook = new Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const planned of plan.sheets) {
    const sheet = workbook.addWorksheet(planned.name, {
      views: [{ state: "frozen", xSplit: planned.frozen.columns, ySplit: planned.frozen.rows }],
      // printed on A4 across, as wide as the page, the header row on every page
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:1",
      },
    });
    planned.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    for (const [address, cell] of planned.cells) {
      const target = sheet.getCell(address);
      target.value = cellValue(cell, options.cachedValues !== false);
      if (cell.format) target.numFmt = cell.format.code;
      if (cell.note) target.note = cell.note;
      if (cell.style === "header") target.font = { bold: true };
      if (cell.kind === "value" && cell.wrap) target.alignment = { wrapText: true, vertical: "top" };
      const fill = cell.style ? FILLS[cell.style] : undefined;
      if (fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    }
  }
  for (const [name, range] of plan.names) workbook.definedNames.add(range, name);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Which cells of a workbook a data table is: a sheet (default: the first) and a range such as `A3:H20` (default: every used cell). */
export interface WorkbookRange {
  readonly sheet?: string;
  readonly range?: string;
}

/**
 * Reads a range of a workbook's sheet as a data table (see `data:` in a model file): numbers as written (a cell
 * formatted as a percentage as its percentage, `0.123` shown as 12.3% reads as `12.3%`), a formula's saved result,
 * text as text, a merged cell's value in its first cell only (as CSV saves it). Each cell's place is `sheet!C4`. A
 * file that is no workbook, a sheet or range that does not exist, and an empty range are issues naming the file.
 * @throws Error when exceljs is not installed.
 */
export async function readWorkbookGrid(bytes: Uint8Array, file: string, where: WorkbookRange = {}): Promise<GridRead> {
  const fail = (message: string, hint?: string): GridRead => ({
    issues: [makeIssue("data_unreadable", { message, ...(hint ? { hint } : {}), file })],
  });
  // a zip of a few kilobytes may unpack to gigabytes: its parts' sizes are read from its directory first
  const unpacked = unpackedSize(bytes);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) {
    return fail(
      `${file} unpacks to ${(unpacked / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_UNPACKED_BYTES / 1024 / 1024} MB a data workbook may`,
      "save the table's sheet alone, or as CSV",
    );
  }
  const { Workbook } = await excel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    return fail(
      `${file} is not an xlsx workbook (${(error as Error).message})`,
      "save it from Excel or LibreOffice as .xlsx; a CSV file is read as CSV when its name ends in .csv",
    );
  }
  const sheets = workbook.worksheets;
  const sheet = where.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === where.sheet);
  if (!sheet) {
    const names = sheets.map((s) => `'${s.name}'`).join(", ");
    return fail(
      where.sheet === undefined
        ? `${file} holds no sheet`
        : `${file} has no sheet '${where.sheet}'; its sheets are ${names || "none"}`,
    );
  }
  const box = where.range === undefined ? sheet.dimensions : rangeBox(where.range);
  if (!box) {
    return fail(
      where.range === undefined
        ? `sheet '${sheet.name}' of ${file} is empty`
        : `'${where.range}' is not a range of cells`,
      where.range === undefined ? undefined : "write a range as A3:H20",
    );
  }
  const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (cells > MAX_RANGE_CELLS) {
    const what =
      where.range === undefined
        ? `the used cells of sheet '${sheet.name}' (a cell as far as ${cellAddress(box.bottom - 1, box.right - 1)})`
        : `the range ${where.range}`;
    return fail(
      `${what} of ${file} span ${cells.toLocaleString("en")} cells, more than the ${MAX_RANGE_CELLS.toLocaleString("en")} a data table may`,
      "give the table's range with range:, such as A1:H40",
    );
  }
  const rows: string[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: string[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const cell = sheet.getCell(r, c);
      // a merged cell's value is its first cell's, as CSV saves it: exceljs repeats it in every cell of the merge
      row.push(cell.isMerged && cell.master !== cell ? "" : cellText(cell));
    }
    rows.push(row);
  }
  if (rows.every((row) => row.every((cell) => cell === ""))) {
    const cells = where.range === undefined ? "the used cells" : `the range ${where.range}`;
    return fail(`${cells} of sheet '${sheet.name}' in ${file} hold no values`);
  }
  const sheetName = /^[\p{L}\p{N}_]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  const place = (r: number, c: number) => ({
    file,
    cell: `${sheetName}!${cellAddress(box.top - 1 + r, box.left - 1 + c)}`,
  });
  return { grid: { file, rows, place }, issues: [] as Issue[] };
}

/** The most cells a data range may span. */
const MAX_RANGE_CELLS = 1_000_000;
/** The most a data workbook may unpack to. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * The total unpacked size of a zip's parts, from its central directory (the sizes each entry declares; ZIP64 entries,
 * which declare 0xFFFFFFFF, count as that much), or `undefined` when the bytes hold no directory (exceljs then says
 * the file is no workbook).
 */
function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-directory record: its signature within the last 64 KB and 22 bytes
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65_557); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let k = 0; k < entries && at + 46 <= bytes.length; k++) {
      if (view.getUint32(at, true) !== 0x02014b50) return undefined;
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/** The 1-based bounds of `A3:H20` (or of one cell, `B2`), or `undefined` when the text is no range. */
function rangeBox(range: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = range.split(":");
  const a = parseCellAddress(from ?? "");
  const b = parseCellAddress(to ?? "");
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row) + 1,
    left: Math.min(a.column, b.column) + 1,
    bottom: Math.max(a.row, b.row) + 1,
    right: Math.max(a.column, b.column) + 1,
  };
}

/** A cell's value as the text a table printed: a percentage-formatted number as its percentage, a formula's saved result. */
function cellText(cell: { value: ReadValue; numFmt?: string }): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number")
    return cell.numFmt?.includes("%") ? `${new Dec(value).times(100).toString()}%` : String(value);
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("result" in value && value.result !== undefined)
    return cellText({ value: value.result as ReadValue, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) });
  if ("formula" in value || "sharedFormula" in value) return `=${String(value.formula ?? value.sharedFormula)}`;
  if ("richText" in value)
    return (value.richText as { text: string }[])
      .map((t) => t.text)
      .join("")
      .trim();
  if ("text" in value) return String(value.text).trim();
  if ("error" in value) return String(value.error);
  return String(value);
}
