import type { ExtractedClaim } from "./types.js";
import { DEFINED_TOTALS } from "./vocabulary/indicators.js";

/** Identities that hold by definition, with the indicators each needs printed. */
export const DEFINED_IDENTITIES: readonly { readonly identity: string; readonly needs: readonly string[] }[] = [
  { identity: "energy_intensity = energy / gdp", needs: ["energy", "gdp", "energy_intensity"] },
  { identity: "income_ratio = urban_income / rural_income", needs: ["income_ratio", "urban_income", "rural_income"] },
];

/**
 * Relations that hold by definition between extracted indicators of the document's own region, proposed for the
 * claims file: energy intensity as energy over GDP and the urban–rural income ratio when all three are printed;
 * the parts of a total defined as their sum (GDP of the three industries, 进出口 of 出口 and 进口) when the total and
 * each part are printed. Figures of another region or of a part (全国, 制造业·…) take part in none.
 */
export function proposeRelations(claims: readonly ExtractedClaim[]): { identities: string[]; parts: Record<string, string[]> } {
  const own = claims.filter((c) => !c.region && !c.breakdown);
  const printed = new Set(own.map((c) => c.indicator));
  const identities = DEFINED_IDENTITIES.filter((d) => d.needs.every((id) => printed.has(id))).map((d) => d.identity);
  const parts: Record<string, string[]> = {};
  // a total whose printed structure names its parts needs no proposal: the structure gives them
  const structured = new Set(own.filter((c) => c.kind === "structure").map((c) => c.indicator));
  for (const [total, members] of Object.entries(DEFINED_TOTALS)) {
    if (!structured.has(total) && [total, ...members].every((id) => printed.has(id))) parts[total] = [...members];
  }
  return { identities, parts };
}
