import { makeIssue, Timeline, type Issue } from "../core/index.js";
import { buildCells, type Cells } from "./build-cells.js";
import { checkIndicatorFormulas, checkTargets, makeScope } from "./build-formulas.js";
import { readIndicators } from "./build-indicators.js";
import { checkInputReference, readLevers, readScenarios, readUncertainty } from "./build-scenarios.js";
import { CellLayout } from "./cell-layout.js";
import { TooManyReads, type CellGraph } from "./graph.js";
import {
  dataSourceSchema,
  indicatorSchema,
  modelSchema,
  scenarioSchema,
  targetSchema,
  leverSchema,
  type ValidModel,
} from "./schema.js";
import { position, schemaIssues } from "./schema-issues.js";
import type { SourceInfo } from "./source.js";
import { FORMULA_KEYS } from "./rules.js";
import type { IndicatorInfo, ModelStructure } from "./structure.js";
import { cellsRead, upstreamSlots } from "./upstream.js";

/** What building gives: the structure when the file's shape was valid (maybe with errors), and every issue. */
export interface BuildResult {
  readonly structure?: ModelStructure;
  readonly issues: readonly Issue[];
}

const KNOWN_FIELDS = new Set([
  ...Object.keys(modelSchema.shape),
  ...Object.keys(indicatorSchema.shape),
  ...Object.keys(scenarioSchema.shape),
  ...Object.keys(targetSchema.shape),
  ...Object.keys(leverSchema.shape),
  ...Object.keys(dataSourceSchema.shape),
  "value",
  "quote",
]);

/**
 * Builds a model from its definition (a plain object, as read from YAML or JSON, or written in TypeScript):
 * validates its shape, reads indicators and units, checks every formula, scenario, lever and target, lays out
 * the cells and orders them. Never throws for a bad model: every problem is an issue. When the shape is valid,
 * a structure is returned even with errors, so that everything not affected can still be evaluated.
 */
export function buildStructure(definition: unknown, source: SourceInfo = {}): BuildResult {
  const reserved = reservedKeyIssues(definition, source);
  const parsed = modelSchema.safeParse(definition);
  if (!parsed.success) return { issues: [...reserved, ...schemaIssues(parsed.error, source, KNOWN_FIELDS)] };
  const model: ValidModel = parsed.data;

  const [first, last] = model.years;
  if (first > last || model.baseYear < first || model.baseYear > last) {
    const path = first > last ? ["years"] : ["baseYear"];
    const message =
      first > last
        ? `the timeline starts after it ends: years [${first}, ${last}]`
        : `baseYear ${model.baseYear} lies outside the timeline ${first}–${last}`;
    return { issues: [makeIssue("year_outside_timeline", { message, path, ...position(source, path) })] };
  }
  const timeline = new Timeline(first, last, model.baseYear);
  const cellCount = Object.keys(model.indicators).length * timeline.length;
  if (cellCount > MAX_CELLS) {
    const n = Object.keys(model.indicators).length;
    const message = `${count(n, "indicator")} over ${count(timeline.length, "year")} make ${count(cellCount, "cell")}; plansheet evaluates at most ${count(MAX_CELLS, "cell")}`;
    const path = ["years"];
    return {
      issues: [
        ...reserved,
        makeIssue("model_too_large", {
          message,
          hint: "shorten the timeline, or split the model",
          path,
          ...position(source, path),
        }),
      ],
    };
  }

  const read = readIndicators(model, timeline, source);
  const issues: Issue[] = [...reserved, ...unreadData(model, source), ...read.issues];
  const scope = makeScope(timeline, read.indicators, read.groups);
  const indicators = checkIndicatorFormulas(read.indicators, scope, source, issues);
  const checkedTargets = checkTargets(model, scope, source, issues);
  const scenarios = readScenarios(model, indicators, timeline, source, issues);
  const levers = readLevers(model, indicators, source, issues);
  const { uncertainty, correlations } = readUncertainty(model, indicators, source, issues);
  let cells: Cells;
  try {
    cells = buildCells(indicators, read.inputs, timeline);
  } catch (error) {
    if (!(error instanceof TooManyReads)) throw error;
    return { issues: [...issues, tooManyReads(error, indicators, timeline, source)] };
  }
  issues.push(...cycleIssues(cells.graph, indicators, cells.layout, source));
  const targets = checkedTargets.map((target) => {
    if (target.lever !== undefined)
      checkInputReference(
        target.lever,
        `target '${target.id}'`,
        ["targets", target.id, "lever"],
        indicators,
        source,
        issues,
      );
    if (!target.checked) return target;
    const upstream = upstreamSlots(cells.graph, cells.layout, cellsRead(target.checked, timeline));
    const assumptions = indicators
      .filter((i) => upstream.has(i.slot) && (i.assumption || [...i.history.values()].some((h) => h.assumption)))
      .map((i) => i.id);
    return { ...target, assumptions };
  });

  const structure: ModelStructure = {
    ...(model.name !== undefined ? { name: model.name } : {}),
    ...(model.description !== undefined ? { description: model.description } : {}),
    timeline,
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    groups: read.groups,
    scenarios,
    targets,
    levers,
    uncertainty,
    ...(correlations ? { correlations } : {}),
    ...(source.text === undefined ? { definition: snapshot(definition) } : {}),
    layout: cells.layout,
    rules: cells.rules,
    cellReasons: cells.cellReasons,
    history: cells.history,
    inputs: cells.inputs,
    graph: cells.graph,
    issues,
    source,
  };
  return { structure, issues };
}

/**
 * The `data` section reaches a build only when nobody read its files (a definition built as an object): its
 * history would be silently missing, so that is an error saying how to read them.
 */
