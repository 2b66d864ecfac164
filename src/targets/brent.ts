/** A root found by {@link brentRoot}: where, how close to 0 the function is there, and how many evaluations it took. */
export interface Root {
  readonly x: number;
  readonly fx: number;
  readonly iterations: number;
}

/**
 * Brent's method (R. P. Brent, *Algorithms for Minimization without Derivatives*, 1973, ch. 4; the "zeroin"
 * procedure): finds x in [a, b] with f(x) = 0, given f(a) and f(b) of opposite signs. It combines bisection,
 * which always converges, with the secant step and inverse quadratic interpolation, which converge fast on a
 * smooth function, and so never takes more than about twice as many steps as bisection would.
 *
 * Stops when the bracket is narrower than `2·(4·ε·|x| + tolerance)`; with the default `tolerance` the result is
 * within a few units in the last place of a double, far finer than 1e-10 relative.
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  fa = f(a),
  fb = f(b),
  tolerance = 0,
  maxIterations = 200,
): Root {
  if (fa === 0) return { x: a, fx: fa, iterations: 0 };
  if (fb === 0) return { x: b, fx: fb, iterations: 0 };
  if (Math.sign(fa) === Math.sign(fb)) throw new RangeError("brentRoot needs f(a) and f(b) of opposite signs");
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      // Keep the root between b and c.
      c = a;
      fc = fa;
      d = e = b - a;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      // b is the best estimate so far.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) break;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Try interpolation: secant when only two points are distinct, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * m * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the interpolation only if it falls well inside the bracket and shrinks it fast enough.
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return { x: b, fx: fb, iterations };
}

/**
 * Golden-section search for the largest value of f on [a, b] (f unimodal there), to `tolerance` in x. Used to
 * find the lever value that comes closest to a target that cannot be met.
 */
export function goldenMaximum(
  f: (x: number) => number,
  a: number,
  b: number,
  tolerance: number,
  maxIterations = 200,
): { x: number; fx: number; iterations: number } {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = b - ratio * (b - a);
  let x2 = a + ratio * (b - a);
  let f1 = f(x1);
  let f2 = f(x2);
  let iterations = 0;
  while (Math.abs(b - a) > tolerance && iterations < maxIterations) {
    iterations++;
    if (f1 < f2 || Number.isNaN(f1)) {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + ratio * (b - a);
      f2 = f(x2);
    } else {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - ratio * (b - a);
      f1 = f(x1);
    }
  }
  return f1 >= f2 ? { x: x1, fx: f1, iterations } : { x: x2, fx: f2, iterations };
}
