import { EXCEL_MISSING } from "../formula/index.js";

/*
 * A cell without a value is blank in the workbook, not `#N/A`: each computed cell shows its formula's errors as an
 * empty text, and each formula reads a cell that may be blank as its number or, where it holds none, as the
 * spreadsheet's missing value. Inside a formula a gap still passes on as it does in plansheet, so a cell is blank
 * exactly where plansheet's has no value.
 */

/** A computed cell's formula, showing an empty text where it has no value (`#N/A`, a division by zero). */
export function blankOnError(formula: string): string {
  return `IFERROR(${formula},"")`;
}

/**
 * A read of the cell at `address` as a formula uses it: the number it holds, or missing where it holds none (a
 * blank gap, an empty text) when it `mayBeBlank`; divided by `scale` where the cell holds a multiple of
 * plansheet's value (a change in percentage points held in points).
 */
export function numberRead(address: string, mayBeBlank: boolean, scale: number): string {
  const read = mayBeBlank ? `IF(ISNUMBER(${address}),${address},${EXCEL_MISSING})` : address;
  return scale === 1 ? read : `(${read}/${scale})`;
}

/** A formula for a cell that holds a multiple of its value: `(formula)*100` for points. */
export function scaledFormula(formula: string, scale: number): string {
  return scale === 1 ? formula : `(${formula})*${scale}`;
}
