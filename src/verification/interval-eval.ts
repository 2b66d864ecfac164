import {
  Dec,
  addIntervals,
  interval,
  intervalArithmetic,
  multiplyIntervals,
  pointInterval,
  subtractIntervals,
  type Interval,
} from "../core/index.js";
import { numberClosure } from "../evaluation/index.js";
import { walk, type CheckedExpr } from "../formula/index.js";
import { derivative } from "./derivative.js";

/** The interval of each indicator (by slot) a formula reads, or `undefined` where nothing is known. */
export type IntervalLookup = (slot: number) => Interval | undefined;

/** Why a formula could not be evaluated over intervals. */
export class NotEvaluable extends Error {}

/** The nodes interval evaluation takes: arithmetic on indicators in one year; no years, functions over years or conditions. */
const EVALUABLE = new Set<CheckedExpr["kind"]>([
  "const",
  "cell",
  "negate",
  "sum",
  "product",
  "power",
  "scale",
  "math",
  "round",
  "minmax",
]);

/**
 * The first part of a formula, in source order, that interval evaluation cannot take, and why: a fixed or relative
 * year (`x[2016]`, `x[t-1]`), `t`, a condition or `if`, a function over years, a group aggregate. An identity holds
 * between indicators in the same year, so each of these would be evaluated as something it is not.
 */
export function notOverIntervals(expr: CheckedExpr): { node: CheckedExpr; why: string } | undefined {
  let first: { node: CheckedExpr; why: string } | undefined;
  walk(expr, (e) => {
    const why =
      e.kind === "cell"
        ? e.at.kind === "absolute"
          ? "names a fixed year"
          : e.at.offset !== 0
            ? "names another year"
            : undefined
        : EVALUABLE.has(e.kind)
          ? undefined
          : e.kind === "year"
            ? "is the year itself"
            : e.kind === "if" || e.kind === "compare" || e.kind === "logic" || e.kind === "not"
              ? "is a condition"
              : e.kind === "aggregate"
                ? "is a group aggregate"
                : "reads other years";
    if (why && (!first || e.span.start < first.node.span.start)) first = { node: e, why };
  });
  return first;
}

/**
 * Evaluates a checked formula over intervals: the result is the range of the formula's values for every choice of
 * values inside the operands' intervals — exact, not just safe. Each indicator read once (`energy / gdp`) makes
 * the reference interpreter on {@link intervalArithmetic} exact up to outward rounding; an indicator read more than
 * once (`a / (a + b)`) would widen it (the two readings vary independently), so the box of those indicators is
 * then subdivided (branch and bound, {@link exactRange}) until each end is known to {@link RANGE_TOLERANCE} of the
 * range. Reads `x[year]` as the indicator's interval: identities are evaluated one year or one period at a time.
 * Throws {@link NotEvaluable} for what {@link notOverIntervals} refuses and for indicators without an interval.
 */
export function evaluateInterval(expr: CheckedExpr, lookup: IntervalLookup): Interval {
  return evaluateRange(expr, lookup).range;
}

/**
 * A relation's range over intervals, and whether it is exact (to {@link RANGE_TOLERANCE}). When the subdivision
 * ran out before an end was pinned down, `range` is still safe (it holds every value) and `attained` spans values
 * the relation does take: the exact range lies between the two.
 */
export interface Range {
  readonly range: Interval;
  readonly exact: boolean;
  readonly attained?: Interval;
}

/** {@link evaluateInterval}, saying whether the range is exact. */
export function evaluateRange(expr: CheckedExpr, lookup: IntervalLookup): Range {
  const refused = notOverIntervals(expr);
  if (refused) throw new NotEvaluable(`${refused.node.kind} ${refused.why}: it cannot be evaluated over intervals`);
  const closure = numberClosure(expr, intervalArithmetic);
  const known = (slot: number): Interval => {
    const value = lookup(slot);
    if (!value) throw new NotEvaluable(`no interval for slot ${slot}`);
    return value;
  };
  const over = (box: ReadonlyMap<number, Interval>): Interval =>
    closure(0, { read: (slot) => box.get(slot) ?? known(slot) });
  const whole = over(new Map());
  const repeated = repeatedSlots(expr).filter((slot) => {
    const v = known(slot);
    return v.lo !== null && v.hi !== null && !v.lo.equals(v.hi);
  });
  if (repeated.length === 0) return { range: whole, exact: true };
  if (whole.lo === null || whole.hi === null) return { range: whole, exact: false };
  const slopes = new Map<number, (box: ReadonlyMap<number, Interval>) => Interval>();
  for (const slot of repeated) {
    const d = derivative(expr, slot);
    if (d) {
      const slope = numberClosure(d, intervalArithmetic);
      slopes.set(slot, (box) => slope(0, { read: (s) => box.get(s) ?? known(s) }));
    }
  }
  return exactRange({ over, slopes }, new Map(repeated.map((slot) => [slot, known(slot)])), whole);
}

