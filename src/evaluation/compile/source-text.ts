/*
 * How numbers reach generated source. Safety by construction (the formulas come from files other people wrote):
 * the source is built from the checked tree only, never from formula text; every node kind is handled explicitly
 * and anything else is refused; a number reaches the source only through `literal()` or `integer()`, which accept
 * finite numbers and safe integers only (so a string, boolean or null can never be pasted); indicators are
 * placeholders whose offsets arrive in a typed array at run time; ids, labels and group names never appear in the
 * source.
 */

/** A finite double as JavaScript source that reads back as exactly the same double. */
export function literal(value: number): string {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new Error(`internal: refusing to emit ${String(value)} as a literal`);
  if (Object.is(value, -0)) return "(-0)";
  const text = String(value);
  if (!/^-?[0-9.]+(e[+-][0-9]+)?$/.test(text)) throw new Error(`internal: unexpected number text ${text}`);
  return value < 0 ? `(${text})` : text;
}

/** A safe integer as JavaScript source. */
export function integer(n: number): string {
  if (typeof n !== "number" || !Number.isSafeInteger(n))
    throw new Error(`internal: refusing to emit ${String(n)} as an integer`);
  return n < 0 ? `(${n})` : String(n);
}

/**
 * NaN in generated code. The global `NaN` is a property load that the optimizer does not always fold, and then it
 * costs a boxed number per cell; `0 / 0` is a constant.
 */
export const NAN = "(0 / 0)";
