import { expect } from "vitest";
import { ISSUE_CODES, PlansheetError, type Issue } from "../../src/core/index.js";
import { buildModel, ModelError, type Model } from "../../src/evaluation/index.js";
import { formatIssues, formatProjectionTable, formatTargets } from "../../src/render/index.js";
import { workbookPlan } from "../../src/workbook/plan.js";

/** How many runs a property makes: the CI size, times PLANSHEET_FUZZ (`npm run fuzz` sets it). */
export function runs(ciSize: number): number {
  const scale = Number(process.env.PLANSHEET_FUZZ ?? "1");
  return Math.max(1, Math.round(ciSize * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** Every issue is plansheet's own: a known code, a severity, a message; and the list prints. */
export function expectTypedIssues(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(Object.hasOwn(ISSUE_CODES, issue.code), `issue code ${issue.code}`).toBe(true);
    expect(["error", "warning", "info"]).toContain(issue.severity);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/\bNaN\b|undefined|\[object Object\]|Cannot read properties/);
  }
  expect(typeof formatIssues(issues)).toBe("string");
}

/** The model a definition builds, its partial model when it has errors, or `undefined`; anything else fails. */
export function buildOrIssues(definition: unknown): Model | undefined {
  try {
    return buildModel(definition);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    expectTypedIssues(error.issues);
    return error.partial;
  }
}

/** A thrown error is acceptable only as a plansheet error with typed issues. */
export function expectTyped(error: unknown): void {
  if (!(error instanceof PlansheetError)) throw error;
  expectTypedIssues(error.issues);
}

/**
 * Runs the model in float (compiled and interpreted) and decimal, and checks every outcome is a value or a
 * reason: float values finite, a missing value with its reason, targets met, unmet or unknown with a reason and
 * a finite margin, both float engines giving the same JSON, everything printable.
 */
export function expectSoundRuns(model: Model): void {
  // every scenario runs to a projection or a typed error (a growth path past the largest double is one)
  for (const scenario of model.runnableScenarios.slice(0, 6)) {
    try {
      model.run({ scenario });
    } catch (error) {
      expectTyped(error);
    }
  }
  // its workbook names sheets and inputs legally and uniquely, whatever the scenarios are called
  try {
    const plan = workbookPlan(model);
    const sheets = plan.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const name of plan.sheets.map((s) => s.name))
      expect([...name].length <= 31 && !/[:\\/?*[\]]|^'|'$/.test(name), name).toBe(true);
    expect(new Set(plan.names.values()).size).toBe(plan.names.size);
  } catch (error) {
    expectTyped(error);
  }
  const compiled = model.run();
  const interpreted = model.run({ engine: "interpreter" });
  expect(JSON.stringify(compiled.toJSON())).toBe(JSON.stringify(interpreted.toJSON()));
  const decimal = model.run({ mode: "decimal" });
  for (const [projection, mode] of [
    [compiled, "float"],
    [decimal, "decimal"],
  ] as const) {
    for (const id of projection.ids) {
      for (const year of projection.years) {
        const value = projection.get(id, year);
        if (value === null) {
          expect(projection.reason(id, year), `${id}[${year}] has no value and no reason (${mode})`).toBeTruthy();
        } else if (!Number.isFinite(value)) {
          // Only a decimal value beyond the double range, and then with its warning.
          expect(mode, `${id}[${year}] = ${value} in float mode`).toBe("decimal");
          expect(projection.issues.some((i) => i.code === "beyond_float_range" && i.indicator === id)).toBe(true);
        }
      }
    }
    for (const target of projection.targets) {
      if (target.met === null) expect(target.reason, `target ${target.id} (${mode})`).toBeTruthy();
      // A decimal margin beyond the double range prints as ±Infinity; its exact text is the margin.
      else if (!(mode === "decimal" && target.exact?.margin))
        expect(Number.isFinite(target.margin), `target ${target.id} margin ${target.margin} (${mode})`).toBe(true);
      expect(target.reason ?? "").not.toMatch(/Cannot read properties|undefined|NaN/);
    }
    expectTypedIssues(projection.issues);
    expect(typeof formatProjectionTable(projection)).toBe("string");
    expect(typeof formatTargets(projection)).toBe("string");
  }
}
