/**
 * How many terminal columns a string takes: East Asian wide and full-width characters (汉字, full-width
 * punctuation) take two, combining marks none, everything else one. Enough for aligned tables of Chinese
 * labels without a dependency.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Pads `text` with spaces to `width` columns, on the right (`left`) or the left (`right`). */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** The widest a table cell is printed; a longer one (a formula of a thousand terms) is cut, ending in `…`. */
export const CELL_COLUMNS = 160;

/** `text` cut to at most `columns` terminal columns, ending in `…` when it was cut. */
export function clip(text: string, columns: number): string {
  if (text.length <= columns / 2 || displayWidth(text) <= columns) return text;
  let width = 0;
  let end = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > columns - 1) break;
    width += w;
    end += ch.length;
  }
  return `${text.slice(0, end)}…`;
}

// C0 controls but newline and tab, DEL, C1 controls, and the bidirectional overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character a terminal would act on written as a `\uXXXX` escape: a label holding
 * ESC [31m prints as `\u001b[31m` instead of turning the screen red, and a right-to-left override cannot reorder
 * a table. The same escape means the same character in JSON, so JSON output passed through it keeps its data.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
