import { usageError, type Language } from "../core/index.js";
import { fillWords, formatComparison, formatReachability, words } from "../render/index.js";
import { compareScenarios, comparisonToJson } from "../scenarios/index.js";
import { type Console, textWidth } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";
import { readIntegerOption } from "./literals.js";

/** Options of `plansheet compare`. */
export interface CompareCommandOptions {
  readonly scenario?: readonly string[];
  readonly year?: string;
  readonly indicator?: readonly string[];
  readonly mode?: "float" | "decimal";
  readonly json?: boolean;
  readonly strict?: boolean;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
  /** Text at its natural width rather than the terminal's (`--wide`). */
  readonly wide?: boolean;
}

/**
 * `plansheet compare MODEL [--scenario A --scenario B …]`: scenarios side by side (all of the model's when none
 * is named) — every target in each, and the indicators in one year (`--year`, default the last) with their
 * differences from the first scenario. `--strict` exits 3 when a target is unmet in any of them.
 */
export async function compareCommand(path: string, options: CompareCommandOptions, console: Console): Promise<number> {
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  const scenarios = options.scenario && options.scenario.length > 0 ? options.scenario : model.scenarios;
  const comparison = compareScenarios(model, scenarios, {
    ...(options.indicator && options.indicator.length > 0 ? { indicators: options.indicator } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
  });
  if (options.json) {
    console.out(JSON.stringify(comparisonToJson(comparison), null, 2));
  } else {
    const year = options.year ? readIntegerOption(options.year, "--year") : model.structure.timeline.last;
    if (!model.structure.timeline.contains(year)) {
      const message = `--year ${year} lies outside the model's timeline ${model.structure.timeline}`;
      throw usageError(message);
    }
    console.out(
      [
        words(options.lang ?? "zh").targetsByScenario,
        formatReachability(comparison, model, options.lang, textWidth(options.wide)),
        "",
        fillWords(words(options.lang ?? "zh").indicatorsIn, { year }),
        formatComparison(
          comparison,
          model,
          year,
          options.lang,
          textWidth(options.wide),
          (options.indicator?.length ?? 0) > 0,
        ),
      ].join("\n"),
    );
  }
  const unmet = Object.values(comparison.targets).some((byScenario) =>
    Object.values(byScenario).some((t) => t.met !== true),
  );
  if (partial) return EXIT.modelError;
  return options.strict && unmet ? EXIT.strict : EXIT.ok;
}
