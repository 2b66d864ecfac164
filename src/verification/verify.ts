import { makeIssue, parseQuantityLiteral, type Issue } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { position, schemaIssues, type ModelStructure, type SourceInfo } from "../structure/index.js";
import type { Unit } from "../units/index.js";
import { growthChecks, periodChecks } from "./check-growth.js";
import { identityChecks } from "./check-identity.js";
import { partGrowthChecks } from "./check-part-growth.js";
import { partsChecks, rateDifferenceChecks } from "./check-parts.js";
import { repeatChecks } from "./check-repeats.js";
import { amountChecks } from "./check-amounts.js";
import { meanChecks } from "./check-means.js";
import { levelChecks } from "./check-levels.js";
import { indexClaims, type ClaimIndex } from "./claim-index.js";
import { priceBasisOf, readClaims, type BasisDefaults, type ReadClaim } from "./claims.js";
import { readIdentities } from "./identity.js";
import { readPartsGroups } from "./parts-groups.js";
import { DEFAULT_ABOUT_TOLERANCE } from "./qualifiers.js";
import { VerificationReport, type Check, type CheckData } from "./report.js";
import { claimsSchema, type ClaimsDefinition } from "./schema.js";
import { checkTitle, explain, noteText, type IndicatorNames } from "./sentences.js";

/** Options of {@link verifyClaims}. @inline */
export interface VerifyOptions {
  /** A model whose indicators the claims name; their units are then used, and unknown indicators refused. */
  readonly model?: Model;
  /** Where the claims came from, for positions in messages. */
  readonly source?: SourceInfo;
}

/**
 * Verifies printed figures: reads each claim as the interval its rounding and qualifiers allow, derives every
 * check the claims allow (average growth against cumulative change, levels against changes, percentage points
 * against levels, identities on levels and on changes), and gives each a verdict with the computed and printed
 * intervals and a sentence in English and Chinese. A claim with a problem is reported and left out; the others
 * are still checked. Never throws for a bad claims file: problems are in `report.issues`.
 */
export function verifyClaims(definition: ClaimsDefinition | unknown, options: VerifyOptions = {}): VerificationReport {
  const source = options.source ?? {};
  const parsed = claimsSchema.safeParse(definition);
  if (!parsed.success)
    return new VerificationReport([], [], schemaIssues(parsed.error, source, Object.keys(claimsSchema.shape)));
  const issues: Issue[] = [];
  let aboutTolerance = DEFAULT_ABOUT_TOLERANCE;
  const about = parsed.data.settings?.about;
  if (about !== undefined) {
    const literal = typeof about === "number" ? { value: about, exact: String(about) } : parseQuantityLiteral(about);
    if (!literal || literal.value < 0) {
      const path = ["settings", "about"];
      issues.push(
        makeIssue("invalid_claim", {
          message: `settings.about must be a tolerance such as 10%, got ${String(about)}`,
          path,
          ...position(source, path),
        }),
      );
    } else {
      aboutTolerance = literal.exact;
    }
  }
  const model = options.model?.structure;
  const stated = parsed.data.basis;
  const basis: BasisDefaults = {
    levels: stated?.levels ? priceBasisOf(stated.levels) : "current",
    ...(stated?.growth ? { growth: priceBasisOf(stated.growth) } : {}),
    ...(stated?.indicators
      ? {
          indicators: Object.fromEntries(
            Object.entries(stated.indicators).map(([id, word]) => [id, priceBasisOf(word)]),
          ),
        }
      : {}),
  };
  const claims = readClaims(parsed.data.claims, { ...(model ? { model } : {}), source, aboutTolerance, basis }, issues);
  const written = readIdentities(parsed.data.identities ?? [], model, claims, source, issues);
  const parts = readPartsGroups(parsed.data.parts, written, claims, model, source, issues);
  const identities = [...written, ...parts.identities];
  const indexes = indexesByPeriod(claims);
  const unitOf = (indicator: string): Unit | undefined =>
    model?.indicatorById.get(indicator)?.unit ?? claims.find((c) => c.indicator === indicator && c.unit)?.unit;
  const estimated = new Set(claims.filter((c) => c.meanings.includes("estimated")).map((c) => c.id));
  const guessed = new Map(claims.filter((c) => c.guess !== undefined).map((c) => [c.id, c] as const));
  const names = indicatorNames(model, claims);
  // Figures of one part of the year (上半年) relate to each other as whole-year figures do, and to no other's.
  const checks = [...indexes]
    .flatMap(([code, index]) => {
      const found = [
        ...repeatChecks(index),
        ...growthChecks(index),
        ...periodChecks(index),
        ...levelChecks(index),
        ...amountChecks(index),
        ...identityChecks(identities, index, unitOf),
        ...partsChecks(index, parts.groups),
        ...partGrowthChecks(index, parts.groups, unitOf),
        ...meanChecks(index, parsed.data.means ?? {}),
        ...rateDifferenceChecks(index, (period) => indexes.get(period?.code ?? WHOLE_YEAR)),
      ];
      const period = claims.find((c) => c.period?.code === code)?.period;
      return period ? found.map((check) => ({ ...check, id: `${check.id}@${period.code}`, period })) : found;
    })
    .map((check) => {
      const uses = check.claims.filter((id) => estimated.has(id));
      const once = { ...check, claims: [...new Set(check.claims)] };
      const withEstimates =
        uses.length === 0
          ? once
          : { ...once, noteCodes: [...check.noteCodes, { code: "estimated" as const, claims: uses }] };
      // a check that rests on a guessed reading is to review, never a finding
      const guesses = withEstimates.claims
        .filter((id) => guessed.has(id))
        .map((id) => ({ claim: id, note: guessed.get(id)!.guess!, assumes: guessed.get(id)!.assumes ?? [] }));
      return worded(
        guesses.length === 0
          ? withEstimates
          : {
              ...withEstimates,
              review: true,
              noteCodes: [...withEstimates.noteCodes, { code: "guessed" as const, guesses }],
            },
        names,
      );
    });
  const used = new Set(checks.flatMap((c) => c.claims));
  const unchecked = claims.filter((c) => !used.has(c.id)).map((c) => c.id);
  return new VerificationReport(checks, unchecked, issues);
}

