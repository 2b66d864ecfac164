import type { Language, Presentation, ResultKind } from "../core/index.js";
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
import { scenarioName, words } from "./words.js";

/** The language results show themselves in (notebooks, consoles, pages): Chinese unless set. */
let displayLanguage: Language = "zh";

/**
 * Sets the language every result shows itself in from now on — in a notebook, `console.log` or `String(result)`:
 * `zh` (the default) or `en`. The format functions and the command line take their own `lang` instead.
 */
export function setDisplayLanguage(lang: Language): void {
  if (lang !== "zh" && lang !== "en")
    throw new RangeError(`setDisplayLanguage takes "zh" or "en", not ${String(lang)}`);
  displayLanguage = lang;
}

/** The document of a result in `lang`: what the CLI prints for it. */
function docOf(kind: ResultKind, value: object, model: Model | undefined, lang: Language): Doc {
  switch (kind) {
    case "projection": {
      const projection = value as Projection;
      const name = projection.structure.name ? `${projection.structure.name}, ` : "";
      const scenario = scenarioName(projection.structure, projection.scenario, lang);
      const title = lang === "zh" ? `${name}${scenario}` : `${name}${words(lang).scenario} ${scenario}`;
      return [title, ...projectionDoc(projection, lang), "", ...targetsDoc(projection, lang)];
    }
    case "verification":
      return verificationDoc(value as VerificationReport, undefined, undefined, lang);
    case "solve":
      return [formatSolve(value as SolveResult, model!, lang)];
    case "sweep":
      return sweepDoc(value as SweepResult, model!, lang);
    case "simulation":
      return probabilitiesDoc(value as SimulationResult, model, lang);
    case "comparison": {
      const comparison = value as ScenarioComparison;
      const last = model!.structure.timeline.last;
      return [...reachabilityDoc(comparison, model, lang), "", ...comparisonDoc(comparison, model!, last, lang)];
    }
    case "feasibility":
      return feasibilityDoc(value as FeasibilityResult, model!, lang);
    case "probability_solve":
      return [formatProbabilitySolve(value as ProbabilitySolveResult, model!, lang)];
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
    text: () => docText(docOf(kind, value, model, displayLanguage)),
    html: () => docHtml(docOf(kind, value, model, displayLanguage)),
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
