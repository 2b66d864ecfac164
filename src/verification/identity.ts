import { Timeline, didYouMean, makeIssue, type Issue } from "../core/index.js";
import { checkFormula, parseFormula, walk, type CheckedExpr, type FormulaScope } from "../formula/index.js";
import { makeScope, position, type ModelStructure, type SourceInfo } from "../structure/index.js";
import type { Unit } from "../units/index.js";
import type { ReadClaim } from "./claims.js";
import { monomialExponents, notOverIntervals } from "./interval-eval.js";
import { identitySchema } from "./schema.js";

/** An identity between indicators, checked: `lhs = rhs`, each indicator known by a slot. */
export interface Identity {
  readonly id: string;
  readonly text: string;
  readonly note?: string;
  readonly lhs: string;
  readonly lhsSlot: number;
  readonly rhs: CheckedExpr;
  /** The indicator of each slot the identity names. */
  readonly names: ReadonlyMap<number, string>;
  /** For a monomial right-hand side, each indicator's exponent (changes compose); absent otherwise. */
  readonly exponents?: ReadonlyMap<number, number>;
  /** The years it holds in, when limited (a change identity: the periods that end in them). */
  readonly years?: ReadonlySet<number>;
}

/** Finds the `=` of an identity (not part of `==`, `<=`, `>=`, `!=`). */
function splitAtEquals(text: string): [string, string] | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "=") continue;
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    if ("=<>!".includes(before) || after === "=") continue;
    return [text.slice(0, i), text.slice(i + 1)];
  }
  return undefined;
}

/**
 * The names an identity can use. With a model: its indicators and units. Without: any name, with the unit of
 * the indicator's first level claim that gives one (ids only tie claims together).
 */
function identityScope(
  model: ModelStructure | undefined,
  claims: readonly ReadClaim[],
): FormulaScope & { names: string[]; slotOf: Map<string, number> } {
  if (model) {
    const scope = makeScope(model.timeline, model.indicators, model.groups);
    return { ...scope, names: [...scope.names], slotOf: new Map(model.indicators.map((i) => [i.id, i.slot])) };
  }
  const units = new Map<string, Unit>();
  for (const claim of claims) if (claim.unit && !units.has(claim.indicator)) units.set(claim.indicator, claim.unit);
  const slotOf = new Map<string, number>();
  const names: string[] = [];
  return {
    timeline: new Timeline(-1_000_000, 1_000_000, 0),
    indicator: (name) => {
      if (!slotOf.has(name)) {
        slotOf.set(name, slotOf.size);
        names.push(name);
      }
      return { slot: slotOf.get(name)!, unit: units.get(name) };
    },
    group: () => undefined,
    names,
    slotOf,
  };
}

/**
 * Reads the identities: `y = expression`, where y is an indicator and the expression uses indicators, numbers
 * and arithmetic. Units are checked as in a model (a mismatch is an error naming the identity), and unit scales
 * become factors, so `energy_intensity = energy / gdp` holds with energy in 万吨标准煤, GDP in 亿元 and intensity
 * in 吨标准煤/万元. A bad identity is reported and left out; the others are still used.
 */
