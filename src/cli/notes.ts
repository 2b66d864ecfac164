import type { Issue } from "../core/index.js";
import { yearRanges } from "../evaluation/index.js";

/**
 * Informational issues (gaps, values missing for lack of an input) condensed: indicators with the same reason
 * in the same years share one line, `2016–2020: no reported value (…): budget_revenue, retail_sales`.
 */
export function formatNotes(issues: readonly Issue[]): string {
  const lines = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.severity !== "info") continue;
    const reason = issue.message
      .replace(/^\S+ (has no value|cannot be computed) in [^:]+: /, "")
      .replace(/^it needs /, "needs ");
    const key = `${issue.years ? yearRanges(issue.years) : ""}: ${reason}`;
    const ids = lines.get(key);
    if (ids) ids.push(issue.indicator ?? "");
    else lines.set(key, [issue.indicator ?? ""]);
  }
  return [...lines].map(([key, ids]) => `  ${ids.join(", ")} — ${key}`).join("\n");
}
