import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

/**
 * The reference: M(N, Y) written by hand as loops over one Float64Array per series, performing the same float
 * operations in the same order as a formula engine would (`x[t-1] * (1 + g)`, the sum from the first chain on,
 * `x / total`, `(x[Y] / x[0])^(1/Y) - 1`).
 */
export function handFloat(model: SyntheticModel): Contestant {
  const N = model.chains;
  const Y = model.years;
  const g = Float64Array.from(model.growthDecimal, Number);
  const base = Float64Array.from(model.baseText, Number);
  const X = Array.from({ length: N }, () => new Float64Array(Y + 1));
  const S = Array.from({ length: N }, () => new Float64Array(Y + 1));
  const C = new Float64Array(N);
  const total = new Float64Array(Y + 1);
  return {
    name: "hand-written JS (Float64Array)",
    evaluate() {
      for (let i = 0; i < N; i++) {
        const x = X[i]!;
        const factor = 1 + g[i]!;
        let level = base[i]!;
        x[0] = level;
        for (let t = 1; t <= Y; t++) {
          level = level * factor;
          x[t] = level;
        }
      }
      total.set(X[0]!);
      for (let i = 1; i < N; i++) {
        const x = X[i]!;
        for (let t = 0; t <= Y; t++) total[t] = total[t]! + x[t]!;
      }
      for (let i = 0; i < N; i++) {
        const x = X[i]!;
        const s = S[i]!;
        for (let t = 0; t <= Y; t++) s[t] = x[t]! / total[t]!;
      }
      for (let i = 0; i < N; i++) {
        const x = X[i]!;
        C[i] = Math.pow(x[Y]! / x[0]!, 1 / Y) - 1;
      }
    },
    setGrowth(i, value) {
      g[i] = value;
    },
    setAllGrowth(values) {
      g.set(values);
    },
    outputs(): Outputs {
      const out = emptyOutputs(N, Y);
      for (let i = 0; i < N; i++) {
        out.x.set(X[i]!, i * (Y + 1));
        out.s.set(S[i]!, i * (Y + 1));
      }
      out.total.set(total);
      out.c.set(C);
      return out;
    },
    probe: () => ({ total: total[Y]!, cagr: C[0]! }),
  };
}
