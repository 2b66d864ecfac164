import { parseUnit, sameDimensions, type Unit } from "../units/index.js";
import { inAYear, regionalId, takesPriceBasis, type ClaimsDefinition } from "../verification/index.js";
import { USUAL_IDS } from "./vocabulary/indicators.js";
import { MAGNITUDES } from "./vocabulary/units.js";
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
function otherFiled(indicator: string, mention: number, region?: string, breakdown?: string): string {
  return filedUnder({ indicator, mention, ...(region ? { region } : {}), ...(breakdown ? { breakdown } : {}) });
}

/** A unit's word without its magnitude (亿人次 → 人次), or the magnitude printed alone (万), as part of an id. */
function unitWord(unit: string): string {
  const magnitude = MAGNITUDES.find((m) => unit.startsWith(m) && unit.length > m.length);
  return (magnitude ? unit.slice(magnitude.length) : unit).replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Where each claim is filed and whether its price basis is written, claim by claim in the order the verifier reads
 * them. An indicator's amounts are in the unit of its first level with one: a figure in a unit that does not convert
 * to it (养老机构达到320个、4.5万: the second is no count of 个) is another quantity, filed apart under its indicator and
 * unit, so that it is never compared with the other. A price basis is written only where the figure's unit, else
 * its indicator's, takes one (`takesPriceBasis`): a change of an amount in 万人 or 亿美元 is at no prices.
 */
function placed(claims: readonly ExtractedClaim[]): {
  places: { filed: string; basis: boolean }[];
  units: ReadonlyMap<string, Unit>;
} {
  const first = new Map<string, Unit>();
  const places = claims.map((c) => {
    const shareOf = (c.kind === "share" || c.kind === "pp_change") && c.of !== undefined;
    const own = c.unit === undefined || c.kind === "structure" ? undefined : parseUnit(c.unit).unit;
    const fits = (name: string) => !own || shareOf || !first.has(name) || sameDimensions(own, first.get(name)!);
    let filed = filedUnder(c);
    for (let n = 1; !fits(filed); n++)
      filed = filedUnder({ ...c, indicator: `${c.indicator}_${unitWord(c.unit!)}${n > 1 ? n : ""}` });
    if (own && !shareOf && inAYear(c.kind) && !first.has(filed)) first.set(filed, own);
    const unit = own ?? first.get(filed);
    return { filed, basis: c.basis !== undefined && (unit === undefined || takesPriceBasis(unit)) };
  });
  return { places, units: first };
}

/**
 * The proposed parts whose total and parts are in units that convert to one another, as filed (a total printed in
 * 万户 and its parts in 万人 cannot be added up: 总户籍人口180万户、500万人，其中城镇300万人…).
 */
function addingUp(
  parts: Readonly<Record<string, string[]>>,
  units: ReadonlyMap<string, Unit>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(parts).filter(([total, members]) => {
      const whole = units.get(total);
      return members.every((m) => {
        const unit = units.get(m);
        return whole === undefined || unit === undefined || sameDimensions(whole, unit);
      });
    }),
  );
}

/**
 * An extraction as a claims definition that `verifyClaims` reads: each claim in the claims-file shape (its quote and
 * label kept, its assumptions written as its note and `confidence: guess`), filed under its region and part so
 * that another region's or a part's figure never meets the whole's, and a subject that is no usual indicator under
 * its mention; the proposed identities and parts. A change against the month before (环比: from = to) has no
 * relation the verifier checks and is left out, and so has a change of a currency's value (贬值) beside its rate. No price basis is assumed: a relation that a basis reading would
 * reconcile keeps its verdict and says so. A figure in a unit that does not convert to its indicator's is filed
 * apart, and a basis read for a figure that is no money is left out, so that the verifier accepts every claim.
 */
export function claimsDefinitionOf(extraction: Extraction, name?: string): ClaimsDefinition {
  const claims = extraction.claims.filter(
    (c) => (c.from === undefined || c.from < c.to!) && !c.inverse && !c.perMillePoints,
  );
  const { places, units } = placed(claims);
  const parts = addingUp(extraction.parts, units);
  return {
    ...(name !== undefined ? { name } : {}),
    claims: claims.map(
      (
        {
          span: _span,
          line: _line,
          valueSpans: _values,
          assumed,
          region: _region,
          breakdown: _part,
          ofRegion,
          ofBreakdown,
          than,
          mention,
          basis,
          ...claim
        },
        i,
      ) => ({
        ...claim,
        ...(assumed && assumed.length > 0 ? { assumes: [...new Set(assumed.map((a) => a.field))] } : {}),
        indicator: places[i]!.filed,
        ...(basis !== undefined && places[i]!.basis ? { basis } : {}),
        ...(claim.of !== undefined ? { of: otherFiled(claim.of, mention, ofRegion, ofBreakdown) } : {}),
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
    ...(Object.keys(parts).length ? { parts } : {}),
    ...(Object.keys(extraction.means ?? {}).length ? { means: extraction.means } : {}),
  };
}
