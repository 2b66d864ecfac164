import { writeFileSync } from "node:fs";
import { projectionChart } from "../charts/index.js";
import { svgOf } from "../svg.js";
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
 * `plansheet run MODEL --chart ID [-o chart.svg]`: one indicator drawn as SVG — every scenario of the model, or the
 * one `--scenario` names, with its target lines; printed when no file is given.
 */
export async function chartCommand(path: string, options: ChartCommandOptions, console: Console): Promise<number> {
  const { model, partial } = loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  const scenarios = options.scenario ? [options.scenario] : [...model.structure.scenarios.keys()];
  const chart = projectionChart(scenarios.map((scenario) => model.run({ scenario })), options.chart, { lang: options.lang ?? "zh" });
  const svg = await svgOf(chart.spec);
  if (options.output) {
    writeFileSync(options.output, svg);
    console.err(`wrote ${options.output}: ${chart.title}`);
  } else console.out(svg);
  return partial ? EXIT.modelError : EXIT.ok;
}
