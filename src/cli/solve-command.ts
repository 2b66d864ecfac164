import { usageError, type Language } from "../core/index.js";
import { solveProbability } from "../montecarlo/index.js";
import { formatFeasibility, formatProbabilitySolve, formatSolve, wrapLines } from "../render/index.js";
import { findFeasible, solve, type LeverBounds } from "../targets/index.js";
import { type Console, textWidth } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { loadForCommand } from "./load.js";
import { readIntegerOption, readLeverOption, readNumberOption } from "./literals.js";

/** Options of `plansheet solve`. */
export interface SolveCommandOptions {
  readonly target?: readonly string[];
  readonly lever?: readonly string[];
  readonly scenario?: string;
  readonly min?: string;
  readonly max?: string;
  readonly probability?: string;
  readonly trials?: string;
  readonly seed?: string;
  readonly json?: boolean;
  readonly strict?: boolean;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
  /** How the answer was found, beside it (`--verbose`): the evaluations and the margin left at the answer. */
  readonly verbose?: boolean;
  /** Text at its natural width rather than the terminal's (`--wide`). */
  readonly wide?: boolean;
}

/**
 * `plansheet solve MODEL --target T --lever L`: the lever value at which the target just holds (the
 * `solve` JSON). With several `--target` or `--lever`, a joint search for a setting that meets every target.
 * `--strict` exits 3 when the target cannot be met within the bounds (or no joint setting was found).
 */
export async function solveCommand(path: string, given: SolveCommandOptions, console: Console): Promise<number> {
  const options = { ...given, target: given.target ?? [], lever: given.lever ?? [] };
  const { model, partial } = await loadForCommand(path, console, false);
  if (!model) return EXIT.modelError;
  // A model with errors still answers from what builds, but the exit code says it had errors.
  const exit = (code: number) => (partial ? EXIT.modelError : code);
  const lever = options.lever[0] ?? model.structure.targets.find((t) => t.id === options.target[0])?.lever;
  const bounds: LeverBounds = {
    ...(options.min !== undefined ? { min: readLeverOption(options.min, "--min", model, lever) } : {}),
    ...(options.max !== undefined ? { max: readLeverOption(options.max, "--max", model, lever) } : {}),
  };
  const scenario = options.scenario ? { scenario: options.scenario } : {};
  if (options.target.length === 0) throw usageError("solve needs --target");
  if (options.probability !== undefined) {
    const lever = options.lever[0];
    const result = solveProbability(model, {
      target: options.target[0]!,
      ...(lever ? { lever } : {}),
      probability: readNumberOption(options.probability, "--probability"),
      trials: readIntegerOption(options.trials ?? "2000", "--trials"),
      seed: readIntegerOption(options.seed ?? "1", "--seed"),
      bounds,
      ...scenario,
    });
    console.out(
      options.json
        ? JSON.stringify(result, null, 2)
        : wrapLines(formatProbabilitySolve(result, model, options.lang), textWidth(options.wide)),
    );
    return exit(options.strict && !result.reachable ? EXIT.strict : EXIT.ok);
  }
  if (options.target.length === 1 && options.lever.length <= 1) {
    const lever = options.lever[0];
    const result = solve(model, { target: options.target[0]!, ...(lever ? { lever } : {}), bounds, ...scenario });
    console.out(
      options.json
        ? JSON.stringify(result, null, 2)
        : wrapLines(formatSolve(result, model, options.lang, options.verbose), textWidth(options.wide)),
    );
    return exit(options.strict && !result.reachable ? EXIT.strict : EXIT.ok);
  }
  if (options.lever.length === 0) throw usageError("a joint search needs --lever for each input to move");
  const perLever = Object.fromEntries(options.lever.map((l) => [l, bounds]));
  const result = findFeasible(model, {
    targets: options.target,
    levers: options.lever,
    ...scenario,
    ...(options.min || options.max ? { bounds: perLever } : {}),
  });
  console.out(
    options.json
      ? JSON.stringify(result, null, 2)
      : formatFeasibility(result, model, options.lang, textWidth(options.wide)),
  );
  return exit(options.strict && !result.feasible ? EXIT.strict : EXIT.ok);
}
