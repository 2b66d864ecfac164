/**
 * `plansheet/node`: what needs Node.js — reading model files by path. Everything of the browser-safe entry is
 * re-exported, so one import serves a Node script.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { makeIssue, type Issue } from "./core/index.js";
import { ModelError, type Model } from "./evaluation/index.js";
import { claimsDefinitionOf, extractClaims, type ExtractOptions, type Extraction } from "./extraction/index.js";
import { claimsModelPath, parseModelText, readReportBytes, verifyClaimsText } from "./io/index.js";
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
 * Loads a model from a YAML or JSON file (DESIGN's shape).
 * @throws ModelError listing every problem with its file, line and column (and `partial` when it can still run).
 */
export function loadModel(path: string): Model {
  return parseModelText(readTextFile(path), path);
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
  const text = readTextFile(path);
  let model: Model | undefined;
  if (typeof options.model === "string") model = loadModel(options.model);
  else if (options.model) model = options.model;
  else {
    const named = claimsModelPath(text);
    if (named !== undefined) model = loadModel(resolve(dirname(path), named));
  }
  return verifyClaimsText(text, path, model ? { model } : {});
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
  return { extraction, issues: [...read.issues, ...(empty ? [makeIssue("report_no_figures", { message: `${path} holds no figure plansheet can read`, file: path })] : [])] };
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
