import { displayWidth, pad } from "./text-width.js";

/** A column of a text table: its header and how its cells align. */
export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/**
 * Lays out rows as an aligned plain-text table (CJK-aware widths), with a rule under the header. Plain text
 * only: no colours, no box drawing, so it reads the same in a terminal, a log file and a notebook.
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? "left"))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
