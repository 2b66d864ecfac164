import type { Arithmetic } from "./arithmetic.js";

/** How a value is brought to another scale of its unit, `x × num / den`: which of the two steps it needs. */
export const ScaleMode = { none: 0, multiply: 1, divide: 2, both: 3 } as const;

/** The steps a factor `num / den` needs: none for 1, one for a whole factor or a whole divisor, both otherwise. */
export function scaleModeOf(num: number, den: number): number {
  if (num === 1 && den === 1) return ScaleMode.none;
  if (den === 1) return ScaleMode.multiply;
  if (num === 1) return ScaleMode.divide;
  return ScaleMode.both;
}

/**
 * A unit conversion `x × num / den` as a function, in any arithmetic: multiply first, then divide, and skip a
 * factor of 1, so that 亿元 → 万元 is one exact step (`× 10000`) and 万元 → 亿元 one division. The interpreter, the
 * kernels' group sums and interval evaluation use it; the kernel emitter writes the same steps as source.
 */
export function scaler<T>(
  ar: Arithmetic<T>,
  num: number,
  den: number,
  exactNum: string,
  exactDen: string,
): (x: T) => T {
  const n = ar.literal(exactNum, num);
  const d = ar.literal(exactDen, den);
  switch (scaleModeOf(num, den)) {
    case ScaleMode.none:
      return (x) => x;
    case ScaleMode.multiply:
      return (x) => ar.mul(x, n);
    case ScaleMode.divide:
      return (x) => ar.div(x, d);
    default:
      return (x) => ar.div(ar.mul(x, n), d);
  }
}
