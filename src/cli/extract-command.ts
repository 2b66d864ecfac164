import { ModelError } from "../evaluation/index.js";
import { extractClaimsFile } from "../node.js";
import { formatExtractedClaimsYaml, formatIssues } from "../render/index.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { toStandardOutput, writeOutputFile } from "./output-file.js";

/** Options of `plansheet extract`. */
export interface ExtractCommandOptions {
  readonly json?: boolean;
  readonly output?: string;
  readonly year?: number;
  readonly period?: string;
}

/**
 * `plansheet extract REPORT.txt`: every figure of a report's text as a claim, with its quote and line. Prints a
 * claims file (or, with `--json`, the extraction with spans, targets and unclassified numbers); `-o FILE` writes the
 * claims file there and prints a one-line summary. Exit 1 when the file is no readable text.
 */
export function extractCommand(path: string, options: ExtractCommandOptions, console: Console): number {
  let read: ReturnType<typeof extractClaimsFile>;
  try {
    read = extractClaimsFile(path, {
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.period !== undefined ? { period: options.period } : {}),
    });
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    console.err(formatIssues(error.issues, ["error", "warning"]));
    return EXIT.modelError;
  }
  const { extraction, issues } = read;
  if (issues.length > 0) console.err(formatIssues(issues, ["error", "warning"]));
  if (!extraction) return EXIT.modelError;
  if (options.json) {
    console.out(JSON.stringify(extraction, null, 2));
    return EXIT.ok;
  }
  const yaml = formatExtractedClaimsYaml(extraction, path);
  if (options.output && !toStandardOutput(options.output)) {
    writeOutputFile(options.output, yaml, console);
    const guesses = extraction.claims.filter((c) => c.confidence === "guess").length;
    console.out(
      `${options.output}: ${extraction.claims.length} claims (${guesses} with a guess to review), ${extraction.targets.length} targets, ` +
        `${extraction.unclassified.length} numbers that are no figure`,
    );
  } else {
    console.out(yaml.replace(/\n$/, ""));
  }
  return EXIT.ok;
}
