import { all, create, type EvalFunction } from "mathjs";
import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

const math = create(all!);

/**
 * mathjs as an evaluator: each formula compiled once with `compile()`, then `evaluate(scope)` called for every
 * cell, in dependency order, with the cell's inputs in the scope. The group sum is mathjs's `sum` of the year's
 * levels (a 10,000-term expression would overflow mathjs's recursive walks).
 */
export function mathjsPerCell(model: SyntheticModel): Contestant {
  const N = model.chains;
  const Y = model.years;
  const projection: EvalFunction = math.compile("prev * (1 + g)");
  const groupSum: EvalFunction = math.compile("sum(levels)");
  const share: EvalFunction = math.compile("x / total");
  const growth: EvalFunction = math.compile("(last / first) ^ (1 / years) - 1");
  const g = Float64Array.from(model.growthDecimal, Number);
  const base = Float64Array.from(model.baseText, Number);
  const out = emptyOutputs(N, Y);
  const levels = new Array<number>(N);
  const scope: Record<string, unknown> = {};
  return {
    name: "mathjs compile/evaluate per cell",
    evaluate() {
      for (let i = 0; i < N; i++) {
        out.x[i * (Y + 1)] = base[i]!;
        scope.g = g[i];
        for (let t = 1; t <= Y; t++) {
          scope.prev = out.x[i * (Y + 1) + t - 1];
          out.x[i * (Y + 1) + t] = projection.evaluate(scope) as number;
        }
      }
      for (let t = 0; t <= Y; t++) {
        for (let i = 0; i < N; i++) levels[i] = out.x[i * (Y + 1) + t]!;
        scope.levels = levels;
        out.total[t] = groupSum.evaluate(scope) as number;
      }
      for (let i = 0; i < N; i++) {
        for (let t = 0; t <= Y; t++) {
          scope.x = out.x[i * (Y + 1) + t];
          scope.total = out.total[t];
          out.s[i * (Y + 1) + t] = share.evaluate(scope) as number;
        }
        scope.first = out.x[i * (Y + 1)];
        scope.last = out.x[i * (Y + 1) + Y];
        scope.years = Y;
        out.c[i] = growth.evaluate(scope) as number;
      }
    },
    setGrowth(i, value) {
      g[i] = value;
    },
    setAllGrowth(values) {
      g.set(values);
    },
    outputs: (): Outputs => ({ x: out.x.slice(), s: out.s.slice(), total: out.total.slice(), c: out.c.slice() }),
    probe: () => ({ total: out.total[Y]!, cagr: out.c[0]! }),
  };
}
