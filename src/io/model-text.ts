import * as z from "zod";
import { makeIssue, type Issue } from "../core/index.js";
import { buildModel, ModelError, type Model } from "../evaluation/index.js";
import { dataSourceSchema, type DataSource } from "../structure/index.js";
import { csvGrid, type GridRead } from "./data-grid.js";
import { applyData } from "./model-data.js";
import { readYamlText, type ReadText } from "./read-text.js";

/** A model file read but not yet built: its data, and the data files (`data:`) whose tables are still to be read. */
export interface ModelFile {
  readonly read: ReadText;
  /** The data files the model names, in order; each needs a {@link GridRead} before the model is built. */
  readonly data: readonly DataSource[];
}

/**
 * Reads the text of a YAML or JSON model file, and lists the data files it names. `file` names it in error messages.
 * @throws ModelError listing every syntax problem, each with its line and column.
 */
export function readModelFile(text: string, file?: string): ModelFile {
  const read = readYamlText(text, file);
  if (read.issues.length > 0 || read.data === undefined) throw new ModelError(read.issues);
  const section = (read.data as { data?: unknown } | null)?.data;
  // A `data` section of the wrong shape reads no file; the model's schema then says what is wrong with it.
  const parsed = z.array(dataSourceSchema).safeParse(section);
  return { read, data: section !== undefined && parsed.success ? parsed.data : [] };
}

/**
 * Builds a model read by {@link readModelFile}, with the tables of its data files (one per entry of `data`, in
 * order) written into its indicators' history.
 * @throws ModelError listing every problem, each at its place in the model file or the data file.
 */
export function buildModelFile(file: ModelFile, tables: readonly GridRead[]): Model {
  const { read, data } = file;
  if (data.length === 0) return buildModel(read.data, read.source);
  const applied = applyData(read.data, data, tables, read.source);
  if (applied.issues.length > 0) throw new ModelError(applied.issues);
  return buildModel(applied.definition, applied.source);
}

/** Options of {@link parseModelText}. */
export interface ParseModelOptions {
  /**
   * Each data file the model names, by the name it gives in `data: - from:`: a CSV file's text, or a table already
   * read (`readWorkbookGrid` of `plansheet/xlsx` reads a workbook's sheet from its bytes).
   */
  readonly data?: Readonly<Record<string, string | GridRead>>;
}

/**
 * Builds a model from the text of a YAML or JSON model file. `file` names it in error messages
 * (`model.yaml:12:22`). CSV data files are given as text in `options.data`; reading files from disk (and
 * workbooks) is `loadModel` / `loadModelAsync` of `plansheet/node`.
 * @throws ModelError listing every problem, each with its line and column.
 */
export function parseModelText(text: string, file?: string, options: ParseModelOptions = {}): Model {
  const model = readModelFile(text, file);
  const tables = model.data.map((source): GridRead => {
    const given = options.data?.[source.from];
    if (typeof given === "string") return csvGrid(given, source.from);
    if (given !== undefined) return given;
    return { issues: [dataNotGiven(source, file)] };
  });
  return buildModelFile(model, tables);
}

function dataNotGiven(source: DataSource, file: string | undefined): Issue {
  return makeIssue("data_unreadable", {
    message: `the data file ${source.from} that the model names was not given`,
    hint: `give its text: parseModelText(text, file, { data: { '${source.from}': csvText } }), or load the model with loadModel of plansheet/node`,
    ...(file ? { file } : {}),
  });
}
