import type { ClaimsDefinition } from "../verification/index.js";
import type { Extraction, ExtractedClaim } from "./types.js";

/** The indicator a claim is filed under for verification: its region and part in front (全国·consumer_prices). */
function filedUnder(c: Pick<ExtractedClaim, "region" | "breakdown" | "indicator">): string {
  return [c.region, c.breakdown, c.indicator].filter((p) => p !== undefined && p !== "").join("·");
}

/** The other rate of a rate difference, filed as its indicator is. */
function thanOf({ region, indicator, ...rest }: NonNullable<ExtractedClaim["than"]>): NonNullable<ExtractedClaim["than"]> {
  return { ...rest, ...(indicator !== undefined ? { indicator: filedUnder({ region, indicator }) } : {}) };
}

/**
 * An extraction as a claims definition that `verifyClaims` reads: each claim in the claims-file shape (its quote and
 * label kept, its assumptions written as its note and `confidence: guess`), filed under its region and part so
 * that another region's or a part's figure never meets the whole's; the proposed identities and parts. A change
 * against the month before (环比: from = to) has no relation the verifier checks and is left out. No price basis is
 * assumed: a relation that a basis reading would reconcile keeps its verdict and says so.
 */
export function claimsDefinitionOf(extraction: Extraction, name?: string): ClaimsDefinition {
  return {
    ...(name !== undefined ? { name } : {}),
    claims: extraction.claims
      .filter((c) => c.from === undefined || c.from < c.to!)
      .map(({ span: _span, line: _line, valueSpans: _values, assumed: _assumed, region, breakdown, than, ...claim }) => ({
        ...claim,
        indicator: filedUnder({ ...claim, ...(region ? { region } : {}), ...(breakdown ? { breakdown } : {}) }),
        ...(than ? { than: thanOf(than) } : {}),
      })),
    ...(extraction.identities.length ? { identities: [...extraction.identities] } : {}),
    ...(Object.keys(extraction.parts).length ? { parts: extraction.parts } : {}),
  };
}
