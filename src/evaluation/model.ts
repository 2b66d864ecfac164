import {
  type Dec,
  PlansheetError,
  decimalArithmetic,
  floatArithmetic,
  hasErrors,
  INSPECT,
  makeIssue,
  type Arithmetic,
  type Issue,
  type NumberMode,
  usageError,
} from "../core/index.js";
import {
  DEFAULT_SCENARIO,
  applyOverride,
  buildStructure,
  readWhatIf,
  scenarioInputs,
  type Labels,
  type ValidOverride,
  type ModelDefinition,
  type ModelStructure,
  type SourceInfo,
  type ValueTable,
} from "../structure/index.js";
import { cellIssues, yearRanges } from "./cell-issues.js";
import { compileEvaluator, type CompiledEvaluator } from "./compile/compiled-evaluator.js";
import { cellClosures, evaluateCells, type CellResults, type CellClosures } from "./evaluate.js";
import type { FloatResults } from "./compile/float-results.js";
import { Projection, type ProjectedCells, type TargetOutcome } from "./projection.js";
import { targetDecider, type TargetResult } from "./target-condition.js";
import { decideOnThreshold } from "./threshold.js";

/**
 * How float mode computes: `compiled` (the default) turns the model into JavaScript loops once and re-runs them;
 * `interpreter` walks each formula's closures cell by cell. Both give the same results, bit for bit. Where a
 * page's content security policy forbids creating code, `compiled` quietly uses the interpreter. Decimal mode
 * always uses the interpreter.
 */
export type EvaluationEngine = "compiled" | "interpreter";

/** Options of {@link Model.run}. */
export interface RunOptions {
  /** The scenario to run; default `baseline` (or the model's own inputs when it defines no baseline). */
  readonly scenario?: string;
  /** `float` (default; JavaScript numbers) or `decimal` (decimal.js, 34 digits, for figures to quote). */
  readonly mode?: NumberMode;
  /** The float engine; `compiled` unless asked otherwise (see {@link EvaluationEngine}). */
  readonly engine?: EvaluationEngine;
}

/**
 * Thrown by {@link buildModel} when a model cannot be used as written. `issues` lists every problem with its
 * file position, indicator, year and formula span. When the file's shape was valid, `partial` is the model
 * with the faulty parts failing (their cells have no value) and everything else evaluating.
 */
export class ModelError extends PlansheetError {
  readonly partial?: Model;

  constructor(issues: readonly Issue[], partial?: Model) {
    const errors = issues.filter((i) => i.severity === "error");
    super(`the model has ${errors.length} error${errors.length === 1 ? "" : "s"}: ${errors[0]?.message ?? ""}`, issues);
    this.name = "ModelError";
    if (partial) this.partial = partial;
  }
}

/**
 * A built planning model: indicators as formulas over years, ready to project under any scenario.
 * Build one with {@link buildModel} (or `loadModel` from `plansheet/node`).
 */
export class Model {
  readonly structure: ModelStructure;
  /** The model this one is a what-if of (itself for a model as built): it holds the closures and kernels. */
  #root: Model = this;
  /** A what-if's overrides of inputs, in the order they apply, and the slots of the inputs they set. */
  #overrides: readonly (readonly [string, ValidOverride])[] = [];
  #overridden: readonly number[] = [];
  /** The root's full float evaluation of each scenario, from which what-ifs evaluate only what changed. */
  readonly #bases = new Map<string, FloatResults>();
  readonly #closures = new Map<NumberMode, CellClosures<unknown>>();
  /** Each scenario's input table, made once for runs (which never change it); `inputsOf` gives copies. */
  readonly #inputs = new Map<string, ValueTable>();
  /** The buffer of float runs, and how many runs have used it (see `#sharedRun`). */
  #runBuffer: FloatResults | undefined;
  #runs = 0;
  /** The compiled evaluator; `null` once code generation was refused. */
  #compiled: CompiledEvaluator | null | undefined;

  constructor(structure: ModelStructure) {
    this.structure = structure;
  }

  /** The model's name, as given in the file. */
  get name(): string | undefined {
    return this.structure.name;
  }

  /** The timeline's years. */
  get years(): number[] {
    return this.structure.timeline.years;
  }

  /** The base year: the last year with actuals. */
  get baseYear(): number {
    return this.structure.timeline.baseYear;
  }

  /** The scenario names, in the file's order. */
  get scenarios(): string[] {
    return [...this.structure.scenarios.keys()];
  }

  /** The scenarios a run may be asked for: the model's, or the baseline alone for a model that names none. */
  get runnableScenarios(): string[] {
    return this.structure.scenarios.size > 0 ? this.scenarios : [DEFAULT_SCENARIO];
  }

