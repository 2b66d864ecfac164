import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/evaluation/index.js";
import { CellRule } from "../../src/structure/index.js";
import { modelOf, randomModel } from "./random-models.js";
import { resultDifferences } from "./same-results.js";

/** The cells of an indicator's series. */
function cellsOf(model: Model, slot: number): number[] {
  const start = model.structure.layout.seriesStart(slot);
  return Array.from({ length: model.structure.timeline.length }, (_, k) => start + k);
}

const EDITS = { zero: 0, minus: -1, huge: 1e300, small: 0.03, drop: Number.NaN } as const;
type Edit = keyof typeof EDITS;

/** Rounds of changes: in each, some inputs (by position among the model's inputs) get a new value in every year. */
const rounds = fc.array(
  fc.array(fc.tuple(fc.nat(), fc.constantFrom<Edit>("zero", "minus", "huge", "small", "drop")), {
    minLength: 1,
    maxLength: 3,
  }),
  {
    minLength: 1,
    maxLength: 4,
  },
);

describe("evaluating again after inputs changed (property)", () => {
  it("gives a full evaluation's results bit for bit, with the same problems in the same order, on random models", () => {
    const seen = { models: 0, rounds: 0, partial: 0, failures: 0 };
    fc.assert(
      fc.property(randomModel, rounds, (definition, changes) => {
        const model = modelOf(definition);
        if (!model) return;
        const { structure } = model;
        const inputSlots = structure.indicators
          .filter((i) => cellsOf(model, i.slot).some((c) => structure.rules[c] === CellRule.input))
          .map((i) => i.slot);
        if (inputSlots.length === 0) return;
        seen.models += 1;
        const compiled = model.compiled()!;
        const table = model.inputsOf();
        const buffer = compiled.evaluate(table);
        for (const round of changes) {
          const changed = new Set<number>();
          for (const [which, edit] of round) {
            const slot = inputSlots[which % inputSlots.length]!;
            changed.add(slot);
            for (const cell of cellsOf(model, slot)) {
              if (structure.rules[cell] !== CellRule.input) continue;
              const value = EDITS[edit];
              buffer.values[cell] = value;
              if (Number.isNaN(value)) table.clear(cell);
              else table.setNumber(cell, value);
            }
          }
          compiled.evaluateChanged(buffer, [...changed]);
          const reference = model.evaluate(table, "float", "interpreter");
          expect(resultDifferences(reference, buffer)).toEqual([]);
          seen.rounds += 1;
          if (compiled.cellsDownstream([...changed]) < structure.graph.cellCount) seen.partial += 1;
          seen.failures += reference.problems.size;
        }
      }),
      { seed: 9_009, numRuns: 300 },
    );
    // The generator reaches what matters: many rounds, most computing part of the model, failures among them.
    expect(seen.models).toBeGreaterThan(200);
    expect(seen.partial).toBeGreaterThan(seen.rounds * 0.5);
    expect(seen.failures).toBeGreaterThan(500);
  });

  it("gives the wanted cells a full evaluation's values and failures when only what they need is computed", () => {
    const seen = { rounds: 0, restricted: 0 };
    fc.assert(
      fc.property(
        randomModel,
        rounds,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (definition, changes, picks) => {
          const model = modelOf(definition);
          if (!model) return;
          const { structure } = model;
          const inputSlots = structure.indicators
            .filter((i) => cellsOf(model, i.slot).some((c) => structure.rules[c] === CellRule.input))
            .map((i) => i.slot);
          if (inputSlots.length === 0) return;
          const wanted = Int32Array.from(new Set(picks.map((p) => p % structure.graph.cellCount)));
          const compiled = model.compiled()!;
          const table = model.inputsOf();
          const buffer = compiled.evaluate(table);
          // the same changed inputs every round, as a Monte Carlo run draws the same inputs in every trial
          const changed = [...new Set(changes.flat().map(([which]) => inputSlots[which % inputSlots.length]!))];
          for (const round of changes) {
            round.forEach(([, edit], k) => {
              const slot = changed[k % changed.length]!;
              for (const cell of cellsOf(model, slot)) {
                if (structure.rules[cell] !== CellRule.input) continue;
                buffer.values[cell] = EDITS[edit];
                if (Number.isNaN(EDITS[edit])) table.clear(cell);
                else table.setNumber(cell, EDITS[edit]);
              }
            });
            compiled.evaluateChanged(buffer, changed, wanted);
            const reference = model.evaluate(table, "float", "interpreter");
            for (const cell of wanted) {
              expect(buffer.failed[cell], `cell ${cell} failed`).toBe(reference.failed[cell]);
              if (reference.failed[cell]) expect(buffer.problems.get(cell)).toEqual(reference.problems.get(cell));
              else
                expect(
                  Object.is(buffer.values[cell], reference.values[cell]),
                  `cell ${cell}: ${buffer.values[cell]} vs ${reference.values[cell]}`,
                ).toBe(true);
            }
            seen.rounds += 1;
            if (compiled.cellsDownstream(changed, wanted) < compiled.cellsDownstream(changed)) seen.restricted += 1;
          }
          // and a full incremental evaluation afterwards starts over: everything is right again
          compiled.evaluateChanged(buffer, changed);
          expect(resultDifferences(model.evaluate(table, "float", "interpreter"), buffer)).toEqual([]);
        },
      ),
      { seed: 9_010, numRuns: 300 },
    );
    expect(seen.restricted).toBeGreaterThan(seen.rounds * 0.3);
  });
});
