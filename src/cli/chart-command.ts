import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { projectionChart } from "../charts/index.js";
import { usageError } from "../core/index.js";
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
 * `plansheet run MODEL --chart ID [-o chart.svg | chart.png]`: one indicator drawn as SVG (or PNG, by rsvg-convert)
 * — every scenario of the model, or the one `--scenario` names, with its target lines; printed when no file is given.
 */
export async function chartCommand(path: string, options: ChartCommandOptions, console: Console): Promise<number> {
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  const scenarios = options.scenario ? [options.scenario] : model.runnableScenarios;
  const chart = projectionChart(
    scenarios.map((scenario) => model.run({ scenario })),
    options.chart,
    { lang: options.lang ?? "zh" },
  );
  const svg = await svgOf(chart.spec);
  if (options.output?.toLowerCase().endsWith(".png")) {
    writeFileSync(options.output, pngOf(svg));
    console.err(`wrote ${options.output}: ${chart.title}`);
  } else if (options.output) {
    writeFileSync(options.output, svg);
    console.err(`wrote ${options.output}: ${chart.title}`);
  } else console.out(svg);
  return partial ? EXIT.modelError : EXIT.ok;
}

/**
 * An SVG as PNG at twice its size, by `rsvg-convert` (Debian's librsvg2-bin). Chinese labels need a CJK font
 * installed (fonts-noto-cjk): without one they come out as boxes.
 */
function pngOf(svg: string): Buffer {
  try {
    return execFileSync("rsvg-convert", ["--zoom", "2", "--background-color", "white"], {
      input: svg,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw usageError(
      missing
        ? "a PNG needs rsvg-convert, which is not installed"
        : `rsvg-convert could not draw the chart: ${(error as Error).message}`,
      "apt-get install librsvg2-bin fonts-noto-cjk, or write an .svg",
    );
  }
}
