import { execFileSync } from "node:child_process";
import { extname } from "node:path";
import type { Chart } from "../charts/index.js";
import { usageError } from "../core/index.js";
import { svgOf } from "../svg.js";
import type { Console } from "./console.js";
import { STANDARD_STREAM, writeOutputFile } from "./output-file.js";

/** The files a chart is written as, by the extension of the name given: SVG, or PNG through rsvg-convert. */
export const CHART_EXTENSIONS = [".svg", ".png"] as const;

/**
 * The one-line refusal of a chart file name whose extension is not one plansheet writes (`x.pdf`, or no extension
 * at all), or `undefined` for a name it writes.
 */
export function chartFileRefusal(file: string): string | undefined {
  if (file === STANDARD_STREAM) return undefined;
  const extension = extname(file).toLowerCase();
  if ((CHART_EXTENSIONS as readonly string[]).includes(extension)) return undefined;
  const writes = CHART_EXTENSIONS.join(" or ");
  return extension
    ? `error: cannot write a chart as ${extension} (${file}): a chart is written as ${writes}`
    : `error: cannot tell the kind of file ${file} is to be: a chart is written as ${writes}`;
}

/**
 * Draws a chart and writes it to `file` (its name's extension, checked by {@link chartFileRefusal}, says SVG or
 * PNG), saying so on the error stream; prints the SVG when no file is given.
 */
export async function writeChart(chart: Chart, file: string | undefined, console: Console): Promise<void> {
  const svg = await svgOf(chart.spec);
  if (file === undefined) {
    console.out(svg);
    return;
  }
  writeOutputFile(file, extname(file).toLowerCase() === ".png" ? pngOf(svg) : svg, console);
  console.err(`wrote ${file}: ${chart.title}`);
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
