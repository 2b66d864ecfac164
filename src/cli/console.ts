import { escapeControls } from "../render/index.js";

/** Where a command writes: standard output for results, standard error for messages. Injected, so tests can capture both. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
  /** Bytes to standard output as they are (a workbook or a PNG written with `-o -`); the process's when absent. */
  bytes?(data: Uint8Array): void;
}

/** The process's own streams. */
export const processConsole: Console = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/**
 * `console` with every control character from a model's labels or a report's quotes written as an escape (see
 * `escapeControls`), so that nothing a command prints can drive the terminal; JSON keeps its data.
 */
export function escapingConsole(console: Console): Console {
  return {
    out: (text) => console.out(escapeControls(text)),
    err: (text) => console.err(escapeControls(text)),
    ...(console.bytes ? { bytes: console.bytes.bind(console) } : {}),
  };
}

/** The width text is laid out in when the output is not a terminal and `COLUMNS` does not say. */
const PIPE_COLUMNS = 80;

/**
 * The terminal columns a command's text is laid out in: unlimited with `--wide`; else the terminal's width; else
 * `COLUMNS` from the environment when it holds a width; else 80 (a pipe, a file, a log).
 */
export function textWidth(wide: boolean | undefined): number {
  if (wide) return Number.POSITIVE_INFINITY;
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  const columns = Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns >= 20 ? columns : PIPE_COLUMNS;
}
