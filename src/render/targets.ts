import type { Language } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import type { ScenarioComparison } from "../scenarios/index.js";
import type { FeasibilityResult, SolveResult, SweepResult } from "../targets/index.js";
import type { Unit } from "../units/index.js";
import { formatPrecise, formatSigned, formatValue } from "./format-number.js";
import { DECIDED_MARK, decidedNote } from "./projection.js";
import { docText, table, type Column, type Doc } from "./text-table.js";
import { fillWords, indicatorName, scenarioName, targetName, words } from "./words.js";

function unitOf(model: Model, id: string): Unit | undefined {
  return model.structure.indicatorById.get(id)?.unit;
}

/** A target as a sentence names it: its label, with its condition (`re_share[2025] < 10%`) beside it. */
function targetText(model: Model, id: string, lang: Language): string {
  const t = model.structure.targets.find((x) => x.id === id);
  if (!t) return id;
  return lang === "zh"
    ? `“${targetName(model.structure, id, lang)}”（${t.text}）`
    : `“${targetName(model.structure, id, lang)}” (${t.text})`;
}

/**
 * What it would take, in one sentence: `要实现“房地产业占地区生产总值比重下降至10%以下（2025）”（re_share[2025] < 10%），
 * 房地产业增加值增速须低于−3.47%（基准情景下为−3%：未达标）。` — "at most" for a target that admits its threshold
 * (`<=`). With `verbose`, then how the answer was found (the evaluations, the margin left at the answer).
 */
export function formatSolve(result: SolveResult, model: Model, lang: Language = "zh", verbose = false): string {
  const unit = unitOf(model, result.lever);
  const show = (v: number | null) => formatPrecise(v, unit);
  const zh = lang === "zh";
  const scenario = scenarioName(model.structure, result.scenario, lang);
  const state =
    result.currentMet === null
      ? zh
        ? "无值"
        : "no value"
      : result.currentMet
        ? zh
          ? "达标"
          : "met"
        : zh
          ? "未达标"
          : "not met";
  const now =
    result.current === null
      ? ""
      : zh
        ? `（${scenario}下为${show(result.current)}：${state}）`
        : ` (it is ${show(result.current)} in ${scenario}: ${state})`;
  const lever = indicatorName(model.structure, result.lever, lang);
  const target = targetText(model, result.target, lang);
  let sentence: string;
  if (result.reachable && result.value !== null) {
    const bound = boundWords(result.side ?? "above", isStrict(model, result.target), lang);
    const whole = result.whole !== undefined && result.whole !== result.value ? show(result.whole) : undefined;
    sentence = zh
      ? `要实现${target}，${lever}须${bound}${show(result.value)}${whole ? `（取整为${whole}）` : ""}${now}。`
      : `To meet ${target}, ${lever} must be ${bound} ${show(result.value)}${whole ? ` (${whole} as a whole number)` : ""}${now}.`;
  } else if (result.reachable) {
    sentence = zh
      ? `要实现${target}，${lever}在${show(result.min)}至${show(result.max)}之间取任何值均可：目标始终达到${now}。`
      : `To meet ${target}, ${lever} may take any value from ${show(result.min)} to ${show(result.max)}: the target holds throughout${now}.`;
  } else {
    const short = formatSigned(result.residual, targetUnit(model, result.target));
    sentence = zh
      ? `${lever}在${show(result.min)}至${show(result.max)}之间无法实现${target}：最接近的是${show(result.best)}，仍差${short}${now}。`
      : `To meet ${target}, ${lever} cannot do it between ${show(result.min)} and ${show(result.max)}: the closest is ${show(result.best)}, still short by ${short}${now}.`;
  }
  if (!verbose) return sentence;
  const residual = result.residual === null ? "—" : result.residual.toExponential(2);
  const id = lever === result.lever ? "" : zh ? `；${lever}即 ${result.lever}` : `; ${lever} is ${result.lever}`;
  const how = zh
    ? `   [计算${result.iterations}次；答案处的差距 ${residual}${id}]`
    : `   [${result.iterations} evaluations; margin at the answer ${residual}${id}]`;
  return `${sentence}\n${how}`;
}

