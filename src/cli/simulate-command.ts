import type { Language } from "../core/index.js";
import { availableParallelism } from "node:os";
import { fanChart } from "../charts/index.js";
import { simulateInWorkers } from "../node.js";
import { formatFan, formatProbabilities, simulationCsv } from "../render/index.js";
import { chartFileRefusal, writeChart } from "./chart-file.js";
import { type Console, textWidth } from "./console.js";
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
  /** A file to draw the fan chart of the one `--fan` indicator in: `.svg`, or `.png` through rsvg-convert. */
  readonly output?: string;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
  /** Text at its natural width rather than the terminal's (`--wide`). */
  readonly wide?: boolean;
}

/**
 * `plansheet simulate MODEL --trials N --seed K`: Monte Carlo over the model's uncertainty — each target's
 * probability with its 95% interval and drivers, and fan-chart quantiles (the `simulate` JSON shape with
 * `--json`). A progress bar shows on a terminal. `--strict` exits 3 when a target's probability is below 50%.
 * `--fan ID -o fan.svg` (or `.png`) draws that indicator's fan chart there as well; a file of another kind, or `-o`
 * without exactly one `--fan`, is refused (exit 2) before anything is simulated.
 */
export async function simulateCommand(
  path: string,
  options: SimulateCommandOptions,
  console: Console,
): Promise<number> {
  const refusal = options.output === undefined ? undefined : outputRefusal(options.output, options.fan);
  if (refusal) {
    console.err(refusal);
    return EXIT.usage;
  }
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  if (options.fan) checkIndicatorOptions(options.fan, "--fan", model);
  const workers = options.workers !== undefined ? readIntegerOption(options.workers, "--workers") : undefined;
  const cores = availableParallelism();
  if (workers !== undefined && workers > cores)
    console.err(`plansheet: --workers ${workers}, but this machine has ${cores} cores: ${cores} workers are used`);
  const bar = progressBar("simulating", !options.json && !options.csv);
  let shortRun = false;
  const result = await simulateInWorkers(model, {
    trials: readIntegerOption(options.trials, "--trials"),
    seed: readIntegerOption(options.seed, "--seed"),
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(workers !== undefined ? { workers } : {}),
    onProgress: bar,
    onThreads: (_threads, short) => (shortRun = short),
  });
  bar.finish();
  if (shortRun)
    console.err(
      `plansheet: the trials ran in one thread: too short a run for worker threads to pay for their start (--workers ${cores} starts them anyway)`,
    );
  if (options.json) {
    console.out(JSON.stringify(result, null, 2));
  } else if (options.csv) {
    console.out(simulationCsv(result, model));
  } else {
    const fans = options.fan && options.fan.length > 0 ? options.fan : Object.keys(result.quantiles).slice(0, 2);
    console.out(
      [
        formatProbabilities(result, model, options.lang, textWidth(options.wide)),
        ...fans.map((id) => `\n${formatFan(result, model, id, options.lang, textWidth(options.wide))}`),
      ].join("\n"),
    );
  }
  if (options.output !== undefined)
    await writeChart(
      fanChart(result, model, options.fan![0]!, { lang: options.lang ?? "zh" }),
      options.output,
      console,
    );
  if (partial) return EXIT.modelError;
  return options.strict && result.targets.some((t) => t.probability < 0.5) ? EXIT.strict : EXIT.ok;
}

/** Why `-o file` cannot be written with these `--fan` options, in one line, or `undefined` when it can. */
function outputRefusal(file: string, fan: readonly string[] | undefined): string | undefined {
  if (fan?.length !== 1)
    return `error: -o draws the fan chart of one indicator: name it with --fan ID (got ${fan?.length ?? 0} --fan)`;
  return chartFileRefusal(file);
}