export function readIdentities(
  raw: readonly unknown[],
  model: ModelStructure | undefined,
  claims: readonly ReadClaim[],
  source: SourceInfo,
  issues: Issue[],
  pathOf: (index: number) => (string | number)[] = (index) => ["identities", index],
): Identity[] {
  const scope = identityScope(model, claims);
  const out: Identity[] = [];
  raw.forEach((entry, index) => {
    const path = pathOf(index);
    const report = (
      code: Issue["code"],
      message: string,
      hint?: string,
      span?: { start: number; end: number },
      formula?: string,
    ) =>
      issues.push(
        makeIssue(code, {
          message,
          ...(hint ? { hint } : {}),
          path,
          ...(formula !== undefined ? { formula } : {}),
          ...(span ? { span } : {}),
          ...position(source, typeof entry === "string" ? path : [...path, "formula"], span?.start),
        }),
      );
    const parsed = identitySchema.safeParse(entry);
    if (!parsed.success)
      return report("invalid_claim", `identity ${index + 1}: ${parsed.error.issues[0]?.message ?? "not an identity"}`);
    const data = parsed.data;
    const text = typeof data === "string" ? data : "formula" in data ? data.formula : data.check;
    const id = typeof data === "string" ? text.replace(/\s+/g, "") : (data.id ?? text.replace(/\s+/g, ""));
    const note = typeof data === "string" ? undefined : data.note;
    const years = typeof data === "string" || !data.years ? undefined : new Set(data.years);
    const sides = splitAtEquals(text);
    if (!sides)
      return report(
        "invalid_claim",
        `identity '${text}' has no '='`,
        "write it as y = expression, such as energy_intensity = energy / gdp",
      );
    const lhsName = sides[0].trim();
    const lhs = scope.indicator(lhsName);
    if (!lhs || !/^\S+$/.test(lhsName)) {
      return report(
        "unknown_reference",
        `the left side of identity '${text}' must be one indicator of the model`,
        undefined,
        { start: 0, end: sides[0].length },
        text,
      );
    }
    const offset = sides[0].length + 1;
    // an identity names claims as the claims file files them, a part's or region's with its `·` and `#`
    const rhsParsed = parseFormula(sides[1], "filed");
    if (!rhsParsed.ok) {
      const p = rhsParsed.problem;
      return report(
        p.code,
        `identity '${text}': ${p.message}`,
        p.hint,
        { start: p.span.start + offset, end: p.span.end + offset },
        text,
      );
    }
    const lhsUnit = lhs.unit;
    const checked = checkFormula(rhsParsed.expr, scope, {
      context: "cell",
      expect: "number",
      ...(lhsUnit ? { declaredUnit: lhsUnit } : {}),
    });
    if (!checked.ok) {
      for (const p of checked.problems)
        report(
          p.code,
          `identity '${text}': ${p.message}`,
          p.hint,
          { start: p.span.start + offset, end: p.span.end + offset },
          text,
        );
      return;
    }
    const refused = notOverIntervals(checked.formula.expr);
    if (refused) {
      const { start, end } = refused.node.span;
      return report(
        "invalid_claim",
        `identity '${text}': ${sides[1].slice(start, end).trim()} ${refused.why}, but an identity relates indicators in the same year (or over the same period)`,
        "write the identity between same-year indicators, and limit it to the years it holds in with { check: …, years: [1952] }",
        { start: start + offset, end: end + offset },
        text,
      );
    }
    const slots = new Map<number, string>();
    for (const [name, slot] of scope.slotOf) slots.set(slot, name);
    if (!model) {
      const unprinted = unprintedNames(lhsName, checked.formula.expr, slots, claims);
      if (unprinted)
        return report("unknown_reference", `identity '${text}': ${unprinted.message}`, unprinted.hint, undefined, text);
    }
    const exponents = monomialExponents(checked.formula.expr);
    out.push({
      id,
      text,
      ...(note ? { note } : {}),
      lhs: lhsName,
      lhsSlot: lhs.slot,
      rhs: checked.formula.expr,
      names: slots,
      ...(exponents ? { exponents } : {}),
      ...(years ? { years } : {}),
    });
  });
  return out;
}

/**
 * Without a model, the ids an identity names are checked against the claims: an id no claim prints that is close
 * to one that is printed is taken for a slip (`gpd` for `gdp`; ids of three characters or more), and two ids no claim prints leave the identity
 * nothing to say (it can find one missing value, not two).
 */
function unprintedNames(
  lhs: string,
  rhs: CheckedExpr,
  names: ReadonlyMap<number, string>,
  claims: readonly ReadClaim[],
): { message: string; hint?: string } | undefined {
  const printed = new Set(claims.map((c) => c.indicator));
  const named = new Set([lhs]);
  walk(rhs, (e) => {
    if (e.kind === "cell") named.add(names.get(e.slot)!);
  });
  const unprinted = [...named].filter((n) => !printed.has(n));
  // A slip of a one- or two-letter id cannot be told from another id.
  for (const name of unprinted.filter((n) => n.length >= 3)) {
    const hint = didYouMean(name, printed);
    if (hint) return { message: `'${name}' is printed by no claim`, hint };
  }
  if (unprinted.length > 1) {
    return {
      message: `${unprinted.map((n) => `'${n}'`).join(" and ")} are printed by no claim, and an identity can find one missing value, not ${unprinted.length}`,
      hint: "check the ids against the claims' indicators",
    };
  }
  return undefined;
}

/** The indicators an identity names, by slot: the left side and every indicator the right side reads. */
export function identitySlots(identity: Identity): number[] {
  const slots = new Set<number>([identity.lhsSlot]);
  walk(identity.rhs, (e) => {
    if (e.kind === "cell") slots.add(e.slot);
  });
  return [...slots];
}
