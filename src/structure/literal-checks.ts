import type { Issue, QuantityLiteral } from "../core/index.js";
import { makeIssue } from "../core/index.js";
import { isDimensionless, type Unit } from "../units/index.js";
import { position } from "./schema-issues.js";
import type { SourceInfo } from "./source.js";

/**
 * Checks a number written in a file against the unit it is meant in: a bare number above 1 for a share or
 * rate is almost always a slip (`38.62` meant as 38.62%), and a percentage for a level (`5%` of 亿元) is
 * one too. A bare number for a share or rate reads as the ratio (0.5 is 50%), as in JSON and in code; written in a
 * file (a model, a table's cell without a % header) it could be meant either way, so it is read so with a warning
 * that gives both readings. Returns the issue, or `undefined` when the number reads as intended.
 */
export function checkLiteralForUnit(
  literal: QuantityLiteral,
  unit: Unit | undefined,
  where: { readonly indicator?: string; readonly path: readonly (string | number)[]; readonly what: string },
  source: SourceInfo,
): Issue | undefined {
  if (!unit) return undefined;
  // The position is looked up only for an issue: finding it walks the file's tree, too slow to do for every number.
  const base = () => ({
    ...(where.indicator ? { indicator: where.indicator } : {}),
    path: where.path,
    ...position(source, where.path),
  });
  if (isDimensionless(unit) && unit.flavour !== "none" && literal.kind === "plain" && Math.abs(literal.value) > 1) {
    const suffix = unit.flavour === "pp" ? "pp" : "%";
    return makeIssue("percent_slip", {
      ...base(),
      message: `${where.what} is ${literal.text} for an indicator in ${unit.name}: as a ratio that is ${trimNumber(literal.value * 100)}%`,
      hint: `write ${literal.text}${suffix} (a ratio of ${trimNumber(literal.value / 100)})`,
    });
  }
  if (
    isDimensionless(unit) &&
    unit.flavour !== "none" &&
    literal.kind === "plain" &&
    literal.value !== 0 &&
    source.locate !== undefined
  ) {
    const ratio = `${trimNumber(literal.value * 100)}${unit.flavour === "pp" ? "pp" : "%"}`;
    const printed = `${literal.text}${unit.flavour === "pp" ? "pp" : "%"}`;
    return makeIssue("bare_ratio", {
      ...base(),
      message: `${where.what} is ${literal.text} for an indicator in ${unit.name}: read as the ratio ${literal.text}, that is ${ratio} (not ${printed})`,
      hint: `write ${ratio} or ${printed} to say which (a table's header with （%） reads its figures as percent)`,
    });
  }
  if (!isDimensionless(unit) && literal.kind !== "plain") {
    return makeIssue("unit_mismatch", {
      ...base(),
      message: `${where.what} is ${literal.text}, a ${literal.kind === "pp" ? "percentage-point" : "percentage"} value, for an indicator in ${unit.name}`,
      hint: `give the level in ${unit.name}, or change the unit to %`,
    });
  }
  return undefined;
}

function trimNumber(x: number): string {
  return String(Number(x.toPrecision(12)));
}
