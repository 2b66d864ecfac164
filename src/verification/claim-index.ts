import type { ReadClaim } from "./claims.js";

/** The claims of each indicator by what they state, for finding the relations between them. */
export interface ClaimIndex {
  /** indicator → year → level or share claim. */
  readonly levels: Map<string, Map<number, ReadClaim>>;
  /** indicator → "from-to" → cumulative change claim. */
  readonly changes: Map<string, Map<string, ReadClaim>>;
  /** indicator → "from-to" → average growth claim. */
  readonly averages: Map<string, Map<string, ReadClaim>>;
  /** indicator → "from-to" → percentage-point change claim. */
  readonly points: Map<string, Map<string, ReadClaim>>;
  /** indicator → "from-to" → absolute change claim (增加73.5亿元). */
  readonly amounts: Map<string, Map<string, ReadClaim>>;
  /** money indicator → "from-to" → the price change (deflator, price index) that links its two price bases. */
  readonly deflators: Map<string, Map<string, ReadClaim>>;
  /** total → "from-to" → contributions of its parts (拉动). */
  readonly contributions: Map<string, Map<string, ReadClaim[]>>;
  /** total → "from-to" → contribution shares of its parts (贡献率). */
  readonly contributionShares: Map<string, Map<string, ReadClaim[]>>;
  /** Structures (A：B：C). */
  readonly structures: ReadClaim[];
  /** Differences of two growth rates. */
  readonly rateDifferences: ReadClaim[];
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
export function growthOver(index: ClaimIndex, indicator: string, from: number, to: number): ReadClaim | undefined {
  const key = periodKey(from, to);
  return index.changes.get(indicator)?.get(key) ?? (to - from === 1 ? index.averages.get(indicator)?.get(key) : undefined);
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
  const put = <K>(map: Map<string, Map<K, ReadClaim>>, key: K, claim: ReadClaim, name = claim.indicator): void => {
    const inner = map.get(name) ?? new Map<K, ReadClaim>();
    const earlier = inner.get(key);
    if (earlier) index.repeats.push([earlier, claim]);
    else inner.set(key, claim);
    map.set(name, inner);
  };
  const list = (map: Map<string, Map<string, ReadClaim[]>>, claim: ReadClaim): void => {
    const inner = map.get(claim.of!) ?? new Map<string, ReadClaim[]>();
    const key = periodKey(claim.from!, claim.to!);
    const claims = inner.get(key) ?? [];
    const earlier = claims.find((c) => c.indicator === claim.indicator);
    if (earlier) index.repeats.push([earlier, claim]);
    else claims.push(claim);
    inner.set(key, claims);
    map.set(claim.of!, inner);
  };
  for (const claim of claims) {
    for (const money of claim.deflates ?? []) {
      const periods = index.deflators.get(money) ?? new Map<string, ReadClaim>();
      if (!periods.has(periodKey(claim.from!, claim.to!))) periods.set(periodKey(claim.from!, claim.to!), claim);
      index.deflators.set(money, periods);
    }
    // A share of a named total is filed under `part/total` (claims.ts), beside the shares of the same structure.
    if (claim.kind === "level" || claim.kind === "share") put(index.levels, claim.year!, claim);
    else if (claim.kind === "structure") {
      index.structures.push(claim);
      for (const part of claim.components!) put(index.levels, part.year!, part);
    } else if (claim.kind === "contribution") list(index.contributions, claim);
    else if (claim.kind === "contribution_share") list(index.contributionShares, claim);
    else if (claim.kind === "rate_difference") index.rateDifferences.push(claim);
    else if (claim.kind === "cumulative_change" || claim.kind === "multiple" || claim.kind === "ratio" || claim.kind === "index") put(index.changes, periodKey(claim.from!, claim.to!), claim);
    else if (claim.kind === "absolute_change") put(index.amounts, periodKey(claim.from!, claim.to!), claim);
    else if (claim.kind === "average_growth") put(index.averages, periodKey(claim.from!, claim.to!), claim);
    else put(index.points, periodKey(claim.from!, claim.to!), claim);
  }
  return index;
}