  /** Warnings and notes from building (an unknown unit, an unused projection). */
  get issues(): readonly Issue[] {
    return this.structure.issues;
  }

  /** The indicators, in the file's order: id, labels, unit, and whether it is an input a scenario may set. */
  get indicators(): { id: string; label: Labels; unit?: string; input: boolean }[] {
    return this.structure.indicators.map((i) => ({
      id: i.id,
      label: i.label,
      ...(i.unit ? { unit: i.unit.name } : {}),
      input: i.isInput,
    }));
  }

  /** The targets, in the file's order: id, labels, kind (约束性/预期性), the condition as written, the lever. */
  get targets(): { id: string; label: Labels; kind?: string; check: string; lever?: string }[] {
    return this.structure.targets.map((t) => ({
      id: t.id,
      label: t.label,
      ...(t.kind ? { kind: t.kind } : {}),
      check: t.text,
      ...(t.lever ? { lever: t.lever } : {}),
    }));
  }

  /**
   * What `console.log(model)` and a notebook's inspection show: a short summary (name, years, counts, scenarios,
   * targets), not the internals.
   */
  [INSPECT](): string {
    const { timeline } = this.structure;
    const targets = this.structure.targets.map((t) => `    ${t.id}: ${t.label.zh ?? t.label.en ?? t.text}`);
    return [
      `Model ${this.name ?? "(unnamed)"}`,
      `  years ${timeline.first}–${timeline.last}, base year ${timeline.baseYear}`,
      `  ${this.structure.indicators.length} indicators (${this.structure.indicators.filter((i) => i.isInput).length} inputs)`,
      `  scenarios: ${this.runnableScenarios.join(", ")}`,
      `  ${targets.length} targets${targets.length > 0 ? ":" : ""}`,
      ...targets.slice(0, 10),
      ...(targets.length > 10 ? [`    … and ${targets.length - 10} more (model.targets)`] : []),
    ].join("\n");
  }

