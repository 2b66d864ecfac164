import {
  divideIntervals,
  intervalsOverlap,
  multiplyIntervals,
  pointInterval,
  powerIntervalInteger,
  rootInterval,
  subtractIntervals,
  type Interval,
} from "../core/index.js";
import type { CheckedExpr } from "../formula/index.js";
import { isMoney, type Unit } from "../units/index.js";
import { growthFactor } from "./check-growth.js";
import { periodKey, type ClaimIndex } from "./claim-index.js";
import type { PeriodClaim, YearClaim } from "./read-claim.js";
import type { Scale } from "./describe.js";
import type { Note } from "./findings.js";
import { identitySlots, type Identity } from "./identity.js";
import { NotEvaluable, evaluateInterval, evaluateRange, type Range } from "./interval-eval.js";
import type { PartsGroup } from "./claim-index.js";
import type { CheckData } from "./report.js";
import { isInformative } from "./check-levels.js";
import { decimalsNear, scaleOf } from "./wording.js";

const ONE = pointInterval(1);
const ZERO = pointInterval(0);

/** The terms of a right-hand side that is a plain sum of indicators (parts adding up to a whole), or `undefined`. */
function linearTerms(
  expr: CheckedExpr,
): { slot: number; subtract: boolean; scale?: { num: string; den: string } }[] | undefined {
  const term = (e: CheckedExpr, subtract: boolean) => {
    if (e.kind === "cell") return { slot: e.slot, subtract };
    if (e.kind === "scale" && e.arg.kind === "cell")
      return { slot: e.arg.slot, subtract, scale: { num: e.exactNum, den: e.exactDen } };
    return undefined;
  };
  if (expr.kind !== "sum") {
    const single = term(expr, false);
    return single ? [single] : undefined;
  }
  const terms = expr.terms.map((t) => term(t.expr, t.subtract));
  return terms.every((t) => t !== undefined) ? (terms as NonNullable<(typeof terms)[number]>[]) : undefined;
}

/**
 * The interval of the one unknown indicator `slot` of an identity, from the others: the left side is the
 * right side; an indicator of a monomial right side is m = (lhs / rest)^(1/e); a part of a sum is
 * m = ±(lhs − rest) / scale. `undefined` when the identity cannot be solved for it.
 */
function solve(identity: Identity, slot: number, known: (slot: number) => Interval | undefined): Interval | undefined {
  try {
    if (slot === identity.lhsSlot) return evaluateInterval(identity.rhs, known);
    const lhs = known(identity.lhsSlot);
    if (!lhs) return undefined;
    const e = identity.exponents?.get(slot);
    if (e !== undefined) {
      const rest = evaluateInterval(identity.rhs, (s) => (s === slot ? ONE : known(s)));
      const power = divideIntervals(lhs, rest);
      if (e === 1) return power;
      if (e === -1) return divideIntervals(ONE, power);
      const root = rootInterval(e > 0 ? power : divideIntervals(ONE, power), Math.abs(e));
      return root;
    }
    const terms = linearTerms(identity.rhs);
    const term = terms?.find((t) => t.slot === slot);
    if (!terms || !term || terms.filter((t) => t.slot === slot).length !== 1) return undefined;
    const rest = evaluateInterval(identity.rhs, (s) => (s === slot ? ZERO : known(s)));
    let value = subtractIntervals(lhs, rest);
    if (term.subtract) value = subtractIntervals(ZERO, value);
    if (term.scale)
      value = divideIntervals(multiplyIntervals(value, pointInterval(term.scale.den)), pointInterval(term.scale.num));
    return value;
  } catch (error) {
    if (error instanceof NotEvaluable) return undefined;
    throw error;
  }
}

/** The range of an identity's right side over the printed intervals, or `undefined` where it cannot be evaluated. */
function rangeOfRight(identity: Identity, known: (slot: number) => Interval | undefined): Range | undefined {
  try {
    return evaluateRange(identity.rhs, known);
  } catch (error) {
    if (error instanceof NotEvaluable) return undefined;
    throw error;
  }
}

/**
 * A printed figure against a computed range: inconsistent when it misses the (safe) range, consistent when it meets
 * the exact range — or, where the range could not be pinned down, values the relation is known to take —
 * and not checkable in between, where only dependency widening would decide.
 */
function verdictOver(right: Range, printed: Interval): "consistent" | "inconsistent" | "not_checkable" {
  if (!intervalsOverlap(right.range, printed)) return "inconsistent";
  if (right.exact || (right.attained && intervalsOverlap(right.attained, printed))) return "consistent";
  return "not_checkable";
}