const WHOLE_YEAR = "";

/** The claims indexed by the part of the year they are for (the whole year first): 上半年's figures apart from 全年's. */
function indexesByPeriod(claims: readonly ReadClaim[]): Map<string, ClaimIndex> {
  const byPeriod = new Map<string, ReadClaim[]>([[WHOLE_YEAR, []]]);
  for (const claim of claims) {
    const code = claim.period?.code ?? WHOLE_YEAR;
    const those = byPeriod.get(code);
    if (those) those.push(claim);
    else byPeriod.set(code, [claim]);
  }
  return new Map([...byPeriod].map(([code, those]) => [code, indexClaims(those)]));
}

/**
 * Indicators named in each language by the model's label in it; in Chinese, else by a claim's `label:` (a report's
 * own words), else by the model's other label; by their ids only where nothing names them.
 */
function indicatorNames(model: ModelStructure | undefined, claims: readonly ReadClaim[]): IndicatorNames {
  const labels = new Map<string, string>();
  const name = (id: string, label: string | undefined) => {
    if (label !== undefined && !labels.has(id)) labels.set(id, label);
  };
  for (const claim of claims) {
    // a share is filed as `part/total`: its label names the part
    name(claim.indicator.split("/")[0]!, claim.label);
    if (claim.of !== undefined) name(claim.of, claim.ofLabel);
  }
  return (indicator, language) => {
    const label = model?.indicatorById.get(indicator)?.label;
    // in English, an id that is an English word or two (gdp, budget_revenue) reads better than a Chinese name; an id
    // made of the text's own words (建安投资#6) does not
    if (language === "en")
      return (
        label?.en ?? (/^[a-z][a-z0-9_]*$/.test(indicator) ? indicator : undefined) ?? labels.get(indicator) ?? indicator
      );
    return label?.zh ?? labels.get(indicator) ?? label?.en ?? indicator;
  };
}

/** A check with its sentences and notes in words. */
function worded(check: CheckData, names: IndicatorNames): Check {
  return {
    ...check,
    explanation: explain(check, "en", names),
    explanationZh: explain(check, "zh", names),
    title: checkTitle(check, "en", names),
    titleZh: checkTitle(check, "zh", names),
    notes: check.noteCodes.map((note) => noteText(note, names)),
    notesZh: check.noteCodes.map((note) => noteText(note, names, "zh")),
  };
}
