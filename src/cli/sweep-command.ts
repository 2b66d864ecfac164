import type { Language } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { fillWords, formatSweep, indicatorName, sweepCsv, words } from "../render/index.js";
import { type SweepResult, sweep, sweepOfTargets, targetsMoved } from "../targets/index.js";
import { type Console, textWidth } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";
import { readIntegerOption, readLeverOption } from "./literals.js";

/** Options of `plansheet sweep`. */
export interface SweepCommandOptions {
  readonly lever: string;
  readonly from: string;
  readonly to: string;
  readonly steps: string;
  readonly lever2?: string;
  readonly from2?: string;
  readonly to2?: string;
  readonly steps2?: string;
  readonly show?: readonly string[];
  readonly target?: readonly string[];
  readonly scenario?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly strict?: boolean;
  /** Every target in the text table, not only those the lever moves (`--all-targets`). */
  readonly allTargets?: boolean;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
  /** Text at its natural width rather than the terminal's (`--wide`). */
  readonly wide?: boolean;
}

/**
 * `plansheet sweep MODEL --lever L --from A --to B --steps N`: every target met or not at N lever values (both
 * ends included), with the cells the targets compare (or `--show gdp[2025]`); a second lever (`--lever2 …`) makes
 * a grid. Values take the file literals (`--from -5%`). `--strict` exits 3 when a target is unmet at every
 * point of the sweep.
 */
export async function sweepCommand(path: string, options: SweepCommandOptions, console: Console): Promise<number> {
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  const second =
    options.lever2 !== undefined
      ? {
          lever: options.lever2,
          from: readLeverOption(options.from2 ?? "", "--from2", model, options.lever2),
          to: readLeverOption(options.to2 ?? "", "--to2", model, options.lever2),
          steps: readIntegerOption(options.steps2 ?? "", "--steps2"),
        }
      : undefined;
  const result = sweep(model, {
    lever: options.lever,
    from: readLeverOption(options.from, "--from", model, options.lever),
    to: readLeverOption(options.to, "--to", model, options.lever),
    steps: readIntegerOption(options.steps, "--steps"),
    ...(second ? { second } : {}),
    ...(options.show && options.show.length > 0 ? { show: options.show } : {}),
    ...(options.target && options.target.length > 0 ? { targets: options.target } : {}),
    ...(options.scenario ? { scenario: options.scenario } : {}),
  });
  console.out(
    options.json
      ? JSON.stringify(result, null, 2)
      : options.csv
        ? sweepCsv(result, model)
        : sweepText(result, model, options),
  );
  const neverMet = Object.keys(result.points[0]?.targets ?? {}).some((id) =>
    result.points.every((p) => p.targets[id] !== true),
  );
  if (partial) return EXIT.modelError;
  return options.strict && neverMet ? EXIT.strict : EXIT.ok;
}

/**
 * The sweep as text: the targets the lever moves (all of them with `--all-targets` or when `-t` names them), and a
 * line saying how many were left out.
 */
function sweepText(result: SweepResult, model: Model, options: SweepCommandOptions): string {
  const lang = options.lang ?? "zh";
  const width = textWidth(options.wide);
  const all = Object.keys(result.points[0]?.targets ?? {});
  if (options.allTargets || (options.target && options.target.length > 0))
    return formatSweep(result, model, lang, width);
  const moved = targetsMoved(result);
  const shown = sweepOfTargets(result, moved);
  // the cells the targets compare, those that move (the cells asked for with --show, all)
  const first = result.points[0]?.values ?? {};
  const cells = Object.keys(first).filter(
    (c) => options.show?.includes(c) || result.points.some((p) => p.values[c] !== first[c]),
  );
  const pick = (values: Record<string, number | null>) => Object.fromEntries(cells.map((c) => [c, values[c]!]));
  const table = formatSweep(
    { ...shown, points: shown.points.map((p) => ({ ...p, values: pick(p.values) })) },
    model,
    lang,
    width,
  );
  if (moved.length === all.length) return table;
  const levers = [result.lever, ...(result.lever2 ? [result.lever2] : [])].map((id) =>
    indicatorName(model.structure, id, lang),
  );
  const note = fillWords(words(lang).targetsNotMoved, {
    n: all.length - moved.length,
    lever: levers.join(lang === "zh" ? "、" : " and "),
  });
  return `${table}\n\n${note}`;
}
