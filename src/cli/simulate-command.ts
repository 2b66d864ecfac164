import type { Language } from "../core/index.js";
import { availableParallelism } from "node:os";
import { simulateInWorkers } from "../node.js";
import { formatFan, formatProbabilities, simulationCsv } from "../render/index.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { checkIndicatorOptions, readIntegerOption } from "./literals.js";
import { loadForCommand } from "./load.js";
import { progressBar } from "./progress.js";

/** Options of `plansheet simulate`. */
export interface SimulateCommandOptions {
  readonly trials: string;
  readonly seed: string;
  readonly scenario?: string;
  readonly workers?: string;
  readonly fan?: readonly string[];
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly strict?: boolean;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
}

/**
 * `plansheet simulate MODEL --trials N --seed K`: Monte Carlo over the model's uncertainty — each target's
 * probability with its 95% interval and drivers, and fan-chart quantiles (the `simulate` JSON shape with
 * `--json`). A progress bar shows on a terminal. `--strict` exits 3 when a target's probability is below 50%.
 */
export async function simulateCommand(
  path: string,
  options: SimulateCommandOptions,
  console: Console,
): Promise<number> {
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  if (options.fan) checkIndicatorOptions(options.fan, "--fan", model);
  const workers = options.workers !== undefined ? readIntegerOption(options.workers, "--workers") : undefined;
  const cores = availableParallelism();
  if (workers !== undefined && workers > cores)
    console.err(`plansheet: --workers ${workers}, but this machine has ${cores} cores: ${cores} workers are used`);
  const bar = progressBar("simulating", !options.json && !options.csv);
  const result = await simulateInWorkers(model, {
    trials: readIntegerOption(options.trials, "--trials"),
    seed: readIntegerOption(options.seed, "--seed"),
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(workers !== undefined ? { workers } : {}),
    onProgress: bar,
  });
  bar.finish();
  if (options.json) {
    console.out(JSON.stringify(result, null, 2));
  } else if (options.csv) {
    console.out(simulationCsv(result, model));
  } else {
    const fans = options.fan && options.fan.length > 0 ? options.fan : Object.keys(result.quantiles).slice(0, 2);
    console.out(
      [
        formatProbabilities(result, model, options.lang),
        ...fans.map((id) => `\n${formatFan(result, model, id, options.lang)}`),
      ].join("\n"),
    );
  }
  if (partial) return EXIT.modelError;
  return options.strict && result.targets.some((t) => t.probability < 0.5) ? EXIT.strict : EXIT.ok;
}
