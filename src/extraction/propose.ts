import type { ExtractedClaim } from "./types.js";
import { DEFINED_TOTALS } from "./vocabulary.js";

/**
 * Relations that hold by definition between extracted indicators, proposed for the claims file: energy intensity
 * as energy over GDP (单位GDP能耗 = 能源消费总量 / 地区生产总值) and the urban–rural income ratio (城乡居民收入比) when all
 * three are printed; the parts of a total defined as their sum (GDP of the three industries, 进出口 of 出口 and 进口)
 * when the total and each part are printed. A share of a named total needs no identity: the
 * verifier checks it against the levels.
 */
export function proposeRelations(claims: readonly ExtractedClaim[]): { identities: string[]; parts: Record<string, string[]> } {
  const printed = new Set(claims.map((c) => c.indicator));
  const identities: string[] = [];
  const parts: Record<string, string[]> = {};
  if (["energy", "gdp", "energy_intensity"].every((id) => printed.has(id))) identities.push("energy_intensity = energy / gdp");
  if (["income_ratio", "urban_income", "rural_income"].every((id) => printed.has(id))) identities.push("income_ratio = urban_income / rural_income");
  // a total whose printed structure names its parts needs no proposal: the structure gives them
  const structured = new Set(claims.filter((c) => c.kind === "structure").map((c) => c.indicator));
  for (const [total, members] of Object.entries(DEFINED_TOTALS)) {
    if (!structured.has(total) && [total, ...members].every((id) => printed.has(id))) parts[total] = [...members];
  }
  return { identities, parts };
}
