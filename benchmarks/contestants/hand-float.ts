import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

/**
 * How the hand-written reference keeps its numbers: one Float64Array per series (each indicator's years, as
 * PERFORMANCE.md's reference does), or one Float64Array per kind of series (all levels in one, all shares in
 * another), which is faster for large N, where thousands of small arrays scatter over memory.
 */
export type HandLayout = "per-series" | "per-kind";

/** The contestants' names in the report. */
export const HAND_NAMES: Readonly<Record<HandLayout, string>> = {
  "per-series": "hand-written JS, one array per series",
  "per-kind": "hand-written JS, one array per kind",
};

/**
 * The reference: M(N, Y) written by hand as loops over Float64Arrays, performing the same float operations in
 * the same order as a formula engine would (`x[t-1] * (1 + g)`, the sum from the first chain on, `x / total`,
 * `(x[Y] / x[0])^(1/Y) - 1`).
 */
export function handFloat(model: SyntheticModel, layout: HandLayout = "per-series"): Contestant {
  const N = model.chains;
  const Y = model.years;
  const L = Y + 1;
  const g = Float64Array.from(model.growthDecimal, Number);
  const base = Float64Array.from(model.baseText, Number);
  const C = new Float64Array(N);
  const total = new Float64Array(L);
  // per kind: row i of X holds chain i's levels; per series: X[i] is chain i's own array
  const xs = new Float64Array(N * L);
  const ss = new Float64Array(N * L);
  const X = Array.from({ length: N }, (_, i) =>
    layout === "per-kind" ? xs.subarray(i * L, (i + 1) * L) : new Float64Array(L),
  );
  const S = Array.from({ length: N }, (_, i) =>
    layout === "per-kind" ? ss.subarray(i * L, (i + 1) * L) : new Float64Array(L),
  );

  const perSeries = () => {
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
      C[i] = (x[Y]! / x[0]!) ** (1 / Y) - 1;
    }
  };
  const perKind = () => {
    for (let i = 0, r = 0; i < N; i++, r += L) {
      const factor = 1 + g[i]!;
      let level = base[i]!;
      xs[r] = level;
      for (let t = 1; t <= Y; t++) {
        level = level * factor;
        xs[r + t] = level;
      }
    }
    for (let t = 0; t <= Y; t++) total[t] = xs[t]!;
    for (let r = L; r < N * L; r += L) for (let t = 0; t <= Y; t++) total[t] = total[t]! + xs[r + t]!;
    for (let r = 0; r < N * L; r += L) for (let t = 0; t <= Y; t++) ss[r + t] = xs[r + t]! / total[t]!;
    for (let i = 0, r = 0; i < N; i++, r += L) C[i] = (xs[r + Y]! / xs[r]!) ** (1 / Y) - 1;
  };

  return {
    name: HAND_NAMES[layout],
    evaluate: layout === "per-kind" ? perKind : perSeries,
    setGrowth(i, value) {
      g[i] = value;
    },
    setAllGrowth(values) {
      g.set(values);
    },
    outputs(): Outputs {
      const out = emptyOutputs(N, Y);
      for (let i = 0; i < N; i++) {
        out.x.set(X[i]!, i * L);
        out.s.set(S[i]!, i * L);
      }
      out.total.set(total);
      out.c.set(C);
      return out;
    },
    probe: () => ({ total: total[Y]!, cagr: C[0]! }),
  };
}
