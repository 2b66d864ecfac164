import { makeIssue, type Issue, type QuantityLiteral, type Timeline } from "../core/index.js";
import { parseUnit, type Unit } from "../units/index.js";
import { idProblem } from "./ids.js";
import { checkLiteralForUnit } from "./literal-checks.js";
import type { Label, ValidIndicator, ValidModel } from "./schema.js";
import { position } from "./schema-issues.js";
import type { SourceInfo } from "./source.js";
import type { HistoryEntry, IndicatorInfo, Labels } from "./structure.js";

/** An indicator's input `value`: one constant for every year, or values for some years. */
export type InputValues =
  | { readonly kind: "constant"; readonly literal: QuantityLiteral }
  | { readonly kind: "series"; readonly byYear: ReadonlyMap<number, QuantityLiteral> };

/** Indicators read from a valid model, before their formulas are checked. */
export interface ReadIndicators {
  readonly indicators: IndicatorInfo[];
  readonly inputs: ReadonlyMap<string, InputValues>;
  readonly groups: Map<string, { members: string[]; label: Labels }>;
  readonly issues: Issue[];
}

/** One empty label, one empty list of groups and one empty history, shared by every indicator without them. */
const NO_LABEL: Labels = Object.freeze({});
const NO_GROUPS: readonly string[] = Object.freeze([]);
const NO_HISTORY: ReadonlyMap<number, HistoryEntry> = new Map();

/** `{ zh, en }` from a label as written; a plain string goes to `zh` when it holds CJK, else `en`. */
export function normalizeLabel(label: Label | undefined): Labels {
  if (label === undefined) return NO_LABEL;
  if (typeof label === "string") return /[\u3400-\u9fff]/.test(label) ? { zh: label } : { en: label };
  return { ...(label.zh ? { zh: label.zh } : {}), ...(label.en ? { en: label.en } : {}) };
}

function readYear(
  key: string,
  timeline: Timeline,
  path: (string | number)[],
  source: SourceInfo,
  issues: Issue[],
  indicator: string,
): number | undefined {
  const year = Number(key);
  if (!timeline.contains(year)) {
    issues.push(
      makeIssue("year_outside_timeline", {
        message: `${key} lies outside the model's timeline ${timeline}`,
        hint: "extend `years`, or remove the value",
        indicator,
        year,
        path,
        ...position(source, path),
      }),
    );
    return undefined;
  }
  return year;
}

/**
 * Reads every indicator: validates its id, reads its unit (an unknown unit is a warning, never an error),
 * its reported values and its input values (each within the timeline, each checked against the unit), and
 * the groups it joins. Slots follow the order of the file.
 */
export function readIndicators(model: ValidModel, timeline: Timeline, source: SourceInfo): ReadIndicators {
  const issues: Issue[] = [];
  const indicators: IndicatorInfo[] = [];
  const inputs = new Map<string, InputValues>();
  const groups = new Map<string, { members: string[]; label: Labels }>();
  const units: UnitCache = new Map();
  for (const [id, def] of Object.entries(model.groups ?? {})) {
    groups.set(id, { members: [], label: normalizeLabel(def.label) });
  }

  for (const [id, def] of Object.entries(model.indicators)) {
    const path = ["indicators", id];
    const problem = idProblem(id);
    if (problem)
      issues.push(makeIssue("invalid_id", { message: problem, indicator: id, path, ...position(source, path) }));
    if (groups.has(id)) {
      issues.push(
        makeIssue("duplicate_id", {
          message: `'${id}' names both a group and an indicator`,
          indicator: id,
          path,
          ...position(source, path),
        }),
      );
    }
    const unit = readUnit(id, def, source, issues, units);
    const history = readHistory(id, def, unit, timeline, source, issues);
    const input = readInput(id, def, unit, timeline, source, issues);
    if (input) inputs.set(id, input);
    for (const group of def.groups ?? []) {
      const entry = groups.get(group) ?? { members: [], label: {} };
      entry.members.push(id);
      groups.set(group, entry);
    }
    for (const unused of ["projection", "backcast"] as const) {
      if (def.formula === undefined || def[unused] === undefined) continue;
      issues.push(
        makeIssue("schema", {
          severity: "warning",
          message: `${id} has both a formula and a ${unused}: the formula defines every year, so the ${unused} is never used`,
          indicator: id,
          path: [...path, unused],
          ...position(source, [...path, unused]),
        }),
      );
    }
    indicators.push({
      id,
      slot: indicators.length,
      label: normalizeLabel(def.label),
      unit,
      assumption: def.assumption ?? false,
      ...(def.note !== undefined ? { note: def.note } : {}),
      ...(def.quote !== undefined ? { quote: def.quote } : {}),
      ...(def.source !== undefined ? { source: def.source } : {}),
      groups: def.groups ?? NO_GROUPS,
      history,
      ...(def.formula !== undefined ? { formula: { text: def.formula } } : {}),
      ...(def.projection !== undefined ? { projection: { text: def.projection } } : {}),
      ...(def.backcast !== undefined ? { backcast: { text: def.backcast } } : {}),
      isInput: def.value !== undefined,
    });
  }

  for (const [group, entry] of groups) {
    const problem = idProblem(group);
    const path = ["groups", group];
    if (problem) issues.push(makeIssue("invalid_id", { message: `group ${problem}`, path, ...position(source, path) }));
    if (entry.members.length === 0) {
      issues.push(
        makeIssue("schema", {
          severity: "warning",
          message: `group '${group}' has no members`,
          path,
          ...position(source, path),
        }),
      );
    }
  }
  return { indicators, inputs, groups, issues };
}

