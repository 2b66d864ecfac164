import type { Model } from "../evaluation/index.js";
import type { ScenarioComparison } from "../scenarios/index.js";
import type { FeasibilityResult, SolveResult, SweepResult } from "../targets/index.js";
import type { Unit } from "../units/index.js";
import { formatPrecise, formatSigned, formatValue } from "./format-number.js";
import { DECIDED_MARK, DECIDED_NOTE } from "./projection.js";
import { docText, table, type Column, type Doc } from "./text-table.js";

function unitOf(model: Model, id: string): Unit | undefined {
  return model.structure.indicatorById.get(id)?.unit;
}

function targetText(model: Model, id: string): string {
  const t = model.structure.targets.find((x) => x.id === id);
  return t ? `${id} (${t.text})` : id;
}

/**
 * What it would take, in one sentence: `To meet re_share_below_10 (re_share[2025] < 10%), re_growth must be less
 * than −3.47% (it is −3% now: not met).` — "at most" for a target that admits its threshold (`<=`). Then how the
 * answer was found.
 */
export function formatSolve(result: SolveResult, model: Model): string {
  const unit = unitOf(model, result.lever);
  const show = (v: number | null) => formatPrecise(v, unit);
  const now =
    result.current === null
      ? ""
      : ` (it is ${show(result.current)} in ${result.scenario}: ${result.currentMet === null ? "no value" : result.currentMet ? "met" : "not met"})`;
  const head = `To meet ${targetText(model, result.target)}, ${result.lever}`;
  let sentence: string;
  if (result.reachable && result.value !== null) {
    const whole =
      result.whole !== undefined && result.whole !== result.value ? ` (${show(result.whole)} as a whole number)` : "";
    sentence = `${head} must be ${boundWords(result.side ?? "above", isStrict(model, result.target))} ${show(result.value)}${whole}${now}.`;
  } else if (result.reachable) {
    sentence = `${head} may take any value from ${show(result.min)} to ${show(result.max)}: the target holds throughout${now}.`;
  } else {
    sentence = `${head} cannot do it between ${show(result.min)} and ${show(result.max)}: the closest is ${show(result.best)}, still short by ${formatSigned(result.residual, targetUnit(model, result.target))}${now}.`;
  }
  const how = `   [${result.iterations} evaluations; margin at the answer ${result.residual === null ? "—" : result.residual.toExponential(2)}]`;
  return `${sentence}\n${how}`;
}

/**
 * How a lever's bound reads: a target that excludes its threshold (`>`, `<`) excludes the boundary value too, so
 * the lever must be more (less) than it; otherwise at least (at most).
 */
function boundWords(side: "above" | "below", strict: boolean): string {
  if (side === "above") return strict ? "more than" : "at least";
  return strict ? "less than" : "at most";
}

/** True for a target that is one strict comparison (`re_share[2025] < 10%`). */
function isStrict(model: Model, id: string): boolean {
  const expr = model.structure.targets.find((t) => t.id === id)?.checked?.expr;
  return expr?.kind === "compare" && (expr.op === "<" || expr.op === ">");
}

function targetUnit(model: Model, id: string): Unit | undefined {
  const expr = model.structure.targets.find((t) => t.id === id)?.checked?.expr;
  return expr?.kind === "compare" ? expr.unit : undefined;
}

/** A sweep as a table: one row per lever value (or grid point), targets marked ✓/✗, and the chosen cells. */
export function formatSweep(result: SweepResult, model: Model): string {
  return docText(sweepDoc(result, model));
}

