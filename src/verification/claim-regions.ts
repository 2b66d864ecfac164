import { didYouMean, makeIssue, type Issue } from "../core/index.js";
import { position, type SourceInfo } from "../structure/index.js";
import { regionalId, shareKey, type ReadClaim } from "./read-claim.js";
import { claimSchema, type ValidClaim } from "./schema.js";

/** A rate compared with a region no claim is of (than: { region: 全省 } with no figure of 全省): said, and the rate derived. */
export function unmatchedRegions(rawClaims: readonly unknown[], source: SourceInfo, issues: Issue[]): void {
  const valid = rawClaims.map((raw) => claimSchema.safeParse(raw)).map((p) => (p.success ? p.data : undefined));
  const regions = new Set(valid.map((c) => c?.region).filter((r) => r !== undefined));
  valid.forEach((claim, index) => {
    const region = claim?.than?.region;
    if (claim === undefined || region === undefined || regions.has(region)) return;
    const path = ["claims", index, "than"];
    issues.push(
      makeIssue("region_unmatched", {
        message: `claim '${claim.id}', field 'than': no claim is of the region '${region}', so its rate is not printed here`,
        hint:
          regions.size > 0
            ? `the regions of the claims are ${[...regions].join(", ")}${didYouMean(region, regions) ? `; ${didYouMean(region, regions)}` : ""}`
            : "give the other region's figure a claim with region:",
        path,
        ...position(source, path),
      }),
    );
  });
}

/**
 * A claim of a region or a part of an indicator, with every indicator it names filed as the region's: its own
 * (`青山县·gdp`), the total of its share or contribution and the parts of its structure (in the same region), the
 * other rate of a rate difference (in the region `than.region` names — the document's own when omitted — or, for the
 * same indicator in another period, the claim's own).
 */
export function regional(claim: ValidClaim): ValidClaim {
  if (claim.region === undefined && claim.breakdown === undefined && claim.than?.region === undefined) return claim;
  const { region, breakdown, ...rest } = claim;
  const than = claim.than;
  const { region: thanRegion, ...thanRest } = than ?? {};
  return {
    ...rest,
    indicator: regionalId(claim.indicator, region, breakdown),
    ...(claim.of !== undefined ? { of: regionalId(claim.of, region) } : {}),
    ...(claim.parts ? { parts: claim.parts.map((p) => regionalId(p, region)) } : {}),
    ...(than
      ? {
          than: {
            ...thanRest,
            indicator:
              than.indicator !== undefined
                ? regionalId(than.indicator, thanRegion)
                : regionalId(claim.indicator, thanRegion ?? region, breakdown),
          },
        }
      : {}),
  };
}

/**
 * A share printed without its whole (税收占比82.4%) of an indicator that also has levels in a unit (税收523.7亿元) is a
 * share of a total the text does not name: it is filed under `part/` (as a share of a named total is under
 * `part/total`), with its point changes, and never compared with the indicator's levels. An indicator printed only
 * as a share or rate (城镇化率) keeps its shares as its levels.
 */
export function withUnnamedWholes(read: readonly ReadClaim[]): ReadClaim[] {
  const amounts = new Set(read.filter((c) => c.kind === "level" && c.figure.kind === "plain").map((c) => c.indicator));
  return read.map((c) =>
    (c.kind === "share" || c.kind === "pp_change") && c.of === undefined && amounts.has(c.indicator)
      ? { ...c, indicator: shareKey(c.indicator, "") }
      : c,
  );
}
