/**
 * `plansheet/node`: what needs Node.js — reading model files by path. Everything of the browser-safe entry is
 * re-exported, so one import serves a Node script.
 */
import { readFileSync } from "node:fs";
import { makeIssue } from "./core/index.js";
import { ModelError, type Model } from "./evaluation/index.js";
import { parseModelText } from "./io/index.js";

export * from "./index.js";

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
