/**
 * Finds where a value sits in the file a definition was read from: the 1-based line and column of the value
 * at `path` (e.g. `["indicators", "gdp", "formula"]`), or of the character `offset` inside it when the value
 * is a single-line string. Supplied by the io layer for YAML and JSON files; absent for TypeScript objects. A value
 * read from a data file is found there: the place then names its own `file`, and a workbook's `cell`. Call it only
 * for an issue: the first call may parse the file's text again to find positions.
 * @inline
 */
export type SourceLocator = (path: readonly (string | number)[], offset?: number) => SourcePlace | undefined;

/**
 * Where a value sits: a line and column of the model's file, or of a data file (`file`), or a workbook's `cell`.
 * @inline
 */
export interface SourcePlace {
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
  readonly cell?: string;
}

/**
 * Where a definition came from: its file name (for messages), a locator into the file's text, and the text itself
 * when it was read from text (a worker thread reads the text again rather than receiving the parsed object).
 * @inline
 */
export interface SourceInfo {
  /** The file's name as messages give it. */
  readonly file?: string;
  /** Where a value of the definition sits in the file. */
  readonly locate?: SourceLocator;
  /** The text the definition was read from. */
  readonly text?: string;
}