/** Identity checks need each indicator's unit to word their sentences and to spot money quantities. */
export type UnitOf = (indicator: string) => Unit | undefined;

function levelChecksOf(identity: Identity, index: ClaimIndex, unitOf: UnitOf): CheckData[] {
  const slots = identitySlots(identity);
  const name = (slot: number) => identity.names.get(slot)!;
  const years = new Set<number>();
  for (const slot of slots) for (const year of index.levels.get(name(slot))?.keys() ?? []) years.add(year);
  const checks: CheckData[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    if (identity.years && !identity.years.has(year)) continue;
    const claimOf = (slot: number) => index.levels.get(name(slot))?.get(year);
    const missing = slots.filter((s) => !claimOf(s));
    if (missing.length > 1) continue;
    const known = (slot: number) => claimOf(slot)?.interval;
    const used = slots.map(claimOf).filter((c): c is YearClaim => c !== undefined);
    const id = `identity_levels:${identity.id}:${year}`;
    if (missing.length === 0) {
      const lhs = claimOf(identity.lhsSlot)!;
      const right = rangeOfRight(identity, (s) => (s === identity.lhsSlot ? undefined : known(s)));
      if (!right) continue;
      const computed = right.range;
      const verdict = verdictOver(right, lhs.interval);
      const d = decimalsNear(lhs.figure) + 1;
      checks.push({
        id,
        kind: "identity_levels",
        claims: used.map((c) => c.id),
        verdict,
        computed,
        reported: lhs.interval,
        scale: scaleOf(lhs),
        decimals: d,
        finding: { sentence: "identity_levels", identity: identity.text, year, lhs },
        noteCodes: [],
      });
      continue;
    }
    const unknown = missing[0]!;
    const derived = solve(identity, unknown, known);
    if (!derived || !isInformative(derived)) continue;
    const unit = unitOf(name(unknown));
    const scale: Scale =
      unit && unit.flavour !== "none" ? { kind: "percent" } : { kind: "level", ...(unit ? { unit: unit.name } : {}) };
    checks.push({
      id,
      kind: "identity_levels",
      claims: used.map((c) => c.id),
      verdict: "not_checkable",
      computed: derived,
      reported: null,
      scale,
      decimals: 2,
      finding: { sentence: "identity_level_derived", identity: identity.text, year, used, unknown: name(unknown) },
      noteCodes: [],
      derived: { indicator: name(unknown), year },
    });
  }
  return checks;
}

/** The growth factor over a period that an indicator's claims state: 1 + C, or (1 + A)ⁿ from an average. */
function factorClaim(
  index: ClaimIndex,
  indicator: string,
  from: number,
  to: number,
): { factor: Interval; claim: PeriodClaim } | undefined {
  const key = periodKey(from, to);
  const cumulative = index.changes.get(indicator)?.get(key);
  if (cumulative) return { factor: growthFactor(cumulative), claim: cumulative };
  const average = index.averages.get(indicator)?.get(key);
  if (average) return { factor: growthFactor(average), claim: average };
  return undefined;
}

