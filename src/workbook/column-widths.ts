import type { PlannedCell } from "./cells.js";

/** Characters a spreadsheet draws twice as wide as a digit: Chinese, Japanese and Korean, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** How wide a text is in a spreadsheet's columns: a Chinese (or other wide) character counts two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** What a cell shows, as text: its value through its number format. */
function shownText(cell: PlannedCell): string {
  const value = cell.kind === "value" ? cell.value : cell.result;
  if (value === null || value === "") return "";
  if (typeof value === "string") return value;
  if (cell.format) return cell.format.shown(value);
  return String(value);
}

/** Room beside a column's widest text: for the cell's padding, a bold header, and a number that grows when edited. */
const PADDING = 3;
/** The narrowest and widest a column is made; a longer text runs into the cell beside it or is cut. */
const NARROWEST = 6;
const WIDEST = 60;

/**
 * The width of each column of a sheet's cells, in characters of the default font: the widest text a cell of the
 * column shows (its header, a label, a number as its format shows it), with room to spare, within bounds.
 */
export function columnWidths(cells: ReadonlyMap<string, PlannedCell>): number[] {
  const widths: number[] = [];
  for (const [address, cell] of cells) {
    const letters = /^[A-Z]+/.exec(address)![0];
    let column = 0;
    for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
    const width = Math.min(WIDEST, Math.max(NARROWEST, textWidth(shownText(cell)) + PADDING));
    widths[column - 1] = Math.max(widths[column - 1] ?? NARROWEST, width);
  }
  return Array.from(widths, (w) => w ?? NARROWEST);
}
