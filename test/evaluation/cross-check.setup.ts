import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { CompiledEvaluator, FloatResults, Model } from "../../src/evaluation/index.js";
import type { ValueTable } from "../../src/structure/index.js";
import { resultDifferences } from "./same-results.js";

/*
 * Differential check over every fixture of the suite: each evaluation by the compiled engine (every `model.run()`,
 * sweep, solve and in-thread Monte Carlo trial in every test) is repeated with the reference interpreter, and any
 * difference — a value not bit-identical, a failed cell, a reason, the order of reasons — fails the test that made
 * it. An evaluator that has run many times (Monte Carlo trials) is checked on its first 200 evaluations and then on
 * one in 25, which keeps a simulation of 10,000 trials well inside its test's time.
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
    const compiled = ModelClass.prototype.compiled;
    ModelClass.prototype.compiled = function recorded(this: Model) {
      const evaluator = compiled.call(this);
      if (evaluator) modelOf.set(evaluator, this);
      return evaluator;
    };
    const evaluate = EvaluatorClass.prototype.evaluate;
    EvaluatorClass.prototype.evaluate = function crossChecked(this: CompiledEvaluator, inputs: ValueTable | FloatResults, into?: FloatResults): FloatResults {
      const model = modelOf.get(this);
      const run = (runs.get(this) ?? 0) + 1;
      runs.set(this, run);
      if (!model || (run > ALWAYS && run % EVERY !== 0)) return evaluate.call(this, inputs, into);
      const { structure } = model;
      // In place (`evaluate(buffer, buffer)`), the inputs are the buffer's input cells: copy them before they go.
      let table = inputs as ValueTable;
      if (inputs === into) {
        table = model.inputsOf();
        for (let cell = 0; cell < structure.rules.length; cell++) {
          if (structure.rules[cell] !== CellRule.input) continue;
          const value = into.values[cell]!;
          if (Number.isNaN(value)) table.clear(cell);
          else table.setNumber(cell, value);
        }
      }
      const results = evaluate.call(this, inputs, into);
      const reference = model.evaluate<number>(table, "float", "interpreter");
      const years = structure.timeline.length;
      const name = (cell: number) => `${structure.indicators[Math.floor(cell / years)]!.id}[${structure.timeline.yearAt(cell % years)}]`;
      const differences = resultDifferences(reference, results, name);
      if (differences.length > 0) throw new Error(`compiled and interpreted evaluation differ:\n${differences.join("\n")}`);
      return results;
    };
  }
}
