import type { PeriodClaim, ReadClaim, YearClaim } from "./read-claim.js";
import { KINDS } from "./kinds/index.js";

/** The claims of each indicator by what they state, for finding the relations between them. */
export interface ClaimIndex {
  /** indicator → year → level or share claim. */
  readonly levels: Map<string, Map<number, YearClaim>>;
  /** indicator → "from-to" → cumulative change claim. */
  readonly changes: Map<string, Map<string, PeriodClaim>>;
  /** indicator → "from-to" → average growth claim. */
  readonly averages: Map<string, Map<string, PeriodClaim>>;
  /** indicator → "from-to" → percentage-point change claim. */
  readonly points: Map<string, Map<string, PeriodClaim>>;
  /** indicator → "from-to" → absolute change claim (增加73.5亿元). */
  readonly amounts: Map<string, Map<string, PeriodClaim>>;
  /** money indicator → "from-to" → the price change (deflator, price index) that links its two price bases. */
  readonly deflators: Map<string, Map<string, PeriodClaim>>;
  /** total → "from-to" → contributions of its parts (拉动). */
  readonly contributions: Map<string, Map<string, PeriodClaim[]>>;
  /** total → "from-to" → contribution shares of its parts (贡献率). */
  readonly contributionShares: Map<string, Map<string, PeriodClaim[]>>;
  /** Structures (A：B：C). */
  readonly structures: YearClaim[];
  /** Differences of two growth rates. */
  readonly rateDifferences: PeriodClaim[];
  /** Claims stating what an earlier claim states (the same indicator, kind and year or period): [earlier, later]. */
  readonly repeats: [ReadClaim, ReadClaim][];
}

/** `2016-2021`, the key of a period. */
export function periodKey(from: number, to: number): string {
  return `${from}-${to}`;
}

/** A total and the parts it is the sum of (`gdp = primary + secondary + tertiary`, a structure, or `parts:`). */
export interface PartsGroup {
  readonly total: string;
  readonly parts: readonly string[];
}

/** The indicator's printed growth over a period: its cumulative change, or its average for a single year. */
export function growthOver(index: ClaimIndex, indicator: string, from: number, to: number): PeriodClaim | undefined {
  const key = periodKey(from, to);
  return (
    index.changes.get(indicator)?.get(key) ?? (to - from === 1 ? index.averages.get(indicator)?.get(key) : undefined)
  );
}

/** Indexes claims; of two claims stating the same thing, the first is used in relations and the pair is kept. */
export function indexClaims(claims: readonly ReadClaim[]): ClaimIndex {
  const index: ClaimIndex = {
    levels: new Map(),
    changes: new Map(),
    averages: new Map(),
    points: new Map(),
    amounts: new Map(),
    deflators: new Map(),
    contributions: new Map(),
    contributionShares: new Map(),
    structures: [],
    rateDifferences: [],
    repeats: [],
  };
  const put = <K, C extends ReadClaim>(map: Map<string, Map<K, C>>, key: K, claim: C, name = claim.indicator): void => {
    const inner = map.get(name) ?? new Map<K, C>();
    const earlier = inner.get(key);
    if (earlier) index.repeats.push([earlier, claim]);
    else inner.set(key, claim);
    map.set(name, inner);
  };
  const list = (map: Map<string, Map<string, PeriodClaim[]>>, claim: PeriodClaim): void => {
    const total = claim.of ?? "";
    const inner = map.get(total) ?? new Map<string, PeriodClaim[]>();
    const key = periodKey(claim.from, claim.to);
    const claims = inner.get(key) ?? [];
    const earlier = claims.find((c) => c.indicator === claim.indicator);
    if (earlier) index.repeats.push([earlier, claim]);
    else claims.push(claim);
    inner.set(key, claims);
    map.set(total, inner);
  };
  for (const claim of claims) {
    // Each kind is filed where its registry entry says. A share of a named total is filed under `part/total`
    // (claims.ts), beside the shares of the same structure.
    const entry = KINDS[claim.kind].index;
    if (claim.year !== undefined) {
      if (entry === "structures") {
        index.structures.push(claim);
        for (const part of claim.components ?? []) if (part.year !== undefined) put(index.levels, part.year, part);
      } else put(index.levels, claim.year, claim);
      continue;
    }
    for (const money of claim.deflates ?? []) {
      const periods = index.deflators.get(money) ?? new Map<string, PeriodClaim>();
      if (!periods.has(periodKey(claim.from, claim.to))) periods.set(periodKey(claim.from, claim.to), claim);
      index.deflators.set(money, periods);
    }
    if (entry === "contributions" || entry === "contributionShares") list(index[entry], claim);
    else if (entry === "rateDifferences") {
      // the same difference printed twice (the same rate against the same other one) is checked against itself
      const same = (c: PeriodClaim) =>
        `${c.indicator}|${c.from}-${c.to}|${c.than?.indicator}|${c.than?.from}-${c.than?.to}|${c.than?.period?.code ?? ""}`;
      const earlier = index.rateDifferences.find((c) => same(c) === same(claim));
      if (earlier) index.repeats.push([earlier, claim]);
      else index.rateDifferences.push(claim);
    } else if (entry === "changes" || entry === "averages" || entry === "points" || entry === "amounts")
      put(index[entry], periodKey(claim.from, claim.to), claim);
  }
  return index;
}
