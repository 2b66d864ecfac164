import { hasErrors, makeIssue, PlansheetError, type Issue, usageError } from "../core/index.js";
import { checkOverride } from "./build-scenarios.js";
import { overrideSchema, type ValidOverride } from "./schema.js";
import type { ModelStructure } from "./structure.js";

/**
 * A what-if's settings, read and checked against a model: each input's id with its new value written as a
 * scenario's `set:` writes it — a constant (`"5.5%"`, `276`), values by year (`{ 2024: "5%" }`) or a growth path
 * (`{ growth: "3%" }`). The checks are a scenario's: the id names an input, the years lie in the timeline, the
 * values fit the input's unit (5.5 for a share is refused as a percent slip).
 * @throws PlansheetError listing every problem, each naming the input and what to write instead.
 */
export function readWhatIf(structure: ModelStructure, set: unknown): Map<string, ValidOverride> {
  const issues: Issue[] = [];
  const read = new Map<string, ValidOverride>();
  if (typeof set !== "object" || set === null || Array.isArray(set)) {
    const message = 'a what-if is an object of inputs and their values, such as { gdp_growth: "5.5%" }';
    throw usageError(message);
  }
  const context = { indicators: structure.indicators, timeline: structure.timeline, source: {} };
  for (const [id, value] of Object.entries(set)) {
    const parsed = overrideSchema.safeParse(value);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? "it does not read";
      issues.push(
        makeIssue("schema", {
          message: `the what-if sets ${id} to ${JSON.stringify(value)}: ${why}`,
          hint: 'write 276, "5.5%", { 2024: "5%" } or { growth: "3%" }',
          indicator: id,
          path: [id],
        }),
      );
      continue;
    }
    if (checkOverride(id, parsed.data, "the what-if", [id], context, issues)) read.set(id, parsed.data);
  }
  if (hasErrors(issues)) {
    const first = issues.find((i) => i.severity === "error")!;
    throw new PlansheetError(first.message, issues);
  }
  return read;
}
