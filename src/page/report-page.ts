import { escapeHtml } from "../core/index.js";
import type { Chart, VegaLiteSpec } from "../charts/index.js";
import { driversChart, fanChart, projectionChart, verificationChart } from "../charts/index.js";
import type { Model, Projection } from "../evaluation/index.js";
import type { SimulationResult } from "../montecarlo/index.js";
import {
  assumptionsDoc,
  docHtml,
  formatSolve,
  probabilitiesDoc,
  projectionDoc,
  reachabilityDoc,
  verificationDoc,
} from "../render/index.js";
import { compareScenarios } from "../scenarios/index.js";
import { targetCell } from "../structure/index.js";
import { solve } from "../targets/index.js";
import type { VerificationReport } from "../verification/index.js";
import { page, tag } from "./html.js";

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

/**
 * One self-contained HTML page of a model (no network: CSS and SVG inline), printable: the verification's findings
 * first (each failing check in Chinese and English, with the chart of printed against implied intervals), then each
 * target's verdict in every scenario with its margin and what it would take, the probabilities where simulated,
 * the assumptions, the charts (each targeted indicator over the scenarios with its target line; fans and drivers
 * where simulated) and the projection tables.
 */
export async function reportPage(model: Model, options: ReportPageOptions = {}): Promise<string> {
  const scenarios = model.runnableScenarios;
  const runs = scenarios.map((scenario) => model.run({ scenario }));
  const baseline = runs[0]!;
  const title = options.title ?? model.name ?? "plansheet";
  const sections: string[] = [tag("h1", title)];
  if (model.structure.description) sections.push(tag("p", model.structure.description, "muted"));
  sections.push(
    tag(
      "p",
      `Scenarios 情景: ${scenarios.map((s) => `${s} ${model.structure.scenarios.get(s)?.label.zh ?? ""}`.trim()).join(", ")}. Base year 基年 ${model.structure.timeline.baseYear}.`,
      "muted",
    ),
  );

  const charts: { chart: Chart; caption: string }[] = [];
  if (options.verification) {
    const report = options.verification;
    const counts = report.counts;
    sections.push(tag("h2", "核对 Verification of the printed figures"));
    sections.push(
      tag(
        "p",
        `${report.checks.length} checks: ${counts.inconsistent} inconsistent, ${counts.arithmetic_mean} arithmetic mean, ${counts.consistent} consistent, ${counts.not_checkable} not checkable.`,
      ),
    );
    const failures = report.failures;
    if (failures.length === 0)
      sections.push(
        `<div class="finding ok">${tag("p", "No printed figure contradicts another. 未发现相互矛盾的数字。")}</div>`,
      );
    for (const check of failures) {
      sections.push(
        `<div class="finding ${check.verdict}">${tag("p", check.explanationZh)}${tag("p", check.explanation, "muted")}${check.notesZh.map((n) => tag("p", `注：${n}`, "muted")).join("")}</div>`,
      );
    }
    if (report.checks.some((c) => c.computed !== null && c.reported !== null))
      charts.push({
        chart: verificationChart(report),
        caption: "Each check: the printed figure's interval against the interval the other figures imply.",
      });
    sections.push(
      `<details><summary>Every check 全部核对</summary><div class="scroll">${docHtml(verificationDoc(report))}</div></details>`,
    );
  }

  sections.push(tag("h2", "目标 Targets"));
  sections.push(`<div class="scroll">${docHtml(reachabilityDoc(compareScenarios(model, scenarios), model))}</div>`);
  const solvable = model.structure.targets.filter((t) => t.lever !== undefined);
  if (solvable.length > 0) {
    sections.push(tag("h3", "What it would take 如何达标"));
    // each answer in Chinese, then in English beneath it
    const answers = solvable.map((t) => {
      const solved = solve(model, { target: t.id });
      const line = (lang: "zh" | "en") => formatSolve(solved, model, lang).split("\n")[0]!;
      return `<li>${escapeHtml(line("zh"))}<br><span class="muted">${escapeHtml(line("en"))}</span></li>`;
    });
    sections.push(`<ul>${answers.join("")}</ul>`);
  }
  if (options.simulation) {
    sections.push(tag("h3", "Probability of meeting each target 达标概率"));
    sections.push(`<div class="scroll">${docHtml(probabilitiesDoc(options.simulation, model))}</div>`);
  }

  sections.push(tag("h2", "假设 Assumptions"));
  sections.push(`<div class="scroll">${docHtml(assumptionsDoc(baseline))}</div>`);

  for (const id of targetedIndicators(model, baseline))
    charts.push({ chart: projectionChart(runs, id), caption: `${id}: every scenario, the target as a dashed line.` });
  const simulation = options.simulation;
  if (simulation) {
    // a fan only where the draws move the indicator: a fixed count would be a line with no fan
    const uncertain = Object.entries(simulation.quantiles).filter(([, years]) =>
      Object.values(years).some((q) => q.p95 - q.p5 > 1e-12 * Math.max(1, Math.abs(q.p50))),
    );
    for (const [id] of uncertain)
      charts.push({
        chart: fanChart(simulation, model, id),
        caption: `${id}: the simulated range (${simulation.trials} trials, seed ${simulation.seed}).`,
      });
    for (const t of simulation.targets.filter(
      (t) => t.probability > 0 && t.probability < 1 && t.drivers.some((d) => d.share !== null),
    )) {
      charts.push({ chart: driversChart(simulation, model, t.id), caption: `${t.id}: what drives it.` });
    }
  }
  sections.push(tag("h2", "图 Charts"));
  sections.push(await drawn(charts, options.draw));

  sections.push(tag("h2", "预测 Projections"));
  runs.forEach((run, k) => {
    const table = `<div class="scroll">${docHtml(projectionDoc(run))}</div>`;
    sections.push(
      k === 0
        ? `${tag("h3", `Scenario ${run.scenario}`)}${table}`
        : `<details><summary>Scenario ${escapeHtml(run.scenario)}</summary>${table}</details>`,
    );
  });
  return page(title, sections.join("\n"));
}

/** The charts as figures with their SVG, or one paragraph saying why they could not be drawn. */
async function drawn(
  charts: readonly { chart: Chart; caption: string }[],
  draw: ReportPageOptions["draw"],
): Promise<string> {
  if (!draw)
    return tag(
      "p",
      `${charts.length} charts are not drawn: no renderer was given (plansheet/svg's svgOf draws them).`,
      "muted",
    );
  const figures: string[] = [];
  for (const { chart, caption } of charts) {
    try {
      figures.push(`<figure>${await draw(chart.spec)}${tag("figcaption", caption)}</figure>`);
    } catch (error) {
      return tag("p", `The charts are not drawn: ${(error as Error).message}`, "muted");
    }
  }
  return `<div class="charts">\n${figures.join("\n")}\n</div>`;
}
