/**
 * `plansheet/node`: what needs Node.js — reading model files by path. Everything of the browser-safe entry is
 * re-exported, so one import serves a Node script.
 * @module plansheet/node
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import { makeIssue, type Issue } from "./core/index.js";
import { ModelError, type Model } from "./evaluation/index.js";
import { claimsDefinitionOf, extractClaims, type ExtractOptions, type Extraction } from "./extraction/index.js";
import {
  buildModelFile,
  csvGrid,
  decodeText,
  readClaimsText,
  readModelFile,
  readReportBytes,
  verifyClaimsRead,
  type GridRead,
} from "./io/index.js";
import type { DataSource } from "./structure/index.js";
import { readWorkbookGrid } from "./xlsx.js";
import { VerificationReport, verifyClaims, type ClaimsDefinition } from "./verification/index.js";
import { simulateInWorkers } from "./node/simulate-parallel.js";

export * from "./index.js";
export { simulateInWorkers, type ParallelSimulateOptions } from "./node/simulate-parallel.js";

/**
 * {@link simulateInWorkers} under the name scripts written against earlier versions of `plansheet/node` import.
 * @deprecated `plansheet`'s `simulate` runs in this thread and returns the result; this one returns a promise.
 * Import `simulateInWorkers`, which says so.
 */
export const simulate = simulateInWorkers;

/** Reads a text file (`-`: standard input), turning a failure into a {@link ModelError} that names the file. */
export function readTextFile(path: string): string {
  return new TextDecoder().decode(readFileBytes(path));
}

/** Reads a file's bytes (`-`: standard input), turning a failure into a {@link ModelError} that names the file. */
export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileOrInput(path);
  } catch (error) {
    throw new ModelError([
      makeIssue("file_unreadable", { message: `cannot read ${path}: ${unreadable(error)}`, file: path }),
    ]);
  }
}

/** Why a file could not be read, in words rather than the system's code. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (error as Error).message;
}

/** A file's bytes; `-` is standard input, as on the command line. */
function readFileOrInput(path: string): Uint8Array {
  return readFileSync(path === "-" ? 0 : path);
}

/** What a model's `data:` may read. */
export interface LoadOptions {
  /**
   * Read data files outside the model file's folder too (`../shared/history.csv`, an absolute path). Off by default,
   * so that a model file from elsewhere reads nothing of the machine it is loaded on but its own folder's tables.
   */
  readonly outsideData?: boolean;
}

/** The largest data file read, in bytes: a model's tables, not a database. */
const MAX_DATA_BYTES = 64 * 1024 * 1024;

/**
 * Loads a model from a YAML or JSON file (the model file's shape), with the CSV files its `data:` names (relative to it, in
 * its folder unless `outsideData`). A model whose data include a workbook is loaded with {@link loadModelAsync}.
 * @throws ModelError listing every problem with its file, line and column — of the model or of a data file — (and
 * `partial` when it can still run).
 */
export function loadModel(path: string, options: LoadOptions = {}): Model {
  const file = readModelFile(readTextFile(path), path);
  return buildModelFile(
    file,
    file.data.map((source) => readDataSync(source, path, options)),
  );
}

/**
 * Loads a model from a YAML or JSON file with every data file its `data:` names: CSV files and xlsx workbooks (read
 * by exceljs, an optional peer: `npm install exceljs@4`).
 * @throws ModelError as {@link loadModel} does.
 */
