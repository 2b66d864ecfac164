import { toWorkbook } from "../xlsx.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";
import { checkOutputFile, toStandardOutput, writeOutputFile } from "./output-file.js";

/** Options of `plansheet export`. */
export interface ExportCommandOptions {
  readonly output: string;
  readonly scenario?: readonly string[];
  readonly allScenarios?: boolean;
}

/**
 * `plansheet export MODEL -o model.xlsx [--scenario S … | --all-scenarios]`: the model as a workbook with live
 * formulas (the baseline alone unless scenarios are named or all asked for). Exit 1 when the model has errors.
 */
export async function exportCommand(path: string, options: ExportCommandOptions, console: Console): Promise<number> {
  checkOutputFile(options.output);
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  if (!toStandardOutput(options.output) && !options.output.toLowerCase().endsWith(".xlsx")) {
    console.err(`error: the workbook's name must end in .xlsx, got ${options.output}`);
    return EXIT.usage;
  }
  const all = model.runnableScenarios;
  const scenarios = options.allScenarios
    ? all
    : options.scenario && options.scenario.length > 0
      ? options.scenario
      : [all[0]!];
  const bytes = await toWorkbook(model, { scenarios });
  writeOutputFile(options.output, bytes, console);
  console.err(
    `wrote ${options.output}: ${scenarios.length} scenario sheet${scenarios.length === 1 ? "" : "s"} (${scenarios.join(", ")}), Inputs and Targets`,
  );
  return partial ? EXIT.modelError : EXIT.ok;
}
