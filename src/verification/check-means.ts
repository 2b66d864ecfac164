import { hullOfIntervals, intervalsOverlap } from "../core/index.js";
import type { ClaimIndex } from "./claim-index.js";
import type { YearClaim } from "./read-claim.js";
import type { CheckData } from "./report.js";
import { decimalsNear, scaleOf } from "./wording.js";

/**
 * An average over groups against its groups' averages in the same year (全体居民人均可支配收入 between 城镇 and 农村
 * 居民的): weighted by the groups' sizes, whatever they are, it lies between the smallest and the largest. Only a
 * contradiction is reported — inside the range, the sizes decide. (Its growth is not bounded so: people moving
 * from the lower group to the higher raise the average faster than either.)
 */
export function meanChecks(index: ClaimIndex, means: Readonly<Record<string, readonly string[]>>): CheckData[] {
  const checks: CheckData[] = [];
  for (const [mean, groups] of Object.entries(means)) {
    for (const [year, whole] of index.levels.get(mean) ?? []) {
      const levels = groups.map((g) => index.levels.get(g)?.get(year));
      if (levels.some((l) => l === undefined)) continue;
      const parts = levels as YearClaim[];
      const range = hullOfIntervals(parts.map((p) => p.interval));
      if (intervalsOverlap(range, whole.interval)) continue;
      checks.push({
        id: `mean_within_groups:${mean}:${year}`,
        kind: "mean_within_groups",
        claims: [...parts, whole].map((c) => c.id),
        verdict: "inconsistent",
        computed: range,
        reported: whole.interval,
        scale: scaleOf(whole),
        decimals: decimalsNear(whole.figure),
        finding: { sentence: "mean_outside_groups", mean, year, groups: parts, whole },
        noteCodes: [],
      });
    }
  }
  return checks;
}