/** The slots a formula reads more than once. */
function repeatedSlots(expr: CheckedExpr): number[] {
  const reads = new Map<number, number>();
  walk(expr, (e) => {
    if (e.kind === "cell") reads.set(e.slot, (reads.get(e.slot) ?? 0) + 1);
  });
  return [...reads].filter(([, n]) => n > 1).map(([slot]) => slot);
}

/** Each end of an exact range is found to within this fraction of the range's width (or of 1, for a point). */
export const RANGE_TOLERANCE = 1e-6;
/** The most boxes one end of a range may split; beyond it the end found so far (always safe) is kept. */
const MAX_SPLITS = 400;

/** A relation over boxes: its value, and the slopes along the indicators read more than once (where known). */
interface Relation {
  readonly over: (box: ReadonlyMap<number, Interval>) => Interval;
  readonly slopes: ReadonlyMap<number, (box: ReadonlyMap<number, Interval>) => Interval>;
}

/**
 * The range of a relation across `box` (the indicators read more than once and their intervals), end by end.
 * Along an indicator the relation rises or falls with over a box (the sign of its slope there), the end lies at
 * that indicator's own end: it is fixed there (corner evaluation). What stays is bounded by branch and bound: the
 * box whose evaluation reaches furthest is split in two along its widest side until that reach is within
 * {@link RANGE_TOLERANCE} of a value the relation takes at a box's midpoint, or until a box has no side left (its
 * value is then exact). Every bound is an outward one: the range holds every value, and is wider than the exact
 * range by at most the tolerance (or, past {@link MAX_SPLITS}, by what widening is left in the last boxes).
 */
function exactRange(relation: Relation, box: ReadonlyMap<number, Interval>, whole: Interval): Range {
  const width = whole.hi!.minus(whole.lo!);
  const tolerance = (width.isZero() ? new Dec(1) : width).times(RANGE_TOLERANCE);
  const lo = refineEnd(relation, box, tolerance, "lo");
  const hi = refineEnd(relation, box, tolerance, "hi");
  if (!lo || !hi) return { range: whole, exact: false };
  const range = { lo: lo.value, hi: hi.value, loClosed: lo.closed, hiClosed: hi.closed };
  if (lo.exact && hi.exact) return { range, exact: true };
  return {
    range,
    exact: false,
    ...(lo.attained && hi.attained ? { attained: interval(lo.attained, hi.attained) } : {}),
  };
}

type End = { readonly value: Dec; readonly closed: boolean; readonly exact: boolean; readonly attained?: Dec };
type Box = ReadonlyMap<number, Interval>;

const isPoint = (v: Interval) => v.lo !== null && v.hi !== null && v.lo.equals(v.hi);

/** The box with every indicator along which the relation is monotone fixed at the end that reaches `end`. */
function cornered(relation: Relation, box: Box, end: "lo" | "hi"): Map<number, Interval> {
  const out = new Map(box);
  for (let pass = 0, changed = true; changed && pass < box.size; pass++) {
    changed = false;
    for (const [slot, v] of out) {
      const slope = relation.slopes.get(slot);
      if (!slope || isPoint(v)) continue;
      const d = slope(out);
      const rising = d.lo !== null && !d.lo.isNegative();
      const falling = d.hi !== null && (d.hi.isNegative() || d.hi.isZero());
      if (!rising && !falling) continue;
      // The lower end of a rising relation is at the indicator's lower end, and so on.
      const atLow = rising === (end === "lo");
      const edge = atLow ? v.lo! : v.hi!;
      out.set(slot, {
        lo: edge,
        hi: edge,
        loClosed: atLow ? v.loClosed : v.hiClosed,
        hiClosed: atLow ? v.loClosed : v.hiClosed,
      });
      changed = true;
    }
  }
  return out;
}

function refineEnd(relation: Relation, start: Box, tolerance: Dec, end: "lo" | "hi"): End | undefined {
  // `reach` is how far a box's evaluation goes towards this end: its lower bound for "lo", minus its upper for "hi".
  const reach = (v: Interval): Dec => (end === "lo" ? v.lo! : v.hi!.neg());
  const closed = (v: Interval): boolean => (end === "lo" ? v.loClosed : v.hiClosed);
  const entry = (box: Box) => {
    const corner = cornered(relation, box, end);
    return { box: corner, value: enclosure(relation, corner) };
  };
  let boxes = [entry(start)];
  let attained: Dec | undefined;
  let exact = false;
  for (let splits = 0; splits < MAX_SPLITS; splits++) {
    if (boxes.some((b) => b.value.lo === null || b.value.hi === null)) return undefined;
    boxes.sort((x, y) => reach(x.value).comparedTo(reach(y.value)));
    const best = boxes[0]!;
    if ([...best.box.values()].every(isPoint)) {
      exact = true;
      break;
    }
    // Values the relation takes: at the box's midpoint and at its corners, where a monotone end lies.
    for (const point of [midpoint(best.box), ...corners(best.box)]) {
      const value = relation.over(point);
      if (value.lo === null || value.hi === null) return undefined;
      if (attained === undefined || reach(value).lessThan(attained)) attained = reach(value);
    }
    if (attained!.minus(reach(best.value)).lessThanOrEqualTo(tolerance)) {
      exact = true;
      break;
    }
    const [left, right] = split(best.box);
    boxes = [...boxes.slice(1), entry(left), entry(right)];
  }
  const edge = boxes.reduce((x, y) =>
    reach(y.value).lessThan(reach(x.value)) || (reach(y.value).equals(reach(x.value)) && closed(y.value)) ? y : x,
  );
  const value = end === "lo" ? edge.value.lo! : edge.value.hi!;
  return {
    value,
    closed: closed(edge.value),
    exact,
    ...(attained ? { attained: end === "lo" ? attained : attained.neg() } : {}),
  };
}

