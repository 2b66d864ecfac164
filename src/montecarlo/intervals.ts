const Z95 = 1.959963984540054;

/**
 * The Wilson score interval (E. B. Wilson, 1927) for a proportion: 95% confidence bounds on the probability
 * behind `successes` out of `n`, well behaved near 0 and 1 where the textbook normal interval is not.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // With no successes (or no failures) the bound on that side is exactly 0 (or 1), not a rounding residue.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === n ? 1 : Math.min(1, centre + half)];
}
