import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { CompiledEvaluator, FloatResults, Model } from "../../src/evaluation/index.js";
import type { ValueTable } from "../../src/structure/index.js";
import { CROSS_CHECK_COUNTS, type CrossCheckPath } from "./cross-check-counts.js";
import { resultDifferences } from "./same-results.js";

/*
 * Differential check over every fixture of the suite: each evaluation by the compiled engine is repeated with the
 * reference interpreter, and any difference — a value not bit-identical, a failed cell, a reason, the order of
 * reasons — fails the test that made it. Every path of the compiled engine is wrapped: the full evaluation
 * (`evaluate`: every `model.run()`), the incremental one after some inputs changed (`evaluateChanged`: Monte Carlo
 * trials, solve, sweep and feasibility steps) and the one that takes the changed inputs from a table
 * (`evaluateWith`: `model.with`, levers). An incremental evaluation that computes only some wanted cells is checked
 * on those cells. An evaluator that has run many times (Monte Carlo trials) is checked on its first 200
 * evaluations and then on one in 25, which keeps a simulation of 10,000 trials well inside its test's time.
 * `cross-check-counts.ts` counts what each path ran and what was checked, so that a test can see the check see.
 *
 * Registered in vitest.config.ts as a setup file. Test files share their modules (`isolate: false`), so this file
 * runs once per test file against the same classes: the wrappers are installed once, marked on the prototype.
 * Test files that cannot reach a model (they import none of the layers that build or run one) skip it, so as not
 * to load the whole engine for nothing.
 */
const INSTALLED = Symbol.for("plansheet.test.crossCheck");
const ALWAYS = 200;
const EVERY = 25;

const testPath = expect.getState().testPath;
const source = testPath ? readFileSync(testPath, "utf8") : "";
if (/src\/(evaluation|node|io|cli|targets|verification|scenarios|montecarlo|index)\b/.test(source)) {
  const { Model: ModelClass, CompiledEvaluator: EvaluatorClass } = await import("../../src/evaluation/index.js");
  const { CellRule } = await import("../../src/structure/index.js");
  const prototype = EvaluatorClass.prototype as CompiledEvaluator & { [INSTALLED]?: true };
  if (!prototype[INSTALLED]) {
    prototype[INSTALLED] = true;
    const modelOf = new WeakMap<CompiledEvaluator, Model>();
    const runs = new WeakMap<CompiledEvaluator, number>();
    // A path calls another inside (evaluateWith → evaluateChanged → evaluate): the outermost one checks the result.
    let depth = 0;
    const compiled = ModelClass.prototype.compiled;
    ModelClass.prototype.compiled = function recorded(this: Model) {
      const evaluator = compiled.call(this);
      if (evaluator) modelOf.set(evaluator, this);
      return evaluator;
    };

    /** The inputs a buffer holds in its input cells, as a table the interpreter reads (NaN: no value). */
    const inputsIn = (model: Model, buffer: FloatResults): ValueTable => {
      const table = model.inputsOf();
      const { rules } = model.structure;
      for (let cell = 0; cell < rules.length; cell++) {
        if (rules[cell] !== CellRule.input) continue;
        const value = buffer.values[cell]!;
        if (Number.isNaN(value)) table.clear(cell);
        else table.setNumber(cell, value);
      }
      return table;
    };

    /** Compares a compiled result with the interpreter's from `table`, on `cells` only when given. */
    const compare = (model: Model, table: ValueTable, results: FloatResults, cells?: Int32Array): void => {
      const { structure } = model;
      const reference = model.evaluate<number>(table, "float", "interpreter");
      const years = structure.timeline.length;
      const name = (cell: number) =>
        `${structure.indicators[Math.floor(cell / years)]!.id}[${structure.timeline.yearAt(cell % years)}]`;
      const differences = resultDifferences(reference, results, name, cells);
      if (differences.length > 0)
        throw new Error(`compiled and interpreted evaluation differ:\n${differences.join("\n")}`);
    };

    /**
     * Wraps one path: `before` reads the inputs a call will use when the call itself overwrites them (an in-place
     * full evaluation), otherwise they are read from the result's input cells after it.
     */
    const wrap = <A extends unknown[]>(
      path: CrossCheckPath,
      original: (this: CompiledEvaluator, ...args: A) => FloatResults,
      before: (model: Model, args: A) => ValueTable | undefined,
      wanted: (args: A) => Int32Array | undefined,
    ) =>
      function crossChecked(this: CompiledEvaluator, ...args: A): FloatResults {
        const model = modelOf.get(this);
        if (depth > 0 || !model) return original.apply(this, args);
        const counts = CROSS_CHECK_COUNTS[path];
        counts.ran++;
        const run = (runs.get(this) ?? 0) + 1;
        runs.set(this, run);
        if (run > ALWAYS && run % EVERY !== 0) return original.apply(this, args);
        const table = before(model, args);
        depth++;
        let results: FloatResults;
        try {
          results = original.apply(this, args);
        } finally {
          depth--;
        }
        compare(model, table ?? inputsIn(model, results), results, wanted(args));
        counts.checked++;
        return results;
      };

    const evaluate = EvaluatorClass.prototype.evaluate;
    EvaluatorClass.prototype.evaluate = wrap(
      "evaluate",
      evaluate,
      // In place (`evaluate(buffer, buffer)`), the inputs are the buffer's input cells: copy them before they go.
      (model, [inputs, into]) => (inputs === into ? inputsIn(model, into) : (inputs as ValueTable)),
      () => undefined,
    );
    EvaluatorClass.prototype.evaluateChanged = wrap(
      "evaluateChanged",
      EvaluatorClass.prototype.evaluateChanged,
      () => undefined,
      ([, , wanted]) => wanted,
    );
    EvaluatorClass.prototype.evaluateWith = wrap(
      "evaluateWith",
      EvaluatorClass.prototype.evaluateWith,
      () => undefined,
      () => undefined,
    );
  }
}