/**
 * The relation's values over a box, as tight as two enclosures make it: the interval evaluation, intersected with
 * the mean-value form f(m) + Σ ∂f/∂xᵢ(box)·(xᵢ − mᵢ) about the box's midpoint m, whose widening shrinks with the
 * square of the box's width (the plain evaluation's only with its width).
 */
function enclosure(relation: Relation, box: Box): Interval {
  const plain = relation.over(box);
  const mid = midpoint(box);
  let centred = relation.over(mid);
  for (const [slot, v] of box) {
    const slope = relation.slopes.get(slot);
    if (isPoint(v)) continue;
    if (!slope) return plain;
    centred = addIntervals(centred, multiplyIntervals(slope(box), subtractIntervals(v, mid.get(slot)!)));
  }
  return intersect(plain, centred);
}

/** The values two enclosures of the same values both allow (either alone is safe; so is what they share). */
function intersect(a: Interval, b: Interval): Interval {
  const lo =
    a.lo === null
      ? b
      : b.lo === null
        ? a
        : a.lo.greaterThan(b.lo)
          ? a
          : b.lo.greaterThan(a.lo)
            ? b
            : a.loClosed
              ? b
              : a;
  const hi =
    a.hi === null ? b : b.hi === null ? a : a.hi.lessThan(b.hi) ? a : b.hi.lessThan(a.hi) ? b : a.hiClosed ? b : a;
  return { lo: lo.lo, hi: hi.hi, loClosed: lo.loClosed, hiClosed: hi.hiClosed };
}

/** The corners of a box whose sides are few (up to 16 corners); none for a box of more sides. */
function corners(box: Box): Map<number, Interval>[] {
  const sides = [...box].filter(([, v]) => !isPoint(v));
  if (sides.length > 4) return [];
  let out: Map<number, Interval>[] = [new Map(box)];
  for (const [slot, v] of sides) {
    out = out.flatMap((corner) => [
      new Map(corner).set(slot, pointInterval(v.lo!)),
      new Map(corner).set(slot, pointInterval(v.hi!)),
    ]);
  }
  return out;
}

/** The box with each interval at its midpoint. */
function midpoint(box: Box): Map<number, Interval> {
  return new Map([...box].map(([slot, v]) => [slot, isPoint(v) ? v : pointInterval(v.lo!.plus(v.hi!).div(2))]));
}

/** The box cut in two across the middle of its widest interval (the middle belongs to both halves). */
function split(box: Box): [Map<number, Interval>, Map<number, Interval>] {
  let widest = -1;
  let width = new Dec(-1);
  for (const [slot, v] of box) {
    const w = v.hi!.minus(v.lo!);
    if (w.greaterThan(width)) {
      widest = slot;
      width = w;
    }
  }
  const v = box.get(widest)!;
  const mid = v.lo!.plus(v.hi!).div(2);
  const left = new Map(box).set(widest, { lo: v.lo, hi: mid, loClosed: v.loClosed, hiClosed: true });
  const right = new Map(box).set(widest, { lo: mid, hi: v.hi, loClosed: true, hiClosed: v.hiClosed });
  return [left, right];
}

/**
 * The exponent of each indicator when a formula is a *monomial* — a product of indicators raised to whole
 * powers, times constants (`energy / gdp`, `a * b^2 / c`) — or `undefined` otherwise. For a monomial,
 * relative changes compose: `1 + Δy = Π (1 + Δxᵢ)^eᵢ`, whatever the constants and unit scales.
 */
export function monomialExponents(expr: CheckedExpr): Map<number, number> | undefined {
  switch (expr.kind) {
    case "const":
      return new Map();
    case "cell":
      return new Map([[expr.slot, 1]]);
    case "scale":
    case "negate":
      return monomialExponents(expr.arg);
    case "product": {
      const out = new Map<number, number>();
      for (const factor of expr.factors) {
        const inner = monomialExponents(factor.expr);
        if (!inner) return undefined;
        for (const [slot, e] of inner) out.set(slot, (out.get(slot) ?? 0) + (factor.divide ? -e : e));
      }
      for (const [slot, e] of out) if (e === 0) out.delete(slot);
      return out;
    }
    case "power": {
      if (expr.exponent.kind !== "const" || !Number.isInteger(expr.exponent.value)) return undefined;
      const inner = monomialExponents(expr.base);
      if (!inner) return undefined;
      const n = expr.exponent.value;
      return new Map([...inner].map(([slot, e]) => [slot, e * n]));
    }
    default:
      return undefined;
  }
}
