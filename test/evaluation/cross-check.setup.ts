import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { CellResults, EvaluationEngine, Model } from "../../src/evaluation/index.js";
import type { NumberMode } from "../../src/core/index.js";
import type { ValueTable } from "../../src/model/index.js";
import { resultDifferences } from "./same-results.js";

/*
 * Differential check over every fixture of the suite: each float evaluation through the compiled engine (the
 * default, so every `model.run()`, sweep and solve in every test) is repeated with the reference interpreter,
 * and any difference — a value not bit-identical, a failed cell, a reason, the order of reasons — fails the test
 * that made it. Registered in vitest.config.ts as a setup file; test files that cannot reach a model (they import
 * none of the layers that build or run one) skip it, so as not to load the whole engine for nothing.
 */
const testPath = expect.getState().testPath;
const source = testPath ? readFileSync(testPath, "utf8") : "";
if (/src\/(evaluation|node|io|cli|targets|verification|scenarios|montecarlo|index)\b/.test(source)) {
  const { Model: ModelClass } = await import("../../src/evaluation/index.js");
  const evaluate = ModelClass.prototype.evaluate;
  ModelClass.prototype.evaluate = function crossChecked<T>(this: Model, inputs: ValueTable, mode: NumberMode = "float", engine: EvaluationEngine = "compiled"): CellResults<T> {
    const results = evaluate.call(this, inputs, mode, engine) as CellResults<T>;
    if (mode === "float" && engine === "compiled" && this.compiled()) {
      const reference = evaluate.call(this, inputs, "float", "interpreter") as CellResults<number>;
      const years = this.structure.timeline.length;
      const name = (cell: number) => `${this.structure.indicators[Math.floor(cell / years)]!.id}[${this.structure.timeline.yearAt(cell % years)}]`;
      const differences = resultDifferences(reference, results as CellResults<number>, name);
      if (differences.length > 0) throw new Error(`compiled and interpreted evaluation differ:\n${differences.join("\n")}`);
    }
    return results;
  };
}
