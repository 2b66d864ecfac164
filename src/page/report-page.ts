import { escapeHtml, type Language } from "../core/index.js";
import type { VegaLiteSpec } from "../charts/index.js";
import type { Model, Projection } from "../evaluation/index.js";
import type { SimulationResult } from "../montecarlo/index.js";
import {
  assumptionsDoc,
  constantsDoc,
  formatSolve,
  probabilitiesDoc,
  reachabilityDoc,
  verificationDoc,
  words,
} from "../render/index.js";
import { compareScenarios } from "../scenarios/index.js";
import { targetCell } from "../structure/index.js";
import { solve } from "../targets/index.js";
import type { Verdict, VerificationReport } from "../verification/index.js";
import { drawnCharts, pageCharts } from "./chart-section.js";
import { page, tag } from "./html.js";
import { pageDoc } from "./page-table.js";
import { bothLanguages, bothWords, type PageWordKey, pageWord } from "./page-words.js";
import { projectionSection, scenarioNamed } from "./projection-section.js";

/** What a report page shows, beside the model: printed figures checked, and a simulation. */
export interface ReportPageOptions {
  readonly verification?: VerificationReport;
  readonly simulation?: SimulationResult;
  /**
   * Draws a chart's spec as SVG (`svgOf` of `plansheet/svg`). Without it, or when it fails (vega not installed),
   * the page says so where the charts would be.
   */
  readonly draw?: (spec: VegaLiteSpec) => Promise<string>;
  /** The page's title (default: the model's name). */
  readonly title?: string;
  /**
   * The page's first language: Chinese (the default) or English. Headings, findings and what it would take are in
   * both, this one first; tables and charts are in it.
   */
  readonly lang?: Language;
}

/**
 * The indicators a target compares one year of with a figure (`re_share[2025] < 10%`): those the page charts with
 * a target line, and whose simulated range it draws as a fan.
 */
export function targetedIndicators(model: Model, projection: Projection = model.run()): string[] {
  const ids: string[] = [];
  for (const target of model.structure.targets) {
    const cell = targetCell(target);
    if (!cell) continue;
    const id = model.structure.indicators[cell.slot]!.id;
    if (!ids.includes(id) && projection.series(id).some((v) => v !== null)) ids.push(id);
  }
  return ids;
}

/** The words of a verdict in both languages after one mark: `✗ 不符 INCONSISTENT`. */
function verdictWords(verdict: Verdict, lang: Language): string {
  const key = verdict === "arithmetic_mean" ? "verdictArithmeticMean" : "verdictInconsistent";
  const [first, second] = bothLanguages(lang);
  return `${words(first)[key]} ${words(second)[key].slice(2)}`;
}

/** The findings first (each failing check in Chinese and English, led by its verdict), then every check folded. */
function verificationSection(report: VerificationReport, lang: Language): string[] {
  const both = (key: PageWordKey, values: Readonly<Record<string, string | number>> = {}) =>
    bothWords(key, values, lang);
  const counts = report.counts;
  const values = {
    checks: report.checks.length,
    inconsistent: counts.inconsistent,
    mean: counts.arithmetic_mean,
    consistent: counts.consistent,
    unchecked: counts.not_checkable,
  };
  const sections = [tag("h2", both("verification")), tag("p", both("checkCounts", values))];
  if (report.failures.length === 0)
    sections.push(`<div class="finding ok">${tag("p", `✓ ${both("noFindings")}`, "verdict good")}</div>`);
  for (const check of report.failures) {
    const [first, second] =
      lang === "zh" ? [check.explanationZh, check.explanation] : [check.explanation, check.explanationZh];
    const notes = lang === "zh" ? check.notesZh.map((n) => `注：${n}`) : check.notes.map((n) => `Note: ${n}`);
    sections.push(
      `<div class="finding ${check.verdict}">${tag("p", verdictWords(check.verdict, lang), `verdict ${check.verdict === "arithmetic_mean" ? "warn" : "bad"}`)}${tag("p", first)}${tag("p", second, "muted")}${notes.map((n) => tag("p", n, "muted")).join("")}</div>`,
    );
  }
  sections.push(
    `<details><summary>${escapeHtml(both("everyCheck"))}</summary>${tag("h3", both("everyCheck"), "print-only")}<div class="scroll">${pageDoc(verificationDoc(report, undefined, undefined, lang))}</div></details>`,
  );
  return sections;
}

