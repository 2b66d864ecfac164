import { regionalId, type ClaimsDefinition } from "../verification/index.js";
import { USUAL_IDS } from "./vocabulary/indicators.js";
import type { Extraction, ExtractedClaim } from "./types.js";

type Named = Pick<ExtractedClaim, "region" | "breakdown" | "indicator" | "mention">;

/**
 * The indicator a claim is filed under for verification. A usual indicator (gdp, 全国·consumer_prices) is the same
 * wherever the text prints it. Any other subject (奖牌, 基金支出, 制造业·industrial_value_added) is taken to mean one
 * thing only within its sentence: the same words in another sentence may speak of another scope (the Olympic and
 * the Paralympic medals, another fund's spending), and a verdict must not rest on guessing that they are one.
 */
export function filedUnder(c: Named): string {
  const name = regionalId(c.indicator, c.region, c.breakdown);
  return USUAL_IDS.has(c.indicator) && c.breakdown === undefined ? name : `${name}#${c.mention}`;
}

/** The other side of a rate difference or the whole of a share, filed as its indicator is (in the claim's sentence). */
function otherFiled(indicator: string, mention: number, region?: string): string {
  return filedUnder({ indicator, mention, ...(region ? { region } : {}) });
}

/**
 * An extraction as a claims definition that `verifyClaims` reads: each claim in the claims-file shape (its quote and
 * label kept, its assumptions written as its note and `confidence: guess`), filed under its region and part so
 * that another region's or a part's figure never meets the whole's, and a subject that is no usual indicator under
 * its mention; the proposed identities and parts. A change against the month before (环比: from = to) has no
 * relation the verifier checks and is left out. No price basis is assumed: a relation that a basis reading would
 * reconcile keeps its verdict and says so.
 */
export function claimsDefinitionOf(extraction: Extraction, name?: string): ClaimsDefinition {
  return {
    ...(name !== undefined ? { name } : {}),
    claims: extraction.claims
      .filter((c) => c.from === undefined || c.from < c.to!)
      .map(
        ({ span: _span, line: _line, valueSpans: _values, assumed, region, breakdown, than, mention, ...claim }) => ({
          ...claim,
          ...(assumed && assumed.length > 0 ? { assumes: [...new Set(assumed.map((a) => a.field))] } : {}),
          indicator: filedUnder({
            ...claim,
            mention,
            ...(region ? { region } : {}),
            ...(breakdown ? { breakdown } : {}),
          }),
          ...(claim.of !== undefined ? { of: otherFiled(claim.of, mention) } : {}),
          ...(claim.parts ? { parts: claim.parts.map((p) => (USUAL_IDS.has(p) ? p : `${p}#${mention}`)) } : {}),
          ...(than
            ? {
                than: {
                  ...(than.from !== undefined ? { from: than.from, to: than.to } : {}),
                  ...(than.period ? { period: than.period } : {}),
                  ...(than.indicator !== undefined
                    ? { indicator: otherFiled(than.indicator, mention, than.region) }
                    : {}),
                },
              }
            : {}),
        }),
      ),
    ...(extraction.identities.length ? { identities: [...extraction.identities] } : {}),
    ...(Object.keys(extraction.parts).length ? { parts: extraction.parts } : {}),
    ...(Object.keys(extraction.means ?? {}).length ? { means: extraction.means } : {}),
  };
}
