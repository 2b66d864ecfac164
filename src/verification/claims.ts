import {
  Dec,
  didYouMean,
  makeIssue,
  scaleInterval,
  readPrintedFigure,
  type Interval,
  type Issue,
  type PrintedFigure,
} from "../core/index.js";
import { position, type ModelStructure, type SourceInfo } from "../structure/index.js";
import {
  conversionFactor,
  isDimensionless,
  isMoney,
  isWholeCount,
  parseUnit,
  sameDimensions,
  type Unit,
} from "../units/index.js";
import { misplacedField } from "./claim-fields.js";
import { shareKey, type ReadClaim } from "./read-claim.js";
import { readStructure } from "./structure-claim.js";
import { QUALIFIER_MEANING, qualifiedInterval } from "./qualifiers.js";
import { readSubYearPeriod } from "./sub-year.js";
import { basisOf, type BasisDefaults } from "./claim-basis.js";
import { regional, unmatchedRegions, withUnnamedWholes } from "./claim-regions.js";
import { KINDS } from "./kinds/index.js";
import { CLAIM_KINDS, PRICE_BASES, claimSchema, type ClaimKind } from "./schema.js";

export { regionalId, shareKey, type PriceBasis, type ReadClaim } from "./read-claim.js";
export { priceBasisOf, type BasisDefaults } from "./claim-basis.js";

const PERIOD_HINT =
  "write Q1 … Q4, H1, H2, Q1-Q3, M3 or M1-M10 (一季度, 上半年, 前三季度, 3月, 1—10月); leave period out for the whole year";

/**
 * 持平 as a figure: a change that rounds to zero at one decimal (−0.05% to 0.05%; 0.0pp; 0.0 in the unit), as its
 * kind says. Write 0% or 0.00% for another precision.
 */
function flatFigure(kind: ClaimKind): string {
  return KINDS[kind].flat ?? "0.0%";
}

/** Whatever the claims are checked against: a model's indicators and units, or nothing. */
export interface ClaimContext {
  readonly model?: ModelStructure;
  readonly source: SourceInfo;
  readonly aboutTolerance: string;
  readonly basis?: BasisDefaults;
}

/**
 * The interval with nothing below `floor`: a level of a quantity with a dimension (money, energy, area) is never
 * below 0, and a change never below −100%. "At most 63" then reads [0, 63.5), not (−∞, 63.5).
 */
function clampBelow(interval: Interval, floor: Dec): Interval {
  if (interval.lo?.greaterThan(floor)) return interval;
  if (interval.hi?.lessThanOrEqualTo(floor)) return interval;
  // The floor itself is left out: a quantity that vanished, or fell by 100%, leaves no ratio to compare.
  return { ...interval, lo: floor, loClosed: false };
}

/**
 * Whether a figure in `unit` can be at a price basis (`basis:`): money in 元 and its magnitudes, and ratios, can; a
 * physical quantity (energy, people, area) has no prices to be at, and a figure in another currency (美元) is not
 * money the catalogue converts.
 */
export function takesPriceBasis(unit: Unit): boolean {
  return isMoney(unit) || isDimensionless(unit);
}

/** Units that make a bare printed figure a percentage or percentage points: the suffix it is read with. */
const RATIO_UNITS: Readonly<Record<string, string>> = { "%": "%", 百分点: "pp", 个百分点: "pp", pp: "pp" };

/**
 * Reads every claim on its own, so that a bad claim is reported (naming the claim and the field) while the
 * others are still checked: its shape, the indicator (which must exist when a model is given), its year or
 * period, the figure as printed (`二十` is not one), the kind of number for the kind of claim (a percentage
 * where a level is expected is refused, and vice versa), the unit, and qualifiers that contradict each other.
 * Duplicate ids are refused.
 */
