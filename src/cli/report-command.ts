import type { Language } from "../core/index.js";
import { ModelError } from "../evaluation/index.js";
import { simulateInWorkers, verifyClaimsFile } from "../node.js";
import { reportPage, targetedIndicators } from "../page/index.js";
import { formatIssues } from "../render/index.js";
import { svgOf } from "../svg.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { readIntegerOption } from "./literals.js";
import { loadForCommand } from "./load.js";
import { checkOutputFile, writeOutputFile } from "./output-file.js";
import { progressBar } from "./progress.js";

/** Options of `plansheet report`. */
export interface ReportCommandOptions {
  readonly output: string;
  readonly claims?: string;
  readonly simulate?: string;
  readonly seed?: string;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
}

/**
 * `plansheet report MODEL -o report.html [--claims CLAIMS] [--simulate N --seed K]`: one self-contained, printable
 * HTML page — the claims' findings first, then the targets in every scenario with what it would take, the
 * probabilities, the assumptions, the charts and the projection tables. Exit 1 when the model or the claims cannot
 * be read.
 */
export async function reportCommand(path: string, options: ReportCommandOptions, console: Console): Promise<number> {
  checkOutputFile(options.output);
  const { model } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  if (options.simulate !== undefined && options.seed === undefined) {
    console.err("error: --simulate needs --seed, so that the page can be made again with the same numbers");
    return EXIT.usage;
  }
  let verification: ReturnType<typeof verifyClaimsFile> | undefined;
  if (options.claims) {
    try {
      verification = verifyClaimsFile(options.claims, { model });
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      console.err(formatIssues(error.issues, ["error", "warning"]));
      return EXIT.modelError;
    }
    if (verification.issues.length > 0) console.err(formatIssues(verification.issues, ["error", "warning"]));
  }
  let simulation: Awaited<ReturnType<typeof simulateInWorkers>> | undefined;
  if (options.simulate !== undefined) {
    const bar = progressBar("simulating", true);
    simulation = await simulateInWorkers(model, {
      trials: readIntegerOption(options.simulate, "--simulate"),
      seed: readIntegerOption(options.seed!, "--seed"),
      track: targetedIndicators(model),
      onProgress: bar,
    });
    bar.finish();
  }
  // a page without its charts (vega not installed) is still written, and the command says why
  let undrawn: string | undefined;
  const draw = async (spec: Parameters<typeof svgOf>[0]) => {
    try {
      return await svgOf(spec);
    } catch (error) {
      undrawn ??= (error as Error).message;
      throw error;
    }
  };
  const html = await reportPage(model, {
    ...(verification ? { verification } : {}),
    ...(simulation ? { simulation } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    draw,
  });
  if (undrawn !== undefined) console.err(`warning: the page has no charts: ${undrawn}`);
  writeOutputFile(options.output, html, console);
  console.err(`wrote ${options.output} (${Math.round(html.length / 1024)} KB)`);
  return EXIT.ok;
}
