import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/evaluation/index.js";
import { planEvaluation } from "../../src/evaluation/compile/kernel-plan.js";
import { ValueTable } from "../../src/structure/index.js";
import { modelOf, randomModel } from "./random-models.js";
import { resultDifferences } from "./same-results.js";

const SEED = 7_007;
const RUNS = 400;

/** Input values varied from the model's own: some cells dropped (gaps), some set to 0, −1 or a huge number. */
const inputEdits = fc.array(fc.constantFrom("keep", "keep", "keep", "drop", "zero", "minus", "huge"), {
  minLength: 1,
  maxLength: 40,
});

function editInputs(model: Model, edits: readonly string[]): ValueTable {
  const base = model.inputsOf();
  const table = new ValueTable(base.float.length);
  let k = 0;
  for (let cell = 0; cell < base.float.length; cell++) {
    if (!base.has(cell)) continue;
    const edit = edits[k++ % edits.length]!;
    if (edit === "keep") table.set(cell, { value: base.float[cell]!, exact: base.exact[cell]! });
    else if (edit === "zero") table.setNumber(cell, 0);
    else if (edit === "minus") table.setNumber(cell, -1);
    else if (edit === "huge") table.setNumber(cell, 1e300);
  }
  return table;
}

describe("compiled evaluation against the interpreter (property)", () => {
  it("gives bit-identical values, the same failed cells and the same reasons on random models", () => {
    const seen = { models: 0, partial: 0, failedCells: 0, once: 0, down: 0, cells: 0, shared: 0 };
    fc.assert(
      fc.property(randomModel, inputEdits, (definition, edits) => {
        const model = modelOf(definition);
        if (!model) return;
        seen.models += 1;
        if (model.structure.issues.some((i) => i.severity === "error")) seen.partial += 1;
        const compiled = model.compiled()!;
        expect(compiled).toBeDefined();
        for (const step of planEvaluation(model.structure).steps) {
          if (step.kind === "once") seen.once += 1;
          if (step.kind === "cells") seen.cells += 1;
          if (step.kind === "range" && step.kernel.kind === "down") seen.down += 1;
          if (step.kind !== "cells" && step.count > 1) seen.shared += 1;
        }
        const buffer = compiled.results();
        for (const inputs of [model.inputsOf(), editInputs(model, edits), model.inputsOf()]) {
          const reference = model.evaluate(inputs, "float", "interpreter");
          const fresh = compiled.evaluate(inputs);
          // The same buffer again and again: what the previous evaluation left there must not leak into this one.
          const reused = compiled.evaluate(inputs, buffer);
          expect(resultDifferences(reference, fresh)).toEqual([]);
          expect(resultDifferences(reference, reused)).toEqual([]);
          seen.failedCells += reference.problems.size;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator reaches what the compiler must get right: partial models, failures, every kind of step.
    expect(seen.models).toBeGreaterThan(RUNS * 0.9);
    expect(seen.partial).toBeGreaterThan(10);
    expect(seen.failedCells).toBeGreaterThan(1000);
    expect(seen.once).toBeGreaterThan(10);
    expect(seen.down).toBeGreaterThan(10);
    expect(seen.cells).toBeGreaterThan(10);
    expect(seen.shared).toBeGreaterThan(10);
  });
});
