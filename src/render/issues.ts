import { formatFilePosition, type Issue } from "../core/index.js";
import { yearRanges } from "../evaluation/index.js";
import { displayWidth } from "./text-width.js";

/**
 * One issue as a planner reads it: where (file:line:col, the path in the file, the indicator and years), what
 * is wrong, the formula with the offending part underlined, and what to change.
 *
 *     model.yaml:14:22  error  unknown_reference  indicators.energy_intensity.formula
 *       energy / gdpp
 *                ^^^^
 *       'gdpp' is not an indicator of this model; did you mean 'gdp'?
 */
export function formatIssue(issue: Issue): string {
  const where = formatFilePosition({ file: issue.file, line: issue.line, column: issue.column, cell: issue.cell });
  const path = issue.path && issue.path.length > 0 ? issue.path.join(".") : (issue.indicator ?? "");
  const years =
    issue.years && issue.years.length > 0
      ? ` (${yearRanges(issue.years)})`
      : issue.year !== undefined
        ? ` (${issue.year})`
        : "";
  const head = [where, issue.severity, issue.code, path + years].filter((s) => s !== "").join("  ");
  const lines = [head];
  if (issue.formula !== undefined && issue.span) {
    lines.push(`    ${issue.formula}`);
    const width = Math.max(1, displayWidth(issue.formula.slice(issue.span.start, issue.span.end)));
    lines.push(`    ${" ".repeat(columnsBefore(issue.formula, issue.span.start))}${"^".repeat(Math.min(width, 120))}`);
  }
  lines.push(`    ${issue.message}`);
  if (issue.hint) lines.push(`    hint: ${issue.hint}`);
  return lines.join("\n");
}

/** Columns taken by the first `offset` characters (CJK characters take two). */
function columnsBefore(text: string, offset: number): number {
  return displayWidth(text.slice(0, offset));
}

/** How many issues a text listing shows before it counts the rest (the JSON output lists every one). */
export const ISSUES_SHOWN = 200;

/**
 * Every issue, errors first, then warnings, then notes; `severities` picks which to show. Past `limit` issues
 * (200 unless given) the list ends with a count of the rest by severity: a model of a hundred thousand broken
 * indicators gets a page a planner can read, not a hundred thousand screens.
 */
export function formatIssues(
  issues: readonly Issue[],
  severities: readonly Issue["severity"][] = ["error", "warning", "info"],
  limit: number = ISSUES_SHOWN,
): string {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const shown = issues
    .filter((i) => severities.includes(i.severity))
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
  const lines = shown.slice(0, limit).map(formatIssue);
  const rest = shown.slice(limit);
  if (rest.length > 0) {
    const counts = (["error", "warning", "info"] as const)
      .map((severity) => [severity, rest.filter((i) => i.severity === severity).length] as const)
      .filter(([, n]) => n > 0)
      .map(
        ([severity, n]) =>
          `${n.toLocaleString("en-US")} ${severity === "info" ? "note" : severity}${n === 1 ? "" : "s"}`,
      );
    lines.push(`… and ${rest.length.toLocaleString("en-US")} more (${counts.join(", ")}); --json lists every one`);
  }
  return lines.join("\n");
}
