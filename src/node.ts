/**
 * `plansheet/node`: what needs Node.js — reading model files by path. Everything of the browser-safe entry is
 * re-exported, so one import serves a Node script.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { makeIssue, type Issue } from "./core/index.js";
import { ModelError, type Model } from "./evaluation/index.js";
import { claimsDefinitionOf, extractClaims, type ExtractOptions, type Extraction } from "./extraction/index.js";
import { buildModelFile, csvGrid, decodeText, readClaimsText, readModelFile, readReportBytes, verifyClaimsRead, type GridRead } from "./io/index.js";
import type { DataSource } from "./structure/index.js";
import { readWorkbookGrid } from "./xlsx.js";
import { VerificationReport, verifyClaims } from "./verification/index.js";

export * from "./index.js";
export { simulate, simulateInWorkers, type ParallelSimulateOptions } from "./node/simulate-parallel.js";

/** Reads a text file, turning a failure into a {@link ModelError} that names the file. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new ModelError([makeIssue("file_unreadable", { message: `cannot read ${path}: ${reason}`, file: path })]);
  }
}

/**
 * Loads a model from a YAML or JSON file (DESIGN's shape), with the CSV files its `data:` names (relative to it).
 * A model whose data include a workbook is loaded with {@link loadModelAsync}.
 * @throws ModelError listing every problem with its file, line and column — of the model or of a data file — (and
 * `partial` when it can still run).
 */
export function loadModel(path: string): Model {
  const file = readModelFile(readTextFile(path), path);
  return buildModelFile(file, file.data.map((source) => readDataSync(source, path)));
}

/**
 * Loads a model from a YAML or JSON file with every data file its `data:` names: CSV files and xlsx workbooks (read
 * by exceljs, an optional peer: `npm install exceljs@4`).
 * @throws ModelError as {@link loadModel} does.
 */
export async function loadModelAsync(path: string): Promise<Model> {
  const file = readModelFile(readTextFile(path), path);
  const tables: GridRead[] = [];
  for (const source of file.data) {
    if (!isWorkbookPath(source.from)) tables.push(readDataSync(source, path));
    else {
      const at = dataPath(source, path);
      const bytes = readDataBytes(at);
      const where = { ...(source.sheet !== undefined ? { sheet: source.sheet } : {}), ...(source.range !== undefined ? { range: source.range } : {}) };
      tables.push(bytes instanceof Uint8Array ? await readWorkbookGrid(bytes, at, where) : bytes);
    }
  }
  return buildModelFile(file, tables);
}

function isWorkbookPath(path: string): boolean {
  return /\.(?:xlsx|xlsm)$/i.test(path);
}

/** A data file's path as messages name it: relative to the model file, as the model wrote it. */
function dataPath(source: DataSource, modelPath: string): string {
  return isAbsolute(source.from) ? source.from : join(dirname(modelPath), source.from);
}

function readDataBytes(path: string): Uint8Array | GridRead {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { issues: [makeIssue("data_unreadable", { message: `cannot read the data file ${path}: ${reason}`, file: path })] };
  }
}

/** A CSV data file's table (UTF-8, or GB18030 as Excel saves CSV on a Chinese system). */
function readDataSync(source: DataSource, modelPath: string): GridRead {
  const path = dataPath(source, modelPath);
  if (isWorkbookPath(path)) {
    const message = `${path} is a workbook, which loadModel does not read`;
    return { issues: [makeIssue("data_unreadable", { message, hint: "load the model with await loadModelAsync(path), or save the sheet as CSV", file: path })] };
  }
  if (source.sheet !== undefined || source.range !== undefined) {
    return { issues: [makeIssue("data_unreadable", { message: `${path} is a CSV file, which has no sheet or range`, hint: "drop sheet: and range: from its data entry", file: path })] };
  }
  const bytes = readDataBytes(path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const decoded = decodeText(bytes);
  if (!decoded || bytes.includes(0)) {
    return { issues: [makeIssue("data_unreadable", { message: `${path} is not a CSV text file`, hint: "save the sheet as CSV (UTF-8)", file: path })] };
  }
  return csvGrid(decoded.text, path);
}

/** Options of {@link verifyClaimsFile}. */
export interface VerifyFileOptions {
  /** A model (or the path of a model file) overriding the `model:` the claims file names. */
  readonly model?: Model | string;
}

/**
 * Verifies a claims file (YAML or JSON). The model is `options.model`, else the file's own `model:` (relative to
 * the claims file), else none.
 * @throws ModelError when the claims file cannot be read, or the model has errors.
 */
export function verifyClaimsFile(path: string, options: VerifyFileOptions = {}): VerificationReport {
  const claims = readClaimsText(readTextFile(path), path);
  let model: Model | undefined;
  if (typeof options.model === "string") model = loadModel(options.model);
  else if (options.model) model = options.model;
  else if (claims.modelPath !== undefined) model = loadModel(resolve(dirname(path), claims.modelPath));
  return verifyClaimsRead(claims, model ? { model } : {});
}

/** A report's text read from a file and extracted: the extraction (absent when the file is no text) and what happened on the way. */
export interface ExtractedFile {
  readonly extraction?: Extraction;
  readonly issues: readonly Issue[];
}

/** True for a path that names a report's text rather than a claims file: .txt, .text, .md, .html, .htm. */
export function isReportTextPath(path: string): boolean {
  return /\.(?:txt|text|md|html?)$/i.test(path);
}

/**
 * Reads a report's text file (UTF-8, else GB18030/GBK with a warning; HTML with its tags stripped) and extracts its
 * claims. An empty or binary file is an issue naming the file, not an exception; a text without figures a warning.
 * @throws ModelError when the file cannot be read at all.
 */
export function extractClaimsFile(path: string, options: ExtractOptions = {}): ExtractedFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new ModelError([makeIssue("file_unreadable", { message: `cannot read ${path}: ${reason}`, file: path })]);
  }
  const read = readReportBytes(bytes, path);
  if (read.text === undefined) return { issues: read.issues };
  const extraction = extractClaims(read.text, options);
  const empty = extraction.claims.length + extraction.targets.length === 0;
  // what the whole reading rests on that the text does not print, said once
  const assumed = extraction.assumptions.map((message) => makeIssue("report_assumed", { message: `${path}: ${message}`, hint: "give the report's year with --year (and its part of the year with --period)", file: path }));
  return { extraction, issues: [...read.issues, ...assumed, ...(empty ? [makeIssue("report_no_figures", { message: `${path} holds no figure plansheet can read`, file: path })] : [])] };
}

/**
 * Extracts a report's claims from its text and verifies them in one step, with the identities and parts the
 * extraction proposes. The report carries the issues of reading the text too.
 */
export function verifyReportFile(path: string, options: ExtractOptions = {}): { readonly extraction?: Extraction; readonly report: VerificationReport } {
  const { extraction, issues } = extractClaimsFile(path, options);
  if (!extraction) return { report: new VerificationReport([], [], issues) };
  const report = verifyClaims(claimsDefinitionOf(extraction, path));
  return { extraction, report: new VerificationReport(report.checks, report.unchecked, [...issues, ...report.issues]) };
}
