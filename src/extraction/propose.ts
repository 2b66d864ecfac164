import type { ExtractedClaim } from "./types.js";

/**
 * Relations that hold by definition between extracted indicators, proposed for the claims file: energy intensity
 * as energy over GDP (单位GDP能耗 = 能源消费总量 / 地区生产总值) and the urban–rural income ratio (城乡居民收入比) when all three are printed, and the three industries
 * as the parts of GDP when GDP and each industry are printed. A share of a named total needs no identity: the
 * verifier checks it against the levels.
 */
export function proposeRelations(claims: readonly ExtractedClaim[]): { identities: string[]; parts: Record<string, string[]> } {
  const printed = new Set(claims.map((c) => c.indicator));
  const identities: string[] = [];
  const parts: Record<string, string[]> = {};
  if (["energy", "gdp", "energy_intensity"].every((id) => printed.has(id))) identities.push("energy_intensity = energy / gdp");
  if (["income_ratio", "urban_income", "rural_income"].every((id) => printed.has(id))) identities.push("income_ratio = urban_income / rural_income");
  const structured = claims.some((c) => c.kind === "structure" && c.indicator === "gdp");
  if (!structured && ["gdp", "primary", "secondary", "tertiary"].every((id) => printed.has(id))) parts.gdp = ["primary", "secondary", "tertiary"];
  return { identities, parts };
}