/** Units read so far, by their text: ten thousand indicators in 亿元 share one unit (units are never modified). */
type UnitCache = Map<string, ReturnType<typeof parseUnit>>;

function readUnit(
  id: string,
  def: ValidIndicator,
  source: SourceInfo,
  issues: Issue[],
  cache: UnitCache,
): Unit | undefined {
  if (def.unit === undefined) return undefined;
  let parsed = cache.get(def.unit);
  if (!parsed) {
    parsed = parseUnit(def.unit);
    cache.set(def.unit, parsed);
  }
  const { unit, unknownWords } = parsed;
  if (unknownWords.length > 0) {
    const path = ["indicators", id, "unit"];
    issues.push(
      makeIssue("unit_unknown", {
        message: `unit '${unknownWords.join("', '")}' of ${id} is not in plansheet's catalogue: it is taken as a count of its own`,
        hint: "values in this unit are only added to and compared with values in the same unit",
        indicator: id,
        path,
        ...position(source, path),
      }),
    );
  }
  return unit;
}

function readHistory(
  id: string,
  def: ValidIndicator,
  unit: Unit | undefined,
  timeline: Timeline,
  source: SourceInfo,
  issues: Issue[],
): ReadonlyMap<number, HistoryEntry> {
  if (def.history === undefined) return NO_HISTORY;
  const history = new Map<number, HistoryEntry>();
  for (const [key, entry] of Object.entries(def.history ?? {})) {
    const path = ["indicators", id, "history", key];
    const year = readYear(key, timeline, path, source, issues, id);
    if (year === undefined) continue;
    const read: HistoryEntry =
      "kind" in entry
        ? { literal: entry }
        : {
            literal: entry.value,
            ...(entry.quote !== undefined ? { quote: entry.quote } : {}),
            ...(entry.note !== undefined ? { note: entry.note } : {}),
            ...(entry.assumption !== undefined ? { assumption: entry.assumption } : {}),
          };
    const valuePath = "kind" in entry ? path : [...path, "value"];
    const slip = checkLiteralForUnit(
      read.literal,
      unit,
      { indicator: id, path: valuePath, what: `the reported value for ${year}` },
      source,
    );
    if (slip) issues.push(slip);
    history.set(year, read);
  }
  return history;
}

function readInput(
  id: string,
  def: ValidIndicator,
  unit: Unit | undefined,
  timeline: Timeline,
  source: SourceInfo,
  issues: Issue[],
): InputValues | undefined {
  const value = def.value;
  if (value === undefined) return undefined;
  const path = ["indicators", id, "value"];
  if ("kind" in value) {
    const slip = checkLiteralForUnit(
      value as QuantityLiteral,
      unit,
      { indicator: id, path, what: "the value" },
      source,
    );
    if (slip) issues.push(slip);
    return { kind: "constant", literal: value as QuantityLiteral };
  }
  const byYear = new Map<number, QuantityLiteral>();
  for (const [key, literal] of Object.entries(value as Record<string, QuantityLiteral>)) {
    const yearPath = [...path, key];
    const year = readYear(key, timeline, yearPath, source, issues, id);
    if (year === undefined) continue;
    const slip = checkLiteralForUnit(
      literal,
      unit,
      { indicator: id, path: yearPath, what: `the value for ${year}` },
      source,
    );
    if (slip) issues.push(slip);
    byYear.set(year, literal);
  }
  return { kind: "series", byYear };
}