  #arithmetic(mode: NumberMode): Arithmetic<unknown> {
    return (mode === "decimal" ? decimalArithmetic : floatArithmetic) as Arithmetic<unknown>;
  }

  /** The interpreter's closures for a number mode, compiled on first use and kept. */
  closures<T>(mode: NumberMode): CellClosures<T> {
    if (this.#root !== this) return this.#root.closures(mode);
    let closures = this.#closures.get(mode);
    if (!closures) {
      closures = cellClosures(this.structure, this.#arithmetic(mode));
      this.#closures.set(mode, closures);
    }
    return closures as CellClosures<T>;
  }

  /** The input values of a scenario (overrides of inputs, never of reported values), with a what-if's settings. */
  inputsOf(scenario?: string): ValueTable {
    const inputs = scenarioInputs(this.structure, scenario);
    for (const [id, override] of this.#overrides)
      applyOverride(this.structure, inputs, this.structure.indicatorById.get(id)!, override);
    return inputs;
  }

  /**
   * The model with some inputs set otherwise — a what-if: `model.with({ gdp_growth: "5.5%" })`. Each value is
   * written as in a scenario's `set:` (a constant, values by year `{ 2024: "5%" }`, or a growth path
   * `{ growth: "3%" }`) and applies on top of whichever scenario a run asks for, and on top of this model's own
   * what-if. The new model shares this one's structure and compiled kernels; a float run of it computes only the
   * cells downstream of the inputs set, from a full evaluation of the scenario kept by the model as built — bit
   * for bit what a full evaluation gives.
   * @throws PlansheetError naming each input that is unknown or computed, and each value that does not read, lies
   * outside the timeline or does not fit the input's unit.
   */
  with(set: Readonly<Record<string, unknown>>): Model {
    const read = readWhatIf(this.structure, set);
    const variant = new Model(this.structure);
    variant.#root = this.#root;
    variant.#overrides = [...this.#overrides, ...read];
    variant.#overridden = [...new Set(variant.#overrides.map(([id]) => this.structure.indicatorById.get(id)!.slot))];
    return variant;
  }

  /**
   * A float run in the model's one run buffer, evaluated again in place each time (nothing allocated, the year-
   * independent values and reported values left where they are). The projection reads the buffer while no later
   * run has used it; after that, the first read evaluates its own copy, bit for bit the same. `undefined` where
   * code generation is not allowed.
   */
  #sharedRun(
    inputs: ValueTable,
    scenario: string | undefined,
  ): { results: FloatResults; cells: () => ProjectedCells } | undefined {
    const compiled = this.compiled();
    if (!compiled) return undefined;
    const buffer = (this.#runBuffer ??= compiled.results());
    if (this.#root === this) compiled.evaluate(inputs, buffer);
    else this.#evaluateWhatIf(compiled, inputs, scenario, buffer);
    const generation = ++this.#runs;
    let own: FloatResults | undefined;
    const cells = () => own ?? (this.#runs === generation ? buffer : (own = compiled.evaluate(inputs)));
    return { results: buffer, cells };
  }

  /**
   * A what-if's evaluation into `buffer`: the root's full evaluation of the scenario, with the inputs this
   * what-if sets written in and only the cells downstream of them computed again.
   */
  #evaluateWhatIf(
    compiled: CompiledEvaluator,
    inputs: ValueTable,
    scenario: string | undefined,
    buffer: FloatResults,
  ): void {
    const root = this.#root;
    const key = scenario ?? "";
    let base = root.#bases.get(key);
    if (!base) {
      base = compiled.evaluate(root.#runInputs(scenario));
      root.#bases.set(key, base);
    }
    buffer.copyFrom(base);
    compiled.evaluateWith(buffer, inputs, this.#overridden);
  }

  /** A scenario's inputs for a run, kept: the table is only read. */
  #runInputs(scenario: string | undefined): ValueTable {
    const key = scenario ?? "";
    let inputs = this.#inputs.get(key);
    if (!inputs) {
      inputs = this.inputsOf(scenario);
      this.#inputs.set(key, inputs);
    }
    return inputs;
  }

  /**
   * The model compiled for float evaluation, created on first use and kept: call its `evaluate(inputs, into)`
   * to re-run the model with new inputs without allocating (sweeps, goal seeks, Monte Carlo trials).
   * `undefined` where code generation from strings is not allowed (a strict content security policy).
   */
  compiled(): CompiledEvaluator | undefined {
    if (this.#root !== this) return this.#root.compiled();
    if (this.#compiled === undefined) this.#compiled = compileEvaluator(this.structure) ?? null;
    return this.#compiled ?? undefined;
  }

  /**
   * Evaluates every cell with the given input values: the step that scenarios, sweeps and trials repeat. Float
   * mode uses the compiled evaluator unless `engine` is `interpreter`; the results are new on every call.
   */
  evaluate<T = number>(
    inputs: ValueTable,
    mode: NumberMode = "float",
    engine: EvaluationEngine = "compiled",
  ): CellResults<T> {
    if (mode === "float" && engine === "compiled") {
      const compiled = this.compiled();
      if (compiled) return compiled.evaluate(inputs) as unknown as CellResults<T>;
    }
    const ar = this.#arithmetic(mode) as Arithmetic<T>;
    return evaluateCells(this.structure, inputs, ar, this.closures<T>(mode));
  }

  /** Every target's outcome from evaluated cells. */
  #targetOutcomes(results: CellResults<unknown>, ar: Arithmetic<unknown>): TargetOutcome[] {
    return this.structure.targets.map((target) =>
      describeTarget(this.structure, target.id, targetDecider(this.structure, target, ar)(results), ar),
    );
  }

  /**
   * Projects the model under a scenario: every cell's value (or the reason it has none) and every target.
   * @throws PlansheetError for an unknown scenario.
   */
  run(options: RunOptions = {}): Projection {
    const mode = options.mode ?? "float";
    const scenario = options.scenario ?? DEFAULT_SCENARIO;
    const inputs = this.#runInputs(options.scenario);
    const ar = this.#arithmetic(mode);
    const shared =
      mode === "float" && options.engine !== "interpreter" ? this.#sharedRun(inputs, options.scenario) : undefined;
    const results = shared?.results ?? this.evaluate<unknown>(inputs, mode, options.engine);
    const outcomes = this.#targetOutcomes(results, ar);
    // At an exact boundary float rounding decides `met` by chance; decimal decides (README, "Exact numbers").
    const exactOutcomes = () =>
      this.#targetOutcomes(this.evaluate<unknown>(inputs, "decimal"), this.#arithmetic("decimal"));
    const targets = mode === "float" ? decideOnThreshold(outcomes, exactOutcomes) : outcomes;
    const { values, exact, beyond } = shared ? { values: shared.results.values } : projectionValues(results, ar);
    const own = { values, failed: results.failed, problems: results.problems };
    return new Projection({
      structure: this.structure,
      scenario,
      mode,
      cells: shared?.cells ?? (() => own),
      ...(exact ? { exact } : {}),
      targets,
      issues: [
        ...this.structure.issues,
        ...cellIssues(this.structure, results),
        ...(beyond ? beyondFloatRange(this.structure, beyond, exact) : []),
      ],
    });
  }
}

/**
 * A warning per indicator whose decimal values lie beyond the range of a JavaScript number (about 1.8e308): the
 * projection's `get()` gives ±Infinity for them, `exact()` the decimal.
 */
function beyondFloatRange(
  structure: ModelStructure,
  cells: readonly number[],
  exact: readonly (string | undefined)[] | undefined,
): Issue[] {
  const bySlot = new Map<number, number[]>();
  for (const cell of cells) {
    const slot = structure.layout.slotOf(cell);
    const list = bySlot.get(slot);
    if (list) list.push(cell);
    else bySlot.set(slot, [cell]);
  }
  return [...bySlot].map(([slot, list]) => {
    const id = structure.indicators[slot]!.id;
    const ys = list.map((cell) => structure.layout.yearOf(cell));
    return makeIssue("beyond_float_range", {
      message: `${id} is beyond the range of a JavaScript number in ${yearRanges(ys)} (${exact?.[list[0]!]} in ${ys[0]}): get() gives ±Infinity there, exact() the decimal`,
      indicator: id,
      years: ys,
    });
  });
}

/**
 * The values a projection holds when the interpreter computed them: each cell's value as a number (and in decimal
 * mode its text), with the cells beyond a float's range. A compiled run's buffer is held as it is.
 */
function projectionValues(
  results: CellResults<unknown>,
  ar: Arithmetic<unknown>,
): { values: Float64Array; exact?: (string | undefined)[]; beyond?: number[] } {
  const values = new Float64Array(results.values.length);
  const exact = ar.mode === "decimal" ? new Array<string | undefined>(values.length) : undefined;
  let beyond: number[] | undefined;
  for (let cell = 0; cell < values.length; cell++) {
    if (results.failed[cell]) continue;
    values[cell] = ar.toNumber(results.values[cell]);
    if (exact) exact[cell] = (results.values[cell] as Dec).toString();
    if (!Number.isFinite(values[cell])) (beyond ??= []).push(cell);
  }
  return { values, ...(exact ? { exact } : {}), ...(beyond ? { beyond } : {}) };
}

function describeTarget(
  structure: ModelStructure,
  id: string,
  result: TargetResult<unknown>,
  ar: Arithmetic<unknown>,
): TargetOutcome {
  const info = structure.targets.find((t) => t.id === id)!;
  const num = (v: unknown) => (v === null ? null : ar.toNumber(v));
  const text = (v: unknown) => (v === null ? null : String(v as Dec));
  const expr = info.checked?.expr;
  const unit = expr?.kind === "compare" ? expr.unit : undefined;
  return {
    id,
    met: result.met,
    value: num(result.value),
    threshold: num(result.threshold),
    margin: num(result.margin),
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.firstYear !== undefined ? { firstYear: result.firstYear } : {}),
    label: info.label,
    assumptions: info.assumptions,
    ...(info.kind ? { kind: info.kind } : {}),
    ...(info.quote ? { quote: info.quote } : {}),
    check: info.text,
    ...(unit ? { unit } : {}),
    ...(ar.mode === "decimal"
      ? { exact: { value: text(result.value), threshold: text(result.threshold), margin: text(result.margin) } }
      : {}),
  };
}

/** Options of {@link buildModel}: where the definition came from, for error positions. */
export type BuildOptions = SourceInfo;

/**
 * The model a function of the library was given, or a usage error naming the function and what it got: a plain
 * object, a definition or nothing where a `Model` (from `loadModel` or `buildModel`) was expected.
 * @throws PlansheetError (code `usage`).
 */
export function requireModel(model: unknown, fn: string): Model {
  if (model instanceof Model) return model;
  const got =
    model === null
      ? "null"
      : Array.isArray(model)
        ? "an array"
        : typeof model === "object"
          ? "a plain object"
          : typeof model;
  const message = `${fn} needs a Model, from loadModel or buildModel; it was given ${got}`;
  throw usageError(message, "build the model first: const model = buildModel(definition)");
}

/** The options a function of the library was given, or a usage error naming the function. */
export function requireOptions<T>(options: T, fn: string): T {
  if (typeof options === "object" && options !== null && !Array.isArray(options)) return options;
  const message = `${fn} needs its options as an object, such as { trials: 1000, seed: 1 }; it was given ${options === null ? "null" : typeof options}`;
  throw usageError(message);
}

/**
 * Builds a model from a definition of the model file's shape (a TypeScript object, or what `parseModelText` read from
 * YAML or JSON).
 * @throws ModelError listing every problem, when the model has errors (with `partial` when it can still run).
 */
export function buildModel(definition: ModelDefinition | unknown, options: BuildOptions = {}): Model {
  const { structure, issues } = buildStructure(definition, options);
  if (hasErrors(issues) || !structure) throw new ModelError(issues, structure ? new Model(structure) : undefined);
  return new Model(structure);
}
