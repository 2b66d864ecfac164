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
