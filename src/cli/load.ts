import type { Issue } from "../core/index.js";
import { ModelError, type Model } from "../evaluation/index.js";
import { loadModelAsync, type LoadOptions } from "../node.js";
import { formatIssues } from "../render/index.js";
import type { Console } from "./console.js";

/** A model as a command loaded it: complete, partial (built with errors, still runnable), or absent. */
export interface LoadedModel {
  readonly model?: Model;
  readonly partial: boolean;
  /** The build's problems when it failed. */
  readonly issues: readonly Issue[];
}

/** What the command line lets a model's `data:` read (`--outside-data`): its own folder's tables by default. */
let dataAccess: LoadOptions = {};

/** Sets what a model's `data:` may read, from the command line's global options. */
export function allowDataOutside(outsideData: boolean): void {
  dataAccess = { outsideData };
}

/**
 * Loads a model file (and its data files, workbooks too) for a command. Errors and warnings (with file:line:col) go to standard error unless
 * `quiet`; a partial model is returned when the file's shape was valid, so that everything not affected can
 * still be shown.
 */
export async function loadForCommand(path: string, console: Console, quiet = false): Promise<LoadedModel> {
  try {
    return { model: await loadModelAsync(path, dataAccess), partial: false, issues: [] };
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    if (!quiet) console.err(formatIssues(error.issues, ["error", "warning"]));
    return {
      ...(error.partial ? { model: error.partial } : {}),
      partial: error.partial !== undefined,
      issues: error.issues,
    };
  }
}
