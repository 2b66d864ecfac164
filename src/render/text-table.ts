import { CELL_COLUMNS, clip, displayWidth, pad } from "./text-width.js";

/** A column of a text table: its header and how its cells align. */
export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/**
 * Lays out rows as an aligned plain-text table (CJK-aware widths), with a rule under the header. Plain text
 * only: no colours, no box drawing, so it reads the same in a terminal, a log file and a notebook. A cell wider
 * than {@link CELL_COLUMNS} columns is cut, ending in `…`.
 */
export function formatTable(columns: readonly Column[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((row) => row.map((cell) => clip(cell, CELL_COLUMNS)));
  const widths = columns.map((c) => displayWidth(c.header));
  for (const row of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, displayWidth(row[i] ?? ""));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? "left"))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
