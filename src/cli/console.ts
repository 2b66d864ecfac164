import { escapeControls } from "../render/index.js";

/** Where a command writes: standard output for results, standard error for messages. Injected, so tests can capture both. */
export interface Console {
  out(text: string): void;
  err(text: string): void;
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
  return { out: (text) => console.out(escapeControls(text)), err: (text) => console.err(escapeControls(text)) };
}
