import { projectionChart } from "../charts/index.js";
import { chartFileRefusal, writeChart } from "./chart-file.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";

/** Options of `plansheet run MODEL --chart ID`. */
export interface ChartCommandOptions {
  readonly chart: string;
  readonly scenario?: string;
  readonly output?: string;
  readonly lang?: "zh" | "en";
}

/**
 * `plansheet run MODEL --chart ID [-o chart.svg | chart.png]`: one indicator drawn as SVG (or PNG, by rsvg-convert)
 * — every scenario of the model, or the one `--scenario` names, with its target lines; printed when no file is given.
 * A file of another kind (`-o chart.pdf`) is refused, exit 2, before the model is read.
 */
export async function chartCommand(path: string, options: ChartCommandOptions, console: Console): Promise<number> {
  const refusal = options.output === undefined ? undefined : chartFileRefusal(options.output);
  if (refusal) {
    console.err(refusal);
    return EXIT.usage;
  }
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  const scenarios = options.scenario ? [options.scenario] : model.runnableScenarios;
  const chart = projectionChart(
    scenarios.map((scenario) => model.run({ scenario })),
    options.chart,
    { lang: options.lang ?? "zh" },
  );
  await writeChart(chart, options.output, console);
  return partial ? EXIT.modelError : EXIT.ok;
}
