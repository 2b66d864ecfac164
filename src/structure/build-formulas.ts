import { makeIssue, type Issue, type Timeline } from "../core/index.js";
import {
  checkFormula,
  parseFormula,
  type CheckOptions,
  type CheckedFormula,
  type CheckProblem,
  type FormulaScope,
} from "../formula/index.js";
import { normalizeLabel } from "./build-indicators.js";
import type { ValidModel } from "./schema.js";
import { position } from "./schema-issues.js";
import type { SourceInfo } from "./source.js";
import { FORMULA_KEYS, type FormulaKey } from "./rules.js";
import type { IndicatorFormula, IndicatorInfo, Labels, TargetInfo } from "./structure.js";

/** The names formulas of this model can use: its indicators (with slots and units) and its groups. */
export function makeScope(
  timeline: Timeline,
  indicators: readonly IndicatorInfo[],
  groups: ReadonlyMap<string, { readonly members: readonly string[] }>,
): FormulaScope {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return {
    timeline,
    indicator: (name) => {
      const info = byId.get(name);
      return info ? { slot: info.slot, unit: info.unit } : undefined;
    },
    group: (name) => groups.get(name)?.members,
    names: [...byId.keys(), ...groups.keys()],
  };
}

/** Where a formula sits: its owner (indicator or target), its path in the file, and its text. */
interface FormulaSite {
  readonly indicator?: string;
  readonly path: readonly (string | number)[];
  readonly text: string;
}

/** A parse or check problem as an issue with its file position, indicator, path and span. */
function problemIssue(problem: CheckProblem, site: FormulaSite, source: SourceInfo): Issue {
  return makeIssue(problem.code, {
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(site.indicator ? { indicator: site.indicator } : {}),
    path: site.path,
    formula: site.text,
    span: problem.span,
    ...position(source, site.path, problem.span.start),
  });
}

/** Parses and checks one formula; returns it checked, or pushes its problems as issues. */
export function buildFormula(
  site: FormulaSite,
  scope: FormulaScope,
  options: CheckOptions,
  source: SourceInfo,
  issues: Issue[],
): CheckedFormula | undefined {
  const parsed = parseFormula(site.text);
  if (!parsed.ok) {
    issues.push(problemIssue(parsed.problem, site, source));
    return undefined;
  }
  const checked = checkFormula(parsed.expr, scope, options);
  if (!checked.ok) {
    for (const problem of checked.problems) issues.push(problemIssue(problem, site, source));
    return undefined;
  }
  return checked.formula;
}

/**
 * Checks every indicator's formula, projection and backcast against the model (names, years, functions, units, the
 * declared unit). An indicator whose formula fails keeps its text without a checked form: its cells fail,
 * and everything else still evaluates.
 */
export function checkIndicatorFormulas(
  indicators: readonly IndicatorInfo[],
  scope: FormulaScope,
  source: SourceInfo,
  issues: Issue[],
): IndicatorInfo[] {
  return indicators.map((info) => {
    const build = (key: FormulaKey) => {
      const formula = info[key];
      if (!formula) return undefined;
      const checked = buildFormula(
        { indicator: info.id, path: ["indicators", info.id, key], text: formula.text },
        scope,
        { context: "cell", expect: "number", ...(info.unit ? { declaredUnit: info.unit } : {}) },
        source,
        issues,
      );
      return checked ? { text: formula.text, checked } : { text: formula.text };
    };
    const built: Partial<Record<FormulaKey, IndicatorFormula>> = {};
    for (const key of FORMULA_KEYS) {
      const formula = build(key);
      if (formula) built[key] = formula;
    }
    return { ...info, ...built };
  });
}

/** Checks every target's condition (each reference names its year; no `t`). */
export function checkTargets(
  model: ValidModel,
  scope: FormulaScope,
  source: SourceInfo,
  issues: Issue[],
): TargetInfo[] {
  return Object.entries(model.targets ?? {}).map(([id, def]) => {
    const checked = buildFormula(
      { path: ["targets", id, "check"], text: def.check },
      scope,
      { context: "target", expect: "condition" },
      source,
      issues,
    );
    const kind = def.kind === "binding" ? "约束性" : def.kind === "indicative" ? "预期性" : def.kind;
    const label: Labels = normalizeLabel(def.label);
    return {
      id,
      label,
      ...(kind ? { kind } : {}),
      ...(def.quote !== undefined ? { quote: def.quote } : {}),
      ...(def.note !== undefined ? { note: def.note } : {}),
      ...(def.lever !== undefined ? { lever: def.lever } : {}),
      text: def.check,
      ...(checked ? { checked } : {}),
      assumptions: [],
    };
  });
}