function unreadData(model: ValidModel, source: SourceInfo): Issue[] {
  if (!model.data || model.data.length === 0) return [];
  const path = ["data"];
  return [
    makeIssue("data_unreadable", {
      message: `the model's data files (${model.data.map((d) => d.from).join(", ")}) are read only when the model is loaded from its file`,
      hint: "load it with loadModel or loadModelAsync of plansheet/node, or give the files' text: parseModelText(text, file, { data: { 'history.csv': csv } })",
      path,
      ...position(source, path),
    }),
  ];
}

/**
 * A copy of a definition written as an object, kept for rebuilding the model elsewhere (a Monte Carlo worker):
 * a caller who changes the object after building must not change what the model is. Plain data is copied; a
 * definition holding something that cannot be copied (a function) is kept as it is.
 */
function snapshot(definition: unknown): unknown {
  try {
    return structuredClone(definition);
  } catch {
    return definition;
  }
}

/**
 * The most cells (indicators × years) a model may have: ten million, some 200 MB of values, flags and graph.
 * A timeline of a billion years is refused here rather than left to exhaust memory.
 */
export const MAX_CELLS = 10_000_000;

/** `20,000,000 cells`, `1 indicator`. */
function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

/** The issue for a model whose formulas read more cells than the graph holds, at the formula being listed. */
function tooManyReads(
  error: TooManyReads,
  indicators: readonly IndicatorInfo[],
  timeline: Timeline,
  source: SourceInfo,
): Issue {
  const layout = new CellLayout(timeline);
  const info = indicators[layout.slotOf(error.cell)]!;
  const year = layout.yearOf(error.cell);
  const key = FORMULA_KEYS.find((k) => info[k] !== undefined);
  const path = key ? ["indicators", info.id, key] : ["indicators", info.id];
  return makeIssue("model_too_large", {
    message: `the formulas read more than ${count(error.limit, "cell")} in all, which plansheet does not evaluate (the limit was reached at ${info.id}[${year}])`,
    hint: "a sum or mean over every earlier year (sum(x, 1, t)) reads the whole timeline in each year: carry a running total instead, total[t-1] + x",
    indicator: info.id,
    year,
    path,
    ...(key ? { formula: info[key]!.text } : {}),
    ...position(source, path),
  });
}

/**
 * A key `__proto__` is refused before validation: zod's records drop it without a word (JavaScript gives it a
 * meaning of its own), so it would otherwise vanish. Other ids starting with `__` are refused later, with the
 * rest of the id rules.
 */
function reservedKeyIssues(definition: unknown, source: SourceInfo): Issue[] {
  const issues: Issue[] = [];
  if (typeof definition !== "object" || definition === null) return issues;
  const sections = ["indicators", "groups", "scenarios", "targets", "levers", "uncertainty"] as const;
  for (const section of sections) {
    const entries = (definition as Record<string, unknown>)[section];
    if (typeof entries !== "object" || entries === null) continue;
    for (const key of Object.getOwnPropertyNames(entries)) {
      if (key !== "__proto__") continue;
      const path = [section, key];
      issues.push(
        makeIssue("invalid_id", {
          message: `'${key}' starts with __, which is reserved`,
          hint: "rename it",
          path,
          ...position(source, path),
        }),
      );
    }
  }
  return issues;
}

/**
 * One issue per circular definition, naming every member and a path around the circle (`a → b → a`), with
 * the years it occurs in. The same circle in every year is one issue.
 */
function cycleIssues(
  graph: CellGraph,
  indicators: readonly IndicatorInfo[],
  layout: CellLayout,
  source: SourceInfo,
): Issue[] {
  const byMembers = new Map<string, { path: string; members: string[]; years: number[] }>();
  for (const cycle of graph.cycles) {
    const inCycle = new Set(cycle);
    const walk: number[] = [cycle[0]!];
    const seen = new Map<number, number>([[cycle[0]!, 0]]);
    for (;;) {
      const cell = walk[walk.length - 1]!;
      let next = -1;
      for (let k = graph.depStart[cell]!; k < graph.depStart[cell + 1]!; k++) {
        if (inCycle.has(graph.deps[k]!)) {
          next = graph.deps[k]!;
          break;
        }
      }
      if (next < 0 || seen.has(next)) {
        if (next >= 0) walk.splice(0, seen.get(next)!);
        walk.push(next >= 0 ? next : cell);
        break;
      }
      seen.set(next, walk.length);
      walk.push(next);
    }
    const sameYear = walk.every((c) => layout.yearIndexOf(c) === layout.yearIndexOf(walk[0]!));
    const name = (c: number) => indicators[layout.slotOf(c)]!.id + (sameYear ? "" : `[${layout.yearOf(c)}]`);
    const path = walk.map(name).join(" → ");
    const members = [...new Set(cycle.map((c) => indicators[layout.slotOf(c)]!.id))];
    const key = sameYear ? `${members.sort().join(",")}|${path}` : path;
    const entry = byMembers.get(key) ?? { path, members, years: [] };
    entry.years.push(...new Set(cycle.map((c) => layout.yearOf(c))));
    byMembers.set(key, entry);
  }
  return [...byMembers.values()].map(({ path, members, years: ys }) => {
    const where = ["indicators", members[0]!];
    const yearList = [...new Set(ys)].sort((a, b) => a - b);
    return makeIssue("cycle", {
      message: `circular definition: ${path} (${members.length === 1 ? `${members[0]} depends on itself` : `${members.join(", ")} depend on each other`})`,
      hint: "a value cannot depend on itself in the same year; refer to an earlier year (x[t-1]) or give one of them an input value",
      indicator: members[0]!,
      years: yearList,
      path: where,
      ...position(source, where),
    });
  });
}
