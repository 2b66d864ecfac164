import type { Presentation, ResultKind } from "../core/index.js";
import type { Model, Projection } from "../evaluation/index.js";
import type { ProbabilitySolveResult, SimulationResult } from "../montecarlo/index.js";
import type { ScenarioComparison } from "../scenarios/index.js";
import type { FeasibilityResult, SolveResult, SweepResult } from "../targets/index.js";
import type { VerificationReport } from "../verification/index.js";
import { comparisonCsv, projectionCsv, simulationCsv, sweepCsv } from "./csv.js";
import { projectionDoc, targetsDoc } from "./projection.js";
import { formatProbabilitySolve, probabilitiesDoc } from "./simulation.js";
import { comparisonDoc, feasibilityDoc, formatSolve, reachabilityDoc, sweepDoc } from "./targets.js";
import { docHtml, docText, type Doc } from "./text-table.js";
import { verificationDoc } from "./verification.js";

/** The document of a result: what the CLI prints for it. */
function docOf(kind: ResultKind, value: object, model: Model | undefined): Doc {
  switch (kind) {
    case "projection": {
      const projection = value as Projection;
      const name = projection.structure.name ? `${projection.structure.name}, ` : "";
      return [`${name}scenario ${projection.scenario}`, ...projectionDoc(projection), "", ...targetsDoc(projection)];
    }
    case "verification":
      return verificationDoc(value as VerificationReport);
    case "solve":
      return [formatSolve(value as SolveResult, model!)];
    case "sweep":
      return sweepDoc(value as SweepResult, model!);
    case "simulation":
      return probabilitiesDoc(value as SimulationResult);
    case "comparison": {
      const comparison = value as ScenarioComparison;
      return [...reachabilityDoc(comparison), "", ...comparisonDoc(comparison, model!, model!.structure.timeline.last)];
    }
    case "feasibility":
      return feasibilityDoc(value as FeasibilityResult, model!);
    case "probability_solve":
      return [formatProbabilitySolve(value as ProbabilitySolveResult, model!)];
  }
}

/**
 * How every result shows itself in a notebook, a console and a page: the text `plansheet` prints for it, the same
 * document as HTML, and its values as CSV where it is a table of values. The entries hand it to the results (`setPresenter`).
 */
export function presentResult(kind: ResultKind, value: object, context?: unknown): Presentation {
  const model = context as Model | undefined;
  const csv = csvOfResult(kind, value, model);
  return {
    text: () => docText(docOf(kind, value, model)),
    html: () => docHtml(docOf(kind, value, model)),
    ...(csv ? { csv } : {}),
  };
}

/** The CSV of the kinds of result that are tables of values. */
function csvOfResult(kind: ResultKind, value: object, model: Model | undefined): (() => string) | undefined {
  if (kind === "projection") return () => projectionCsv(value as Projection);
  if (kind === "comparison") return () => comparisonCsv(value as ScenarioComparison);
  if (kind === "simulation") return () => simulationCsv(value as SimulationResult, model!);
  if (kind === "sweep") return () => sweepCsv(value as SweepResult, model!);
  return undefined;
}
