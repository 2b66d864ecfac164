import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/node.js";
import { runLayout, simulate, solveProbability, TrialRunner, type RunSpec } from "../../src/montecarlo/index.js";

/** A model of its own for each test: its compiled evaluator counts what the interpreter was handed. */
const mentougou = () => loadModel(`${__dirname}/../../examples/mentougou-2021/model.yaml`);

describe("the work of a trial", () => {
  it("hands the interpreter no cell per trial: what always fails is decided once per run", () => {
    const model = mentougou();
    const compiled = model.compiled()!;
    const interpreted = (trials: number) => {
      const before = compiled.interpretedCells;
      simulate(model, { trials, seed: 3 });
      return compiled.interpretedCells - before;
    };
    const short = interpreted(1000);
    expect(short).toBeGreaterThan(0);
    expect(interpreted(4000)).toBe(short);
  });

  it("hands the interpreter no cell per trial in a goal seek on probability either", () => {
    const model = mentougou();
    const compiled = model.compiled()!;
    const seek = (trials: number) => {
      const before = compiled.interpretedCells;
      const result = solveProbability(model, {
        target: "re_share_below_10_2025",
        probability: 0.8,
        trials,
        seed: 2021,
      });
      return { iterations: result.iterations, interpreted: compiled.interpretedCells - before };
    };
    const short = seek(1000);
    const long = seek(3000);
    expect(long.iterations).toBe(short.iterations);
    expect(long.interpreted).toBe(short.interpreted);
  });

  it("fills a spare values array handed back as it fills a new one, whatever the spare held", () => {
    const model = mentougou();
    const spec: RunSpec = { seed: 5, trials: 3000 };
    const runner = new TrialRunner(model, spec);
    const fresh = runner.runChunk(1);
    const spare = new Float64Array(fresh.values.length).fill(-7);
    const again = runner.runChunk(1, spare);
    expect(again.values).toBe(spare);
    expect(Array.from(again.values)).toEqual(Array.from(fresh.values));
    // a spare of another length is left alone
    expect(runner.runChunk(1, new Float64Array(3)).values).not.toHaveLength(3);
  });

  it("draws only the inputs a target needs when no drivers are ranked, and the same numbers for those", () => {
    const model = mentougou();
    for (const [target, drawn] of [
      ["re_share_below_10_2025", ["gdp_growth", "re_share_2021", "re_growth"]],
      // tourism_growth is last of the correlated block: the normal scores before it are still needed
      ["tourism_revenue_20", ["tourism_revenue", "tourism_growth"]],
      ["listed_companies_20", []],
    ] as const) {
      const spec: RunSpec = { seed: 11, trials: 2000, targets: [target], track: [] };
      const only = { ...spec, drivers: false };
      expect(
        runLayout(model, only)
          .plan.inputs.filter((i) => i.drawn)
          .map((i) => i.id),
      ).toEqual(drawn);
      expect(runLayout(model, spec).plan.inputs.every((i) => i.drawn)).toBe(true);
      const all = new TrialRunner(model, spec);
      const some = new TrialRunner(model, only);
      for (const chunk of [0, 1]) {
        const a = all.runChunk(chunk);
        const b = some.runChunk(chunk);
        expect(b.margins).toEqual(a.margins);
        expect(b.met).toEqual(a.met);
      }
    }
  });
});
