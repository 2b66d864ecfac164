import type { Presentation, ResultKind } from "../core/index.js";
import type { Model, Projection } from "../evaluation/index.js";
import type { ProbabilitySolveResult, SimulationResult } from "../montecarlo/index.js";
import type { ScenarioComparison } from "../scenarios/index.js";
import type { FeasibilityResult, SolveResult, SweepResult } from "../targets/index.js";
import type { VerificationReport } from "../verification/index.js";
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
 * How every result shows itself in a notebook, a console and a page: the text `plansheet` prints for it, and the
 * same document as HTML. The entries hand it to the results (`setPresenter`).
 */
export function presentResult(kind: ResultKind, value: object, context?: unknown): Presentation {
  const doc = docOf(kind, value, context as Model | undefined);
  return { text: docText(doc), html: docHtml(doc) };
}