export function readClaims(rawClaims: readonly unknown[], context: ClaimContext, issues: Issue[]): ReadClaim[] {
  const read: ReadClaim[] = [];
  const seen = new Map<string, number>();
  // Without a model, an indicator's levels are all expressed in the unit of its first level claim with one.
  const firstUnit = new Map<string, Unit>();
  rawClaims.forEach((raw, index) => {
    const path = ["claims", index];
    const problem = (
      field: string | undefined,
      message: string,
      hint?: string,
      code: Issue["code"] = "invalid_claim",
    ) => {
      const at = field ? [...path, field] : path;
      const id = (raw as { id?: unknown })?.id;
      issues.push(
        makeIssue(code, {
          message: `${typeof id === "string" ? `claim '${id}'` : `claim ${index + 1}`}${field ? `, field '${field}'` : ""}: ${message}`,
          ...(hint ? { hint } : {}),
          path: at,
          ...position(context.source, at),
        }),
      );
    };
    const parsed = claimSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
        const given = field === undefined ? undefined : (raw as Record<string, unknown>)[field];
        const hint =
          typeof given === "string" && field === "kind"
            ? didYouMean(given, CLAIM_KINDS)
            : typeof given === "string" && field === "basis"
              ? didYouMean(given, PRICE_BASES)
              : issue.code === "unrecognized_keys"
                ? didYouMean(issue.keys[0]!, Object.keys(claimSchema.shape))
                : undefined;
        problem(
          field,
          issue.code === "unrecognized_keys"
            ? `unknown field '${issue.keys.join("', '")}'`
            : issue.message.replace(/^Invalid input: /, ""),
          hint,
        );
      }
      return;
    }
    const written = parsed.data;
    if (seen.has(written.id)) {
      problem(
        "id",
        `the id '${written.id}' is used by claim ${seen.get(written.id)! + 1} too`,
        "give every claim its own id",
        "duplicate_id",
      );
      return;
    }
    seen.set(written.id, index);

    const model = context.model;
    const indicator = model?.indicatorById.get(written.indicator);
    if (model && !indicator) {
      const hint = didYouMean(written.indicator, model.indicatorById.keys());
      problem("indicator", `'${written.indicator}' is not an indicator of the model`, hint, "unknown_reference");
      return;
    }
    const misplaced = misplacedField(written);
    if (misplaced) return problem(misplaced.field, misplaced.message, misplaced.hint);
    for (const other of [
      written.of,
      ...(written.parts ?? []),
      written.than?.indicator,
      ...[written.deflates ?? []].flat(),
    ]) {
      if (model && other !== undefined && !model.indicatorById.has(other)) {
        return problem(
          written.of === other
            ? "of"
            : written.than?.indicator === other
              ? "than"
              : written.parts?.includes(other)
                ? "parts"
                : "deflates",
          `'${other}' is not an indicator of the model`,
          didYouMean(other, model.indicatorById.keys()),
          "unknown_reference",
        );
      }
    }
    const claim = regional(written);
    const spec = KINDS[claim.kind];
    // A share of a named total (占GDP比重) is a ratio of two indicators, not the part's level.
    const shareOf = (claim.kind === "share" || claim.kind === "pp_change") && claim.of !== undefined;
    const isLevel = spec.time === "year";
    // An absolute change (增加73.5亿元) is an amount in the indicator's unit, as a level is.
    const isAmount = isLevel || spec.printed === "amount";
    if (isLevel && claim.year === undefined) return problem("year", `a ${claim.kind} needs the year it is printed for`);
    if (!isLevel) {
      if (claim.from === undefined || claim.to === undefined)
        return problem(claim.from === undefined ? "from" : "to", "a change needs its period: from and to");
      if (claim.from >= claim.to)
        return problem("from", `the period runs from ${claim.from} to ${claim.to}: from must come before to`);
    }
    if (spec.needs?.includes("of") && claim.of === undefined) {
      return problem(
        "of",
        `a ${claim.kind.replace("_", " ")} needs the total it is a part of`,
        "name the total with of:, such as of: gdp",
      );
    }
    const period = claim.period === undefined ? undefined : readSubYearPeriod(claim.period);
    if (claim.period !== undefined && !period)
      return problem("period", `'${claim.period}' is not a part of a year`, PERIOD_HINT);
    const thanPeriod = claim.than?.period === undefined ? period : readSubYearPeriod(claim.than.period);
    if (claim.than?.period !== undefined && !thanPeriod)
      return problem("than", `'${claim.than.period}' is not a part of a year`, PERIOD_HINT);
    if (claim.kind === "rate_difference") {
      const than = {
        indicator: claim.than?.indicator ?? claim.indicator,
        from: claim.than?.from ?? claim.from!,
        to: claim.than?.to ?? claim.to!,
      };
      if (
        than.indicator === claim.indicator &&
        than.from === claim.from &&
        than.to === claim.to &&
        thanPeriod?.code === period?.code
      ) {
        return problem(
          "than",
          "a rate difference needs the other rate",
          "name it with than: { indicator: city_gdp } or than: { from: 2021, to: 2022 }",
        );
      }
      if (than.from >= than.to)
        return problem("than", `the other period runs from ${than.from} to ${than.to}: from must come before to`);
    }
    const partOfYear = period ? { period } : {};
    if (claim.kind === "structure") return readStructure(claim, path, problem, read, partOfYear);

    const flat = String(claim.value).trim() === "持平" && !isLevel;
    const text = flat ? flatFigure(claim.kind) : String(claim.value);
    // A bare figure whose unit says it is a percentage or percentage points ("4.6" with unit 百分点) reads as one.
    const suffix = /^\s*[-+]?[\d.]+\s*$/.test(text) ? RATIO_UNITS[claim.unit ?? ""] : undefined;
    const figure = readPrintedFigure(suffix ? `${text.trim()}${suffix}` : text);
    if (!figure)
      return problem(
        "value",
        `'${text}' is not a number as printed`,
        'write the digits as the report prints them, such as "276" or "5.1%"',
      );

    let unit: Unit | undefined;
    if (claim.unit !== undefined && !suffix) {
      const parsedUnit = parseUnit(claim.unit);
      unit = parsedUnit.unit;
      if (parsedUnit.unknownWords.length > 0) {
        issues.push(
          makeIssue("unit_unknown", {
            message: `claim '${claim.id}': unit '${claim.unit}' is not in the catalogue; taken as a count of its own`,
            path: [...path, "unit"],
            ...position(context.source, [...path, "unit"]),
          }),
        );
      }
    }
    if (!model && isLevel && !shareOf && unit && !firstUnit.has(claim.indicator)) firstUnit.set(claim.indicator, unit);
    const modelUnit = shareOf
      ? undefined
      : (indicator?.unit ?? (isAmount ? firstUnit.get(claim.indicator) : undefined));
    const levelUnit = modelUnit ?? unit;
    const ratioLike = levelUnit === undefined ? figure.kind !== "plain" : isDimensionless(levelUnit);
    // a level of a rate (失业率5.2%) is printed as a percentage too
    const expectsPercent =
      spec.printed === "percent" || (claim.kind === "level" && ratioLike && figure.kind !== "plain");
    const points = spec.printed === "points";
    if (points && figure.kind !== "pp") {
      const what =
        claim.kind === "pp_change"
          ? "a percentage-point change"
          : `in percentage points, as a ${claim.kind.replace("_", " ")} is`;
      return problem("value", `'${text}' is not ${what}`, `expected ${spec.expected}`);
    }
    if (!points && figure.kind === "pp")
      return problem(
        "value",
        `'${text}' is in percentage points, but the claim is a ${claim.kind}`,
        "use kind: pp_change",
      );
    if (expectsPercent && figure.kind !== "percent") {
      return problem(
        "value",
        `'${text}' is not a percentage, but a ${claim.kind.replace("_", " ")} is printed as one`,
        `expected ${spec.expected}`,
      );
    }
    if (spec.printed === "times" && figure.kind !== "plain") {
      return problem(
        "value",
        `'${text}' is a percentage, but a ${claim.kind} is printed in 倍`,
        `expected ${spec.expected}`,
      );
    }
    if (claim.kind === "level" && figure.kind === "percent" && levelUnit !== undefined && !isDimensionless(levelUnit)) {
      return problem(
        "value",
        `'${text}' is a percentage, but ${claim.indicator} is a level in ${levelUnit.name}`,
        `expected ${spec.expected}`,
      );
    }

    const physical = levelUnit ?? unit ?? firstUnit.get(claim.indicator);
    if (claim.basis !== undefined && physical !== undefined && !takesPriceBasis(physical)) {
      return problem(
        "basis",
        `a price basis is for money figures, and ${claim.indicator} is in ${physical.name}, a quantity without prices`,
        "remove basis:, or give the claim its money unit",
      );
    }
    const meanings = (claim.qualifiers ?? []).map((q) => QUALIFIER_MEANING[q]);
    // An exact figure (a count in 个, 家, 人 …; a plan target marked exact) stands for itself, not a rounding interval.
    const countUnit = unit ?? levelUnit;
    const exact =
      claim.exact ??
      (isLevel &&
        countUnit !== undefined &&
        isWholeCount(countUnit) &&
        figure.kind === "plain" &&
        figure.decimals === 0);
    const printed = exact ? exactFigure(figure) : figure;
    let interval = qualifiedInterval(printed, meanings, context.aboutTolerance);
    if (!interval) {
      return problem(
        "qualifiers",
        `the qualifiers ${(claim.qualifiers ?? []).join(", ")} contradict each other: one bounds the figure from below, another from above`,
      );
    }
    if (isAmount && modelUnit && unit && unit !== modelUnit) {
      if (!sameDimensions(unit, modelUnit)) {
        return problem(
          "unit",
          `the figure is in ${unit.name}, which does not convert to ${claim.indicator}'s unit ${modelUnit.name}`,
          undefined,
          "unit_mismatch",
        );
      }
      const factor = conversionFactor(unit, modelUnit);
      interval = scaleInterval(interval, factor.num.toString(), factor.den.toString());
    }
    if (isLevel && levelUnit && !isDimensionless(levelUnit)) interval = clampBelow(interval, new Dec(0));
    // 是2016年的2.3倍 is a cumulative change of 2.3 − 1 = +130%; 上年=100 → 99.5 is −0.5%: as the kind reads it
    if (spec.toRatio) interval = spec.toRatio(interval);
    // 下降150%: nothing is left after a fall of 100%, so the figure reads as no change at all
    if (spec.ratio && interval.hi?.lessThanOrEqualTo(-1)) {
      return problem(
        "value",
        `'${text}' is a fall of 100% or more, but nothing is left to fall after 100%`,
        "check the figure and its sign: a change is never below −100%",
      );
    }
    if (spec.ratio) interval = clampBelow(interval, new Dec(-1));

    // a figure of a year, or of a period (both checked above; a structure was read apart)
    const when =
      claim.kind === "level" || claim.kind === "share"
        ? { kind: claim.kind, year: claim.year! }
        : { kind: claim.kind, from: claim.from!, to: claim.to! };
    read.push({
      id: claim.id,
      indicator: shareOf ? shareKey(claim.indicator, claim.of!) : claim.indicator,
      ...when,
      ...partOfYear,
      ...(claim.quote !== undefined ? { quote: claim.quote } : {}),
      ...(claim.label !== undefined ? { label: claim.label } : {}),
      figure: printed,
      qualifiers: claim.qualifiers ?? [],
      meanings,
      interval,
      ...(isAmount && levelUnit ? { unit: levelUnit } : {}),
      ...(claim.unit !== undefined
        ? { printedUnit: claim.unit }
        : isAmount && levelUnit && levelUnit.flavour === "none"
          ? { printedUnit: levelUnit.name }
          : {}),
      ...basisOf(written, isAmount, context.basis),
      ...(claim.of !== undefined ? { of: claim.of } : {}),
      ...(claim.ofLabel !== undefined ? { ofLabel: claim.ofLabel } : {}),
      ...(claim.kind === "rate_difference"
        ? {
            than: {
              indicator: claim.than?.indicator ?? claim.indicator,
              from: claim.than?.from ?? claim.from!,
              to: claim.than?.to ?? claim.to!,
              ...(thanPeriod ? { period: thanPeriod } : {}),
            },
          }
        : {}),
      ...(flat ? { flat: true, figure: { ...printed, text: "持平" } } : {}),
      ...(claim.deflates !== undefined ? { deflates: [claim.deflates].flat() } : {}),
      ...(claim.confidence === "guess" ? { guess: claim.note ?? "a reading the text does not print" } : {}),
      ...(claim.confidence === "guess" && claim.assumes ? { assumes: claim.assumes } : {}),
      path,
    });
  });
  unmatchedRegions(rawClaims, context.source, issues);
  return withUnnamedWholes(read);
}

/** A printed figure read as exact: no rounding, the value itself (qualifiers then bound it exactly: 超过1000个 is > 1000). */
function exactFigure(figure: PrintedFigure): PrintedFigure {
  const point = { lo: figure.value, hi: figure.value, loClosed: true, hiClosed: true };
  return { ...figure, halfUnit: new Dec(0), interval: point };
}