/**
 * How a lever's bound reads: a target that excludes its threshold (`>`, `<`) excludes the boundary value too, so
 * the lever must be more (less) than it; otherwise at least (at most).
 */
function boundWords(side: "above" | "below", strict: boolean, lang: Language): string {
  if (lang === "zh") return side === "above" ? (strict ? "高于" : "不低于") : strict ? "低于" : "不高于";
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
export function formatSweep(
  result: SweepResult,
  model: Model,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(sweepDoc(result, model, lang), width);
}

/** {@link formatSweep} as a document: the lever and the targets named by their labels. */
export function sweepDoc(result: SweepResult, model: Model, lang: Language = "zh"): Doc {
  const w = words(lang);
  const first = result.points[0];
  if (!first) return ["(no points)"];
  const targetIds = Object.keys(first.targets);
  const cells = Object.keys(first.values);
  const cellUnit = (name: string) => unitOf(model, name.replace(/\[.*$/, ""));
  const name = (id: string) => indicatorName(model.structure, id, lang);
  const columns = [
    { header: name(result.lever), align: "right" as const },
    ...(result.lever2 ? [{ header: name(result.lever2), align: "right" as const }] : []),
    ...targetIds.map((id) => ({ header: targetName(model.structure, id, lang) })),
    ...cells.map((c) => ({ header: c, align: "right" as const })),
  ];
  const rows = result.points.map((p) => [
    formatValue(p.value, unitOf(model, result.lever)),
    ...(result.lever2 ? [formatValue(p.value2 ?? null, unitOf(model, result.lever2))] : []),
    ...targetIds.map((id) => (p.targets[id] === null ? "?" : p.targets[id] ? w.met : w.notMet)),
    ...cells.map((c) => formatValue(p.values[c] ?? null, cellUnit(c))),
  ]);
  return [table(columns, rows)];
}

/**
 * Targets × scenarios: met or not, the margin, and the first year each holds on the way; a target float found on
 * its threshold is marked as decided in decimal mode.
 */
export function formatReachability(
  comparison: ScenarioComparison,
  model?: Model,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(reachabilityDoc(comparison, model, lang), width);
}

/** {@link formatReachability} as a document; with the model, targets and scenarios are named by their labels. */
export function reachabilityDoc(comparison: ScenarioComparison, model?: Model, lang: Language = "zh"): Doc {
  const w = words(lang);
  let decided = false;
  const rows = Object.entries(comparison.targets).map(([id, byScenario]) => {
    const any = Object.values(byScenario)[0]!;
    return [
      model ? targetName(model.structure, id, lang) : id,
      id,
      any.kind ?? "",
      any.check,
      ...comparison.scenarios.map((s) => {
        const t = byScenario[s]!;
        if (t.met === null) return w.noValue;
        const year = t.met && t.firstYear ? (lang === "zh" ? ` ${t.firstYear}年起` : ` from ${t.firstYear}`) : "";
        if (t.decidedBy) decided = true;
        return `${t.met ? w.met : w.notMet}${t.decidedBy ? DECIDED_MARK : ""} ${formatSigned(t.margin, t.unit)}${year}`;
      }),
    ];
  });
  const reached = table(
    [
      { header: w.target },
      { header: w.id },
      { header: w.kind },
      { header: w.check },
      ...comparison.scenarios.map((s) => ({ header: model ? scenarioName(model.structure, s, lang) : s })),
    ],
    rows,
  );
  return decided ? [reached, decidedNote(lang)] : [reached];
}

/**
 * Indicators × scenarios in one year, with each scenario's difference from the first: those that differ in some
 * scenario (every one with `all`), and a line saying how many are the same in all.
 */
export function formatComparison(
  comparison: ScenarioComparison,
  model: Model,
  year: number,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
  all = false,
): string {
  return docText(comparisonDoc(comparison, model, year, lang, all), width);
}

/** {@link formatComparison} as a document. */
export function comparisonDoc(
  comparison: ScenarioComparison,
  model: Model,
  year: number,
  lang: Language = "zh",
  all = false,
): Doc {
  const [reference, ...others] = comparison.scenarios;
  const w = words(lang);
  const scenario = (s: string) => scenarioName(model.structure, s, lang);
  const at = (id: string, s: string) => comparison.values[id]![s]![String(year)] ?? null;
  const differs = (id: string) => others.some((s) => at(id, s) !== at(id, reference!));
  const shown = all ? comparison.indicators : comparison.indicators.filter(differs);
  const same = comparison.indicators.length - shown.length;
  const rows = shown.map((id) => {
    const unit = unitOf(model, id);
    const values = comparison.values[id]!;
    return [
      indicatorName(model.structure, id, lang),
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
    { header: lang === "zh" ? `${w.indicator}（${year}年）` : `${w.indicator} (${year})` },
    { header: w.id },
    { header: w.unit },
    { header: scenario(reference!), align: "right" },
    ...others.flatMap((s) => [
      { header: scenario(s), align: "right" as const },
      { header: `${w.versus}${lang === "zh" ? "" : " "}${scenario(reference!)}`, align: "right" as const },
    ]),
  ];
  return same === 0 ? [table(columns, rows)] : [table(columns, rows), fillWords(w.indicatorsSame, { n: same })];
}

/** A joint search: feasible or not, the setting found, each target's margin, and the conflicts. */
export function formatFeasibility(
  result: FeasibilityResult,
  model: Model,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(feasibilityDoc(result, model, lang), width);
}

/** {@link formatFeasibility} as a document. */
export function feasibilityDoc(result: FeasibilityResult, model: Model, lang: Language = "zh"): Doc {
  const w = words(lang);
  const zh = lang === "zh";
  const lever = (id: string) => indicatorName(model.structure, id, lang);
  const target = (id: string) => targetName(model.structure, id, lang);
  const setting = Object.entries(result.setting)
    .map(([id, v]) => `${lever(id)} = ${formatValue(v, unitOf(model, id))}`)
    .join(zh ? "，" : ", ");
  const lines: (string | ReturnType<typeof table>)[] = [
    result.feasible
      ? zh
        ? `${result.targets.length}个目标可以同时实现，例如取${setting}。`
        : `All ${result.targets.length} targets can be met together, e.g. with ${setting}.`
      : zh
        ? `在各自范围内没有找到能同时实现全部目标的${result.levers.map(lever).join("、")}取值。`
        : `No setting of ${result.levers.map(lever).join(", ")} within their bounds was found that meets all of ${result.targets.map(target).join(", ")}.`,
  ];
  lines.push(
    table(
      [{ header: w.target }, { header: w.id }, { header: w.result }, { header: w.margin, align: "right" }],
      result.targets.map((id) => [
        target(id),
        id,
        result.met[id] === null ? "?" : result.met[id] ? w.met : w.notMet,
        formatSigned(result.margins[id] ?? null, targetUnit(model, id)),
      ]),
    ),
  );
  if (!result.feasible) {
    const alone = (id: string) => (zh ? `${target(id)}（单独也无法实现）` : `${target(id)} (unreachable on its own)`);
    const conflicts = result.conflicts.map((c) =>
      c.length === 1 ? alone(c[0]!) : c.map(target).join(zh ? "与" : " with "),
    );
    lines.push(
      result.conflicts.length > 0
        ? zh
          ? `相互冲突：${conflicts.join("；")}。`
          : `Conflicts: ${conflicts.join("; ")}.`
        : zh
          ? "任意两个目标都能同时实现，但全部目标不能同时实现。"
          : "Every pair of targets can be met, but not all together.",
    );
  }
  lines.push(`${zh ? "方法" : "Method"}: ${result.method}`);
  return lines;
}
