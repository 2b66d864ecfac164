import type { NumberMode } from "../core/index.js";
import type { Projection } from "../evaluation/index.js";
import {
  formatAssumptions,
  formatConstants,
  formatFractionalCounts,
  formatIssues,
  formatLegend,
  formatProjectionExact,
  formatProjectionTable,
  formatTargets,
  projectionCsv,
} from "../render/index.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";
import { formatNotes } from "./notes.js";

/** Options of `plansheet run`. */
export interface RunCommandOptions {
  readonly scenario?: string;
  readonly mode?: NumberMode;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly strict?: boolean;
}

/**
 * `plansheet run MODEL`: the projection under a scenario, its targets and assumptions; `--json` prints the
 * `run` shape, `--csv` every cell in tidy long form (UTF-8 with a byte order mark, for Excel). Exit 1 when the model has errors (what can still be computed is printed), 3 with `--strict`
 * when a target is unmet.
 */
export async function runCommand(path: string, options: RunCommandOptions, console: Console): Promise<number> {
  const { model, partial, issues } = await loadForCommand(path, console, options.json);
  if (!model) {
    if (options.json) console.out(JSON.stringify({ issues }, null, 2));
    return EXIT.modelError;
  }
  const projection = model.run({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    mode: options.mode ?? "float",
  });
  console.out(
    options.json
      ? JSON.stringify(projection.toJSON(), null, 2)
      : options.csv
        ? projectionCsv(projection)
        : formatRun(projection, model.name, partial),
  );
  if (partial) return EXIT.modelError;
  if (options.strict && projection.targets.some((t) => t.met !== true)) return EXIT.strict;
  return EXIT.ok;
}

/** The text report of a run: title, projection, targets, assumptions, then warnings and notes. */
export function formatRun(projection: Projection, name: string | undefined, partial = false): string {
  const title = `${name ?? "model"} — scenario ${projection.scenario}${projection.mode === "decimal" ? " (decimal mode, exact values)" : ""}${partial ? " — PARTIAL: the model has errors" : ""}`;
  const sections = [
    title,
    "",
    projection.mode === "decimal" ? formatProjectionExact(projection) : formatProjectionTable(projection),
    "",
    ...(projection.mode === "decimal"
      ? []
      : [
          "Indicators",
          formatLegend(projection),
          "",
          "Inputs and constants (the same in every year)",
          formatConstants(projection),
          "",
        ]),
    "Targets",
    formatTargets(projection),
    "",
    "Assumptions (inputs the source does not give)",
    formatAssumptions(projection),
  ];
  const counts = formatFractionalCounts(projection);
  if (counts) sections.push("", "Counts that are not whole numbers", counts);
  const warnings = formatIssues(projection.issues, ["error", "warning"]);
  if (warnings)
    sections.push(
      "",
      projection.issues.some((i) => i.severity === "error") ? "Errors and warnings" : "Warnings",
      warnings,
    );
  const notes = formatNotes(projection.issues);
  if (notes) sections.push("", "Notes (cells without a value)", notes);
  return sections.join("\n");
}
