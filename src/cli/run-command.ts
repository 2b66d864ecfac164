import type { Language, NumberMode } from "../core/index.js";
import type { Projection } from "../evaluation/index.js";
import {
  formatAssumptions,
  formatConstants,
  formatFractionalCounts,
  formatIssues,
  formatProjectionExact,
  formatProjectionTable,
  formatTargets,
  projectionCsv,
  scenarioName,
  words,
  wrapLines,
} from "../render/index.js";
import { type Console, textWidth } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";
import { formatNotes } from "./notes.js";
import { checkOutputFile, toStandardOutput, writeOutputFile } from "./output-file.js";

/** Options of `plansheet run`. */
export interface RunCommandOptions {
  readonly scenario?: string;
  readonly mode?: NumberMode;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly strict?: boolean;
  /** The language of labels and words: Chinese (the default) or English. */
  readonly lang?: Language;
  /** Text at its natural width rather than the terminal's (`--wide`). */
  readonly wide?: boolean;
  /** Where to write what would be printed (`-o`): the text, the JSON or the CSV; `-` is standard output. */
  readonly output?: string;
}

/**
 * `plansheet run MODEL`: the projection under a scenario, its targets and assumptions; `--json` prints the
 * `run` shape, `--csv` every cell in tidy long form (UTF-8 with a byte order mark, for Excel). Exit 1 when the model has errors (what can still be computed is printed), 3 with `--strict`
 * when a target is unmet.
 */
export async function runCommand(path: string, options: RunCommandOptions, console: Console): Promise<number> {
  if (options.output) checkOutputFile(options.output);
  const { model, partial, issues } = await loadForCommand(path, console, options.json);
  if (!model) {
    if (options.json) console.out(JSON.stringify({ issues }, null, 2));
    return EXIT.modelError;
  }
  const projection = model.run({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    mode: options.mode ?? "float",
  });
  const text = options.json
    ? JSON.stringify(projection.toJSON(), null, 2)
    : options.csv
      ? projectionCsv(projection)
      : // a file is written at the text's natural width; the terminal gets its own
        formatRun(projection, model.name, partial, options.lang, options.output ? Infinity : textWidth(options.wide));
  if (options.output && !toStandardOutput(options.output)) {
    writeOutputFile(options.output, text.endsWith("\n") ? text : `${text}\n`, console);
    console.err(`wrote ${options.output}`);
  } else console.out(text);
  if (partial) return EXIT.modelError;
  if (options.strict && projection.targets.some((t) => t.met !== true)) return EXIT.strict;
  return EXIT.ok;
}

/** The text report of a run, in `lang` and within `width` columns: title, projection, targets, assumptions, then warnings and notes. */
export function formatRun(
  projection: Projection,
  name: string | undefined,
  partial = false,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  const w = words(lang);
  const scenario = scenarioName(projection.structure, projection.scenario, lang);
  const title = `${name ?? w.model} — ${lang === "zh" ? scenario : `${w.scenario} ${scenario}`}${projection.mode === "decimal" ? w.decimalMode : ""}${partial ? w.partial : ""}`;
  const sections = [
    title,
    "",
    projection.mode === "decimal" ? formatProjectionExact(projection) : formatProjectionTable(projection, lang, width),
    "",
    ...(projection.mode === "decimal" ? [] : [w.inputsAndConstants, formatConstants(projection, lang, width), ""]),
    w.targets,
    formatTargets(projection, lang, width),
    "",
    w.assumptions,
    formatAssumptions(projection, lang, width),
  ];
  const counts = formatFractionalCounts(projection, lang);
  if (counts) sections.push("", w.fractionalCounts, counts);
  const warnings = formatIssues(projection.issues, ["error", "warning"]);
  if (warnings)
    sections.push(
      "",
      projection.issues.some((i) => i.severity === "error") ? w.errorsAndWarnings : w.warnings,
      warnings,
    );
  const notes = formatNotes(projection.issues);
  if (notes) sections.push("", w.notes, notes);
  return wrapLines(sections.join("\n"), width);
}
