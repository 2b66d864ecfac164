import { Decimal } from "decimal.js";
import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

/** decimal.js at 34 significant digits, rounding half to even (plansheet's decimal mode, IEEE decimal128). */
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
/** A few guard digits for the Newton steps of the n-th root. */
const Wide = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/**
 * The n-th root written with care, as PERFORMANCE.md recommends: `Decimal.pow` with a fractional exponent costs
 * hundreds of microseconds, two Newton steps from the float root reach 40 digits, rounded once to 34.
 */
function root(a: Decimal, n: number): Decimal {
  const x = new Wide(a);
  let y = new Wide(a.toNumber() ** (1 / n));
  for (let step = 0; step < 2; step++)
    y = y
      .times(n - 1)
      .plus(x.div(y.pow(n - 1)))
      .div(n);
  return new D(y.toSignificantDigits(34, Decimal.ROUND_HALF_EVEN));
}

/** M(N, Y) written by hand with decimal.js: the reference for plansheet's decimal mode. */
export function handDecimal(model: SyntheticModel): Contestant {
  const N = model.chains;
  const Y = model.years;
  const one = new D(1);
  const g = model.growthDecimal.map((text) => new D(text));
  const base = model.baseText.map((text) => new D(text));
  const X: Decimal[][] = Array.from({ length: N }, () => new Array<Decimal>(Y + 1));
  const S: Decimal[][] = Array.from({ length: N }, () => new Array<Decimal>(Y + 1));
  const C = new Array<Decimal>(N);
  const total = new Array<Decimal>(Y + 1);
  return {
    name: "hand-written decimal.js",
    evaluate() {
      for (let i = 0; i < N; i++) {
        const x = X[i]!;
        const factor = one.plus(g[i]!);
        x[0] = base[i]!;
        for (let t = 1; t <= Y; t++) x[t] = x[t - 1]!.times(factor);
      }
      for (let t = 0; t <= Y; t++) total[t] = X[0]![t]!;
      for (let i = 1; i < N; i++) for (let t = 0; t <= Y; t++) total[t] = total[t]!.plus(X[i]![t]!);
      for (let i = 0; i < N; i++) for (let t = 0; t <= Y; t++) S[i]![t] = X[i]![t]!.div(total[t]!);
      for (let i = 0; i < N; i++) C[i] = root(X[i]![Y]!.div(X[i]![0]!), Y).minus(one);
    },
    setGrowth(i, value) {
      g[i] = new D(value);
    },
    setAllGrowth(values) {
      values.forEach((value, i) => (g[i] = new D(value)));
    },
    outputs(): Outputs {
      const out = emptyOutputs(N, Y);
      for (let i = 0; i < N; i++) {
        for (let t = 0; t <= Y; t++) {
          out.x[i * (Y + 1) + t] = X[i]![t]!.toNumber();
          out.s[i * (Y + 1) + t] = S[i]![t]!.toNumber();
        }
        out.c[i] = C[i]!.toNumber();
      }
      for (let t = 0; t <= Y; t++) out.total[t] = total[t]!.toNumber();
      return out;
    },
    probe: () => ({ total: total[Y]!.toNumber(), cagr: C[0]!.toNumber() }),
  };
}