/** {@link formatSweep} as a document. */
export function sweepDoc(result: SweepResult, model: Model): Doc {
  const first = result.points[0];
  if (!first) return ["(no points)"];
  const targetIds = Object.keys(first.targets);
  const cells = Object.keys(first.values);
  const cellUnit = (name: string) => unitOf(model, name.replace(/\[.*$/, ""));
  const columns = [
    { header: result.lever, align: "right" as const },
    ...(result.lever2 ? [{ header: result.lever2, align: "right" as const }] : []),
    ...targetIds.map((id) => ({ header: id })),
    ...cells.map((c) => ({ header: c, align: "right" as const })),
  ];
  const rows = result.points.map((p) => [
    formatValue(p.value, unitOf(model, result.lever)),
    ...(result.lever2 ? [formatValue(p.value2 ?? null, unitOf(model, result.lever2))] : []),
    ...targetIds.map((id) => (p.targets[id] === null ? "?" : p.targets[id] ? "✓ met" : "✗")),
    ...cells.map((c) => formatValue(p.values[c] ?? null, cellUnit(c))),
  ]);
  return [table(columns, rows)];
}

/**
 * Targets × scenarios: met or not, the margin, and the first year each holds on the way; a target float found on
 * its threshold is marked as decided in decimal mode.
 */
export function formatReachability(comparison: ScenarioComparison): string {
  return docText(reachabilityDoc(comparison));
}

/** {@link formatReachability} as a document. */
export function reachabilityDoc(comparison: ScenarioComparison): Doc {
  let decided = false;
  const rows = Object.entries(comparison.targets).map(([id, byScenario]) => {
    const any = Object.values(byScenario)[0]!;
    return [
      id,
      any.kind ?? "",
      any.check,
      ...comparison.scenarios.map((s) => {
        const t = byScenario[s]!;
        if (t.met === null) return "? no value";
        const year = t.met && t.firstYear ? ` from ${t.firstYear}` : "";
        if (t.decidedBy) decided = true;
        return `${t.met ? "✓ met" : "✗ NOT met"}${t.decidedBy ? DECIDED_MARK : ""} ${formatSigned(t.margin, t.unit)}${year}`;
      }),
    ];
  });
  const reached = table(
    [
      { header: "target" },
      { header: "kind" },
      { header: "check" },
      ...comparison.scenarios.map((s) => ({ header: s })),
    ],
    rows,
  );
  return decided ? [reached, DECIDED_NOTE] : [reached];
}

/** Indicators × scenarios in one year, with each scenario's difference from the first. */
export function formatComparison(comparison: ScenarioComparison, model: Model, year: number): string {
  return docText(comparisonDoc(comparison, model, year));
}

/** {@link formatComparison} as a document. */
export function comparisonDoc(comparison: ScenarioComparison, model: Model, year: number): Doc {
  const [reference, ...others] = comparison.scenarios;
  const rows = comparison.indicators.map((id) => {
    const unit = unitOf(model, id);
    const values = comparison.values[id]!;
    return [
      id,
      unit?.name ?? "",
      formatValue(values[reference!]![String(year)] ?? null, unit),
      ...others.flatMap((s) => [
        formatValue(values[s]![String(year)] ?? null, unit),
        formatSigned(comparison.differences[id]![s]![String(year)] ?? null, unit),
      ]),
    ];
  });
  const columns: Column[] = [
    { header: `indicator (${year})` },
    { header: "unit" },
    { header: reference!, align: "right" },
    ...others.flatMap((s) => [
      { header: s, align: "right" as const },
      { header: `Δ vs ${reference}`, align: "right" as const },
    ]),
  ];
  return [table(columns, rows)];
}

/** A joint search: feasible or not, the setting found, each target's margin, and the conflicts. */
export function formatFeasibility(result: FeasibilityResult, model: Model): string {
  return docText(feasibilityDoc(result, model));
}

/** {@link formatFeasibility} as a document. */
export function feasibilityDoc(result: FeasibilityResult, model: Model): Doc {
  const lines: (string | ReturnType<typeof table>)[] = [
    result.feasible
      ? `All ${result.targets.length} targets can be met together, e.g. with ${Object.entries(result.setting)
          .map(([id, v]) => `${id} = ${formatValue(v, unitOf(model, id))}`)
          .join(", ")}.`
      : `No setting of ${result.levers.join(", ")} within their bounds was found that meets all of ${result.targets.join(", ")}.`,
  ];
  lines.push(
    table(
      [{ header: "target" }, { header: "result" }, { header: "margin", align: "right" }],
      result.targets.map((id) => [
        id,
        result.met[id] === null ? "?" : result.met[id] ? "✓ met" : "✗ NOT met",
        formatSigned(result.margins[id] ?? null, targetUnit(model, id)),
      ]),
    ),
  );
  if (!result.feasible) {
    lines.push(
      result.conflicts.length > 0
        ? `Conflicts: ${result.conflicts.map((c) => (c.length === 1 ? `${c[0]} (unreachable on its own)` : c.join(" with "))).join("; ")}.`
        : "Every pair of targets can be met, but not all together.",
    );
  }
  lines.push(`Method: ${result.method}`);
  return lines;
}
