import type { CellResults, CompiledEvaluator, FloatResults, Model } from "../evaluation/index.js";
import type { ValueTable } from "../structure/index.js";
import { setLever, type Lever } from "./lever.js";

/**
 * A model evaluated again and again as levers move — a sweep's points, a goal seek's steps. Each evaluation
 * computes only the cells downstream of the levers that moved since the last one, in one buffer, and gives a full
 * evaluation's results bit for bit. Where code generation is not allowed (a strict content security policy) each
 * evaluation is a full one by the interpreter.
 */
export class LeverEvaluation {
  /** The inputs as they stand: the base table with the levers set. */
  readonly inputs: ValueTable;
  readonly #model: Model;
  readonly #compiled: CompiledEvaluator | undefined;
  #buffer: FloatResults | undefined;
  readonly #moved = new Set<number>();

  /** Starts from a copy of `base` (the scenario's inputs, with any other inputs set). */
  constructor(model: Model, base: ValueTable) {
    this.#model = model;
    this.inputs = base.clone();
    this.#compiled = model.compiled();
  }

  /** Moves a lever to `value`, in every year where its indicator is an input. */
  set(lever: Lever, value: number): void {
    setLever(this.#model, this.inputs, lever, value);
    this.#moved.add(lever.slot);
  }

  /**
   * Every cell with the inputs as they stand. The results are valid until the next call: read what is needed
   * from them before moving a lever again.
   */
  evaluate(): CellResults<number> {
    const compiled = this.#compiled;
    if (!compiled) return this.#model.evaluate<number>(this.inputs, "float");
    if (!this.#buffer) {
      this.#buffer = compiled.evaluate(this.inputs);
    } else if (this.#moved.size > 0) {
      compiled.evaluateWith(this.#buffer, this.inputs, [...this.#moved]);
    }
    this.#moved.clear();
    return this.#buffer;
  }
}