export async function loadModelAsync(path: string, options: LoadOptions = {}): Promise<Model> {
  const file = readModelFile(readTextFile(path), path);
  const tables: GridRead[] = [];
  for (const source of file.data) {
    if (!isWorkbookPath(source.from)) tables.push(readDataSync(source, path, options));
    else {
      const at = dataPath(source, path);
      const bytes = readDataBytes(at, path, options);
      const where = {
        ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
        ...(source.range !== undefined ? { range: source.range } : {}),
      };
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

/**
 * A data file's bytes, once it is known to be a regular file (not a device, a pipe or a folder) of at most
 * {@link MAX_DATA_BYTES}, inside the model's folder (links followed) unless `outsideData`. A file refused is named,
 * its content never quoted.
 */
function readDataBytes(path: string, modelPath: string, options: LoadOptions): Uint8Array | GridRead {
  const refuse = (message: string, hint?: string): GridRead => ({
    issues: [makeIssue("data_unreadable", { message, ...(hint ? { hint } : {}), file: path })],
  });
  try {
    const real = realpathSync(path);
    const folder = realpathSync(dirname(resolve(modelPath)));
    const inside = real === folder || real.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
    if (!inside && !options.outsideData) {
      return refuse(
        `the data file ${path} is outside the model's folder, and is not read`,
        "move it beside the model, or allow data outside its folder (loadModel(path, { outsideData: true }); plansheet --outside-data)",
      );
    }
    const stat = statSync(real);
    if (!stat.isFile()) return refuse(`the data file ${path} is not a regular file`, "name a CSV file or a workbook");
    if (stat.size > MAX_DATA_BYTES)
      return refuse(
        `the data file ${path} is ${(stat.size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_DATA_BYTES / 1024 / 1024} MB a data table may be`,
      );
    return readFileSync(real);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "no such file"
        : ((error as NodeJS.ErrnoException).code ?? "it cannot be read");
    return refuse(`cannot read the data file ${path}: ${reason}`);
  }
}

/** A CSV data file's table (UTF-8, or GB18030 as Excel saves CSV on a Chinese system). */
function readDataSync(source: DataSource, modelPath: string, options: LoadOptions): GridRead {
  const path = dataPath(source, modelPath);
  if (isWorkbookPath(path)) {
    const message = `${path} is a workbook, which loadModel does not read`;
    return {
      issues: [
        makeIssue("data_unreadable", {
          message,
          hint: "load the model with await loadModelAsync(path), or save the sheet as CSV",
          file: path,
        }),
      ],
    };
  }
  if (source.sheet !== undefined || source.range !== undefined) {
    return {
      issues: [
        makeIssue("data_unreadable", {
          message: `${path} is a CSV file, which has no sheet or range`,
          hint: "drop sheet: and range: from its data entry",
          file: path,
        }),
      ],
    };
  }
  const bytes = readDataBytes(path, modelPath, options);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const decoded = decodeText(bytes);
  if (!decoded || bytes.includes(0)) {
    return {
      issues: [
        makeIssue("data_unreadable", {
          message: `${path} is not a CSV text file`,
          hint: "save the sheet as CSV (UTF-8)",
          file: path,
        }),
      ],
    };
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
  return extractClaimsBytes(readFileBytes(path), path, options);
}

/** {@link extractClaimsFile} of a file's bytes already read (standard input, a download); `path` names it. */
export function extractClaimsBytes(bytes: Uint8Array, path: string, options: ExtractOptions = {}): ExtractedFile {
  const read = readReportBytes(bytes, path);
  if (read.text === undefined) return { issues: read.issues };
  const extraction = extractClaims(read.text, options);
  // (figures left unread for want of a year are said by the warning that asks for one, not as no figures at all)
  const empty =
    extraction.claims.length + extraction.targets.length === 0 &&
    (extraction.year !== undefined || extraction.unclassified.length === 0);
  // what the whole reading rests on that the text does not print, said once
  const assumed = extraction.assumptions.map((message) =>
    makeIssue("report_assumed", {
      message: `${path}: ${message}`,
      hint: "give the report's year with --year (and its part of the year with --period)",
      file: path,
    }),
  );
  return {
    extraction,
    issues: [
      ...read.issues,
      ...assumed,
      ...(empty
        ? [makeIssue("report_no_figures", { message: `${path} holds no figure plansheet can read`, file: path })]
        : []),
    ],
  };
}

/**
 * Extracts a report's claims from its text and verifies them in one step, with the identities and parts the
 * extraction proposes. The report carries the issues of reading the text too.
 */
export function verifyReportFile(path: string, options: ExtractOptions = {}): VerifiedReport {
  return verifyReportBytes(readFileBytes(path), path, options);
}

/**
 * What {@link verifyReportFile} gives: the extraction, the claims definition written from it (whose paths the
 * report's issues name: `claims.259.unit`), and the report.
 */
export interface VerifiedReport {
  readonly extraction?: Extraction;
  readonly definition?: ClaimsDefinition;
  readonly report: VerificationReport;
}

/** {@link verifyReportFile} of a file's bytes already read; `path` names it. */
export function verifyReportBytes(bytes: Uint8Array, path: string, options: ExtractOptions = {}): VerifiedReport {
  const { extraction, issues } = extractClaimsBytes(bytes, path, options);
  if (!extraction) return { report: new VerificationReport([], [], issues) };
  const definition = claimsDefinitionOf(extraction, path);
  const report = verifyClaims(definition);
  return {
    extraction,
    definition,
    report: new VerificationReport(report.checks, report.unchecked, [...issues, ...report.issues]),
  };
}
