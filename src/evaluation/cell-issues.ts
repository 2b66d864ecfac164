import { makeIssue, type Issue } from "../core/index.js";
import { formulaKeyOf, type ModelStructure } from "../structure/index.js";
import type { CellResults } from "./evaluate.js";

/**
 * The failed cells of an evaluation as issues: one per indicator and cause, with every year it affects.
 * A cell that failed itself (a gap, a division by zero) is reported with its own code; a cell missing because
 * it reads one that failed is reported as `depends_on_missing`, with the root cell as `cause`.
 */
export function cellIssues<T>(structure: ModelStructure, results: CellResults<T>): Issue[] {
  const { indicators, layout } = structure;
  const groups = new Map<string, { cell: number; years: number[]; rootYears: Set<number> }>();
  for (const [cell, problem] of results.problems) {
    if (problem.code === "cycle") continue; // reported once as a build issue
    const slot = layout.slotOf(cell);
    const key =
      problem.root === cell
        ? `${slot}|${problem.code}|${problem.message}`
        : `${slot}|root:${layout.slotOf(problem.root)}|${problem.code}`;
    const entry = groups.get(key) ?? { cell, years: [], rootYears: new Set<number>() };
    entry.years.push(layout.yearOf(cell));
    entry.rootYears.add(layout.yearOf(problem.root));
    groups.set(key, entry);
  }
  const issues: Issue[] = [];
  for (const { cell, years: ys, rootYears } of groups.values()) {
    const problem = results.problems.get(cell)!;
    const info = indicators[layout.slotOf(cell)]!;
    ys.sort((a, b) => a - b);
    const when = ys.length === 1 ? `${ys[0]}` : yearRanges(ys);
    const key = formulaKeyOf(structure.rules[cell]!);
    const site = key ? { formula: info[key]!.text } : {};
    if (problem.root === cell) {
      issues.push(
        makeIssue(problem.code, {
          message: `${info.id} has no value in ${when}: ${problem.message}`,
          indicator: info.id,
          years: ys,
          ...(ys.length === 1 ? { year: ys[0]! } : {}),
          ...site,
        }),
      );
    } else {
      const root = results.problems.get(problem.root)!;
      const rootInfo = indicators[layout.slotOf(problem.root)]!;
      const rootYear = layout.yearOf(problem.root);
      const rootWhen = yearRanges([...rootYears].sort((a, b) => a - b));
      issues.push(
        makeIssue("depends_on_missing", {
          message: `${info.id} cannot be computed in ${when}: it needs ${rootInfo.id}, which has no value in ${rootWhen} (${root.message})`,
          indicator: info.id,
          years: ys,
          ...(ys.length === 1 ? { year: ys[0]! } : {}),
          cause: { indicator: rootInfo.id, year: rootYear, code: root.code },
        }),
      );
    }
  }
  return issues;
}

/** `2017–2020, 2023` from a sorted list of years. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = prev = y;
  }
  return parts.join(", ");
}
