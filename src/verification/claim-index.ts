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
  /** Claims stating what an earlier claim states (the same indicator, kind and year or period): [earlier, later]. */
  readonly repeats: [ReadClaim, ReadClaim][];
}

/** `2016-2021`, the key of a period. */
export function periodKey(from: number, to: number): string {
  return `${from}-${to}`;
}

/** Indexes claims; of two claims stating the same thing, the first is used in relations and the pair is kept. */
export function indexClaims(claims: readonly ReadClaim[]): ClaimIndex {
  const index: ClaimIndex = { levels: new Map(), changes: new Map(), averages: new Map(), points: new Map(), amounts: new Map(), repeats: [] };
  const put = <K>(map: Map<string, Map<K, ReadClaim>>, key: K, claim: ReadClaim): void => {
    const inner = map.get(claim.indicator) ?? new Map<K, ReadClaim>();
    const earlier = inner.get(key);
    if (earlier) index.repeats.push([earlier, claim]);
    else inner.set(key, claim);
    map.set(claim.indicator, inner);
  };
  for (const claim of claims) {
    if (claim.kind === "level" || claim.kind === "share") put(index.levels, claim.year!, claim);
    else if (claim.kind === "cumulative_change" || claim.kind === "multiple" || claim.kind === "ratio") put(index.changes, periodKey(claim.from!, claim.to!), claim);
    else if (claim.kind === "absolute_change") put(index.amounts, periodKey(claim.from!, claim.to!), claim);
    else if (claim.kind === "average_growth") put(index.averages, periodKey(claim.from!, claim.to!), claim);
    else put(index.points, periodKey(claim.from!, claim.to!), claim);
  }
  return index;
}
