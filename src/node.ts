/**
 * `plansheet/node`: what needs Node.js — reading model files by path. Everything of the browser-safe entry is
 * re-exported, so one import serves a Node script.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { makeIssue } from "./core/index.js";
import { ModelError, type Model } from "./evaluation/index.js";
import { claimsModelPath, parseModelText, verifyClaimsText } from "./io/index.js";
import type { VerificationReport } from "./verification/index.js";

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
