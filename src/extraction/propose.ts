import { filedUnder } from "./claims-file.js";
import type { ExtractedClaim } from "./types.js";
import { COMPLETE_BREAKDOWNS, DEFINED_IDENTITIES, DEFINED_MEANS, DEFINED_TOTALS } from "./vocabulary/indicators.js";
import { addsUp } from "./reading/identity.js";

/**
 * True when what the claims of `indicator` (the document's own, no region) speak of is an amount its parts add up
 * to: not a price, index, rate, share, coefficient or average by its name. (An amount may be printed with a share of
 * something else or a difference of rates — 占全省的12%, 增速比全省高1.2个百分点 — and still add up.)
 */
function additive(indicator: string, claims: readonly ExtractedClaim[]): boolean {
  return claims
    .filter((c) => c.indicator === indicator && !c.region)
    .every((c) => addsUp(c.label ?? c.indicator, c.indicator));
}

/**
 * Relations that hold by definition between extracted indicators, proposed for the claims file: energy intensity as
 * energy over GDP and the urban–rural income ratio when all three are printed (of the document's own region); the
 * parts of a total defined as their sum (GDP of the three industries, 进出口 of 出口 and 进口) when the total and each
 * part are printed; and the parts the text itself breaks a total into, when they make it up (分产业看，第一产业投资…,
 * 第二产业投资…, 第三产业投资…: the parts of investment); averages over groups (全体居民 income of 城镇 and 农村). Parts
 * are named as the claims file files them.
 */
export function proposeRelations(claims: readonly ExtractedClaim[]): {
  identities: string[];
  parts: Record<string, string[]>;
  means: Record<string, string[]>;
} {
  const own = claims.filter((c) => !c.region && !c.breakdown);
  const printed = new Set(own.map((c) => c.indicator));
  const identities = DEFINED_IDENTITIES.filter((d) => d.needs.every((id) => printed.has(id))).map((d) => d.identity);
  const parts: Record<string, string[]> = {};
  // a total whose printed structure names its parts needs no proposal: the structure gives them
  const structured = new Set(own.filter((c) => c.kind === "structure").map((c) => c.indicator));
  for (const [total, members] of Object.entries(DEFINED_TOTALS)) {
    if (!structured.has(total) && [total, ...members].every((id) => printed.has(id))) parts[total] = [...members];
  }
  // the document's own breakdowns of a total, when they are a complete family
  const filedByPart = new Map<string, Map<string, Set<string>>>();
  for (const c of claims) {
    if (c.breakdown === undefined || c.region !== undefined) continue;
    const byName = filedByPart.get(c.indicator) ?? new Map<string, Set<string>>();
    byName.set(c.breakdown, (byName.get(c.breakdown) ?? new Set<string>()).add(filedUnder(c)));
    filedByPart.set(c.indicator, byName);
  }
  for (const [total, byName] of filedByPart) {
    if (parts[total] || structured.has(total) || !printed.has(total) || !additive(total, claims)) continue;
    // the total as the claims file files it (a subject that is no usual indicator, under its one mention)
    const filedTotal = new Set(own.filter((c) => c.indicator === total).map((c) => filedUnder(c)));
    if (filedTotal.size !== 1) continue;
    const family = COMPLETE_BREAKDOWNS.find((f) => f.every((name) => byName.get(name)?.size === 1));
    if (family) parts[[...filedTotal][0]!] = family.map((name) => [...byName.get(name)!][0]!);
  }
  // averages over groups, when the average and every group are printed
  const means = Object.fromEntries(
    Object.entries(DEFINED_MEANS)
      .filter(([mean, groups]) => [mean, ...groups].every((id) => printed.has(id)))
      .map(([mean, groups]) => [mean, [...groups]]),
  );
  return { identities, parts, means };
}
