/** The byte order mark: Excel reads a CSV file as UTF-8, and its Chinese correctly, only when it starts with one. */
export const UTF8_BOM = "\uFEFF";

/** One cell of a CSV row: text, a number (written in full, as JSON writes it), a truth value, or empty. */
export type CsvCell = string | number | boolean | null;

/**
 * A cell as CSV writes it (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. Text that a
 * spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a carriage return) is written after a
 * single quote, as OWASP advises, so that opening the file runs nothing; numbers are numbers.
 */
function cellText(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`a CSV cell must be a finite number, got ${cell}`);
    return String(cell);
  }
  const raw = String(cell);
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$|^'/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text in tidy long form, with a header: fields quoted as RFC 4180 says, lines ending in a line feed
 * (which Excel, LibreOffice, pandas and R read, and which a terminal prints as it is), numbers written in full
 * (a share of 48.08% is 0.4808, as in JSON), a missing value is an empty cell. Prefix {@link UTF8_BOM} for a file
 * Excel opens.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cellText).join(",")).join("\n")}\n`;
}
