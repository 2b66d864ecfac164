/**
 * The Cholesky factor L (lower triangular, L·Lᵀ = A) of a symmetric positive semi-definite matrix, or the row
 * at which it fails when the matrix is not one. A pivot within `tolerance` of zero is taken as zero, so that a
 * singular but valid correlation matrix (two inputs perfectly correlated) is accepted.
 */
export function cholesky(
  matrix: readonly (readonly number[])[],
  tolerance = 1e-10,
): { ok: true; factor: number[][] } | { ok: false; row: number } {
  const n = matrix.length;
  const factor = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]![j]!;
      for (let k = 0; k < j; k++) sum -= factor[i]![k]! * factor[j]![k]!;
      if (i === j) {
        if (sum < -tolerance) return { ok: false, row: i };
        factor[i]![i] = Math.sqrt(Math.max(0, sum));
      } else {
        const pivot = factor[j]![j]!;
        if (pivot === 0) {
          if (Math.abs(sum) > tolerance) return { ok: false, row: i };
          factor[i]![j] = 0;
        } else {
          factor[i]![j] = sum / pivot;
        }
      }
    }
  }
  return { ok: true, factor };
}