function changeChecksOf(identity: Identity, index: ClaimIndex, unitOf: UnitOf): CheckData[] {
  const exponents = identity.exponents;
  if (!exponents) return [];
  const slots = identitySlots(identity);
  const name = (slot: number) => identity.names.get(slot)!;
  const periods = new Map<string, [number, number]>();
  for (const slot of slots) {
    for (const map of [index.changes.get(name(slot)), index.averages.get(name(slot))]) {
      for (const claim of map?.values() ?? []) periods.set(periodKey(claim.from, claim.to), [claim.from, claim.to]);
    }
  }
  // For changes, the identity is lhs factor = Π factorᵢ^eᵢ, whatever the constants and unit scales.
  const factorOf = (known: (slot: number) => Interval | undefined, target: number): Interval | undefined => {
    const others = (s: number) => known(s);
    if (target === identity.lhsSlot) {
      let acc = ONE;
      for (const [slot, e] of exponents) {
        const f = others(slot);
        if (!f) return undefined;
        acc = multiplyIntervals(acc, powerIntervalInteger(f, e));
      }
      return acc;
    }
    const lhs = others(identity.lhsSlot);
    const e = exponents.get(target);
    if (!lhs || e === undefined) return undefined;
    let rest = ONE;
    for (const [slot, exp] of exponents) {
      if (slot === target) continue;
      const f = others(slot);
      if (!f) return undefined;
      rest = multiplyIntervals(rest, powerIntervalInteger(f, exp));
    }
    const power = divideIntervals(lhs, rest);
    return Math.abs(e) === 1
      ? e === 1
        ? power
        : divideIntervals(ONE, power)
      : rootInterval(e > 0 ? power : divideIntervals(ONE, power), Math.abs(e));
  };

  const checks: CheckData[] = [];
  for (const [key, [from, to]] of periods) {
    if (identity.years && !identity.years.has(to)) continue;
    const stated = new Map<number, { factor: Interval; claim: PeriodClaim }>();
    for (const slot of slots) {
      const f = factorClaim(index, name(slot), from, to);
      if (f) stated.set(slot, f);
    }
    const missing = slots.filter((s) => !stated.has(s));
    if (missing.length > 1) continue;
    const known = (slot: number) => stated.get(slot)?.factor;
    const used = slots.filter((s) => stated.has(s)).map((s) => stated.get(s)!.claim);
    const id = `identity_changes:${identity.id}:${key}`;
    if (missing.length === 0) {
      const lhs = stated.get(identity.lhsSlot)!;
      const computedFactor = factorOf((s) => (s === identity.lhsSlot ? undefined : known(s)), identity.lhsSlot);
      if (!computedFactor) continue;
      const computed = subtractIntervals(computedFactor, ONE);
      const reported = subtractIntervals(lhs.factor, ONE);
      const fits = intervalsOverlap(computed, reported);
      const d = decimalsNear(lhs.claim.figure);
      const others = used.filter((c) => c.indicator !== identity.lhs);
      const noteCodes = fits ? [] : priceBasisNotes(stated, factorOf, unitOf, name);
      checks.push({
        id,
        kind: "identity_changes",
        claims: used.map((c) => c.id),
        verdict: fits ? "consistent" : "inconsistent",
        computed,
        reported,
        scale: { kind: "percent" },
        decimals: d,
        finding: {
          sentence: "identity_changes",
          identity: identity.text,
          lhs: identity.lhs,
          from,
          to,
          others,
          lhsClaim: lhs.claim,
        },
        noteCodes,
      });
      continue;
    }
    const unknown = missing[0]!;
    const factor = factorOf(known, unknown);
    if (!factor) continue;
    const derived = subtractIntervals(factor, ONE);
    if (derived.lo === null && derived.hi === null) continue;
    checks.push({
      id,
      kind: "identity_changes",
      claims: used.map((c) => c.id),
      verdict: "not_checkable",
      computed: derived,
      reported: null,
      scale: { kind: "percent" },
      decimals: 2,
      finding: { sentence: "identity_change_derived", identity: identity.text, from, to, used, unknown: name(unknown) },
      noteCodes: [],
      derived: { indicator: name(unknown), from, to },
    });
  }
  return checks;
}

/**
 * When an identity on changes fails and it involves a money quantity (GDP), the likeliest reason is a price
 * basis: one growth rate at comparable prices (可比价), the other at current prices. The note gives the change
 * of the money quantity the other figures imply, and the price factor that would reconcile the two.
 */
function priceBasisNotes(
  stated: ReadonlyMap<number, { factor: Interval; claim: PeriodClaim }>,
  factorOf: (known: (slot: number) => Interval | undefined, target: number) => Interval | undefined,
  unitOf: UnitOf,
  name: (slot: number) => string,
): Note[] {
  const notes: Note[] = [];
  for (const [slot, { factor, claim }] of stated) {
    const unit = unitOf(name(slot));
    if (unit === undefined || !isMoney(unit)) continue;
    const implied = factorOf((s) => (s === slot ? undefined : stated.get(s)?.factor), slot);
    if (!implied) continue;
    notes.push({
      code: "price_basis",
      indicator: name(slot),
      implied: subtractIntervals(implied, ONE),
      claim,
      priceFactor: divideIntervals(factor, implied),
    });
  }
  return notes;
}

/** The total and parts of an identity that writes a total as a sum of parts (`gdp = primary + secondary + tertiary`). */
export function sumOfParts(identity: Identity): PartsGroup | undefined {
  const terms = linearTerms(identity.rhs);
  if (!terms || terms.length < 2 || terms.some((t) => t.subtract)) return undefined;
  return { total: identity.lhs, parts: terms.map((t) => identity.names.get(t.slot)!) };
}

/** Every identity check the claims allow: on levels year by year, and on changes period by period. */
export function identityChecks(identities: readonly Identity[], index: ClaimIndex, unitOf: UnitOf): CheckData[] {
  return identities.flatMap((identity) => [
    ...levelChecksOf(identity, index, unitOf),
    ...changeChecksOf(identity, index, unitOf),
  ]);
}
