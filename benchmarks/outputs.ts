/**
 * What every contestant must compute, for the check before timing: each chain's levels and shares in every year,
 * the group sum, and each chain's cagr.
 */
export interface Outputs {
  /** `x[i * (Y + 1) + t]` */
  readonly x: Float64Array;
  readonly s: Float64Array;
  readonly total: Float64Array;
  readonly c: Float64Array;
}

export function emptyOutputs(chains: number, years: number): Outputs {
  return {
    x: new Float64Array(chains * (years + 1)),
    s: new Float64Array(chains * (years + 1)),
    total: new Float64Array(years + 1),
    c: new Float64Array(chains),
  };
}

/**
 * Where `actual` differs from `expected` by more than `tolerance` relative (0: bit for bit, `Object.is`), as a
 * message naming the first difference; `undefined` when they agree.
 */
export function disagreement(expected: Outputs, actual: Outputs, tolerance: number): string | undefined {
  for (const key of ["x", "s", "total", "c"] as const) {
    const a = expected[key];
    const b = actual[key];
    if (a.length !== b.length) return `${key}: ${a.length} values vs ${b.length}`;
    for (let k = 0; k < a.length; k++) {
      const same = tolerance === 0 ? Object.is(a[k], b[k]) : Math.abs(a[k]! - b[k]!) <= tolerance * Math.abs(a[k]!);
      if (!same) return `${key}[${k}]: expected ${a[k]}, got ${b[k]} (tolerance ${tolerance})`;
    }
  }
  return undefined;
}
