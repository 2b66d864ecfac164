import { cholesky, makeIssue, type Issue } from "../core/index.js";
import type { Unit } from "../units/index.js";
import { DISTRIBUTION_FAMILIES, type DistributionSpec, type ParameterReader } from "./distributions/index.js";
import { checkLiteralForUnit } from "./literal-checks.js";
import type { ValidDistribution } from "./schema.js";
import { position } from "./schema-issues.js";
import type { SourceInfo } from "./source.js";

/** How often an input is drawn: once per trial (the default), or independently in every projected year. */
export type DrawMode = "once" | "yearly";

/** Correlations between inputs drawn once per trial, as a checked matrix and its Cholesky factor. */
export interface CorrelationInfo {
  readonly inputs: readonly string[];
  readonly matrix: readonly (readonly number[])[];
  /** Lower-triangular L with L·Lᵀ = matrix, for a Gaussian copula. */
  readonly factor: readonly (readonly number[])[];
}

type Report = (field: string | undefined, message: string, hint?: string) => undefined;

/**
 * Reads one distribution and checks its parameters: a standard deviation or sdlog below 0, min above max, a mode
 * outside [min, max], a lognormal median at or below 0, discrete weights that do not match the values or are
 * negative — each an `invalid_distribution` issue naming the input and the field. Literals are checked against
 * the input's unit (a bare 5 for a rate in % is a slip for 5%).
 */
export function readDistribution(
  id: string,
  def: ValidDistribution,
  unit: Unit | undefined,
  source: SourceInfo,
  issues: Issue[],
): { spec: DistributionSpec; draw: DrawMode } | undefined {
  const base = ["uncertainty", id];
  const report: Report = (field, message, hint) => {
    const path = field ? [...base, field] : base;
    issues.push(
      makeIssue("invalid_distribution", {
        message: `distribution of ${id}: ${message}`,
        ...(hint ? { hint } : {}),
        indicator: id,
        path,
        ...position(source, path),
      }),
    );
    return undefined;
  };
  const draw: DrawMode = def.draw ?? "once";
  const family = DISTRIBUTION_FAMILIES.find((f) => def[f.name] !== undefined)!;
  const reader: ParameterReader = {
    literal(field, l) {
      const slip = checkLiteralForUnit(
        l,
        unit,
        { indicator: id, path: [...base, family.name, field], what: `its ${field}` },
        source,
      );
      if (slip) issues.push(slip);
      return l.value;
    },
    refuse: (message, hint) => report(family.name, message, hint),
  };
  const spec = (family.read as (d: unknown, r: ParameterReader) => DistributionSpec | undefined)(
    def[family.name],
    reader,
  );
  return spec && { spec, draw };
}

/**
 * Reads `correlations` — pairs `{ inputs: [a, b], rho }` or `{ inputs: [...], matrix: [[...]] }` — into a full
 * matrix over the inputs named, and checks that it is one: square, symmetric, 1 on the diagonal, every entry in
 * [−1, 1], positive semi-definite (its Cholesky factorisation exists), and every input has a distribution drawn
 * once per trial.
 */
export function readCorrelations(
  raw: unknown,
  drawn: ReadonlyMap<string, DrawMode>,
  source: SourceInfo,
  issues: Issue[],
): CorrelationInfo | undefined {
  if (raw === undefined) return undefined;
  const path = ["uncertainty", "correlations"];
  const report = (message: string, hint?: string) => {
    issues.push(
      makeIssue("invalid_distribution", {
        message: `correlations: ${message}`,
        ...(hint ? { hint } : {}),
        path,
        ...position(source, path),
      }),
    );
    return undefined;
  };
  let inputs: string[];
  let matrix: number[][];
  if (Array.isArray(raw)) {
    const pairs = raw as { inputs: [string, string]; rho: number }[];
    inputs = [...new Set(pairs.flatMap((p) => p.inputs))];
    matrix = inputs.map((_, i) => inputs.map((__, j) => (i === j ? 1 : 0)));
    for (const pair of pairs) {
      const i = inputs.indexOf(pair.inputs[0]);
      const j = inputs.indexOf(pair.inputs[1]);
      if (i === j) return report(`${pair.inputs[0]} is correlated with itself`);
      matrix[i]![j] = pair.rho;
      matrix[j]![i] = pair.rho;
    }
  } else {
    const m = raw as { inputs: string[]; matrix: number[][] };
    inputs = m.inputs;
    matrix = m.matrix.map((row) => [...row]);
    if (matrix.length !== inputs.length || matrix.some((row) => row.length !== inputs.length)) {
      return report(`the matrix must be ${inputs.length} × ${inputs.length}, one row and column per input`);
    }
  }
  for (const id of inputs) {
    const mode = drawn.get(id);
    if (!mode) return report(`'${id}' has no distribution`, "correlate only inputs that have one in `uncertainty`");
    if (mode !== "once")
      return report(`'${id}' is drawn every year; correlations apply to inputs drawn once per trial`);
  }
  for (let i = 0; i < inputs.length; i++) {
    if (matrix[i]![i] !== 1) return report(`the diagonal must be 1 (${inputs[i]} has ${matrix[i]![i]})`);
    for (let j = 0; j < inputs.length; j++) {
      const v = matrix[i]![j]!;
      if (!(v >= -1 && v <= 1))
        return report(`the correlation of ${inputs[i]} and ${inputs[j]} is ${v}, outside [−1, 1]`);
      if (v !== matrix[j]![i]) return report(`the matrix is not symmetric at ${inputs[i]}, ${inputs[j]}`);
    }
  }
  const factor = cholesky(matrix);
  if (!factor.ok) {
    return report(
      `the matrix is not a correlation matrix: it is not positive semi-definite (the Cholesky factorisation fails at ${inputs[factor.row]})`,
      "correlations must be possible together: if a and b are strongly correlated, c cannot be strongly correlated with one and opposed to the other",
    );
  }
  return { inputs, matrix, factor: factor.factor };
}