/** Each target with a lever: what it would take to meet it, in Chinese, then in English beneath. */
function answersSection(model: Model, lang: Language): string[] {
  const solvable = model.structure.targets.filter((t) => t.lever !== undefined);
  if (solvable.length === 0) return [];
  const answers = solvable.map((t) => {
    const solved = solve(model, { target: t.id });
    const [first, second] = bothLanguages(lang).map((l) => formatSolve(solved, model, l));
    return `<li>${escapeHtml(first!)}<br><span class="muted">${escapeHtml(second!)}</span></li>`;
  });
  return [tag("h3", bothWords("whatItWouldTake", {}, lang)), `<ul class="answers">${answers.join("")}</ul>`];
}

/**
 * One self-contained HTML page of a model (no network: CSS and SVG inline), printable on A4: the verification's
 * findings first (each failing check in Chinese and English, with the chart of printed against implied intervals),
 * then each target's verdict in every scenario with its margin and what it would take, the probabilities where
 * simulated, the assumptions, the charts (each targeted indicator over the scenarios with its target line; fans and
 * drivers where simulated) and the projection tables (the first scenario in full, the others where they differ).
 * Indicators, targets and scenarios are named by their labels, with their ids beside.
 */
export async function reportPage(model: Model, options: ReportPageOptions = {}): Promise<string> {
  const scenarios = model.runnableScenarios;
  const runs = scenarios.map((scenario) => model.run({ scenario }));
  const baseline = runs[0]!;
  const title = options.title ?? model.name ?? "plansheet";
  const sections: string[] = [tag("h1", title)];
  if (model.structure.description) sections.push(tag("p", model.structure.description, "muted"));
  const base = model.structure.timeline.baseYear;
  const lang = options.lang ?? "zh";
  const both = (key: PageWordKey) => bothWords(key, {}, lang);
  const named = (l: Language) => runs.map((run) => scenarioNamed(run, l));
  const scenarioLine = {
    zh: `${pageWord("scenarios", "zh")}：${named("zh").join("、")}。${pageWord("baseYear", "zh")}${base}年。`,
    en: `${pageWord("scenarios", "en")}: ${named("en").join(", ")}; ${pageWord("baseYear", "en")} ${base}.`,
  };
  sections.push(
    tag(
      "p",
      bothLanguages(lang)
        .map((l) => scenarioLine[l])
        .join(" "),
      "muted",
    ),
  );
  if (options.verification) sections.push(...verificationSection(options.verification, lang));

  sections.push(tag("h2", both("targets")));
  sections.push(
    `<div class="scroll">${pageDoc(reachabilityDoc(compareScenarios(model, scenarios), model, lang), { [words(lang).check]: "code" })}</div>`,
  );
  sections.push(...answersSection(model, lang));
  if (options.simulation) {
    sections.push(tag("h3", both("probability")));
    sections.push(`<div class="scroll">${pageDoc(probabilitiesDoc(options.simulation, model, lang))}</div>`);
  }

  sections.push(tag("h2", both("assumptions")));
  sections.push(`<div class="scroll">${pageDoc(assumptionsDoc(baseline, lang))}</div>`);
  // the inputs each scenario sets (growth rates, shares assumed) are constants over the years: their own table
  sections.push(tag("h2", both("inputs")));
  sections.push(`<div class="scroll">${pageDoc(constantsDoc(baseline, lang))}</div>`);

  const indicators = targetedIndicators(model, baseline);
  const charts = pageCharts(model, runs, indicators, options.verification, options.simulation, lang);
  sections.push(tag("h2", both("charts")));
  sections.push(await drawnCharts(charts, options.draw, lang));

  sections.push(tag("h2", both("projections")));
  sections.push(projectionSection(runs, lang));
  return page(title, sections.join("\n"), lang);
}
