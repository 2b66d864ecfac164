import { didYouMean } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { solve, type SweepResult } from "../targets/index.js";
import { formatPrecise } from "../render/index.js";
import { Chart } from "./chart.js";
import { chartError } from "./problems.js";
import { labelIn } from "../structure/index.js";
import { plotHeightFor } from "./text-extent.js";
import { WORDS, frame, isPercent, valueAxis, type ChartOptions } from "./spec.js";

/**
 * A target's margin along a lever: the lever's values on x, the margin on y (in the target's unit; above zero the
 * target is met), the stretches where it is met shaded, zero as a rule, and the boundary `solve` finds between the
 * sweep's ends marked with its value.
 * @throws PlansheetError for a sweep over two levers (chart one), fewer than two points, or a target the sweep did
 * not evaluate.
 */
export function sweepChart(result: SweepResult, model: Model, target: string, options: ChartOptions = {}): Chart {
  if (result.lever2 !== undefined)
    throw chartError("a sweep over two levers is a table, not a line: chart one lever", `sweep ${result.lever} alone`);
  if (result.points.length < 2)
    throw chartError(
      `a sweep chart needs at least two points, the sweep has ${result.points.length}`,
      "sweep with --steps 2 or more",
    );
  if (!(target in result.points[0]!.margins))
    throw chartError(`the sweep has no target '${target}'`, didYouMean(target, Object.keys(result.points[0]!.margins)));
  const lang = options.lang ?? "zh";
  const words = WORDS[lang];
  const lever = model.structure.indicatorById.get(result.lever);
  const leverName = labelIn(
    model.structure.levers.find((l) => l.id === result.lever)?.label ?? lever?.label,
    result.lever,
    lang,
  );
  const targetInfo = model.structure.targets.find((t) => t.id === target);
  const targetName = labelIn(targetInfo?.label, target, lang);
  const marginUnit = model.run({ scenario: result.scenario }).targets.find((t) => t.id === target)?.unit;
  const rows = result.points
    .filter((p) => p.margins[target] !== null)
    .map((p) => ({ lever: p.value, margin: p.margins[target], met: p.targets[target] ? words.met : words.notMet }));
  if (rows.length < 2)
    throw chartError(
      `the target '${target}' has a margin at fewer than two points of the sweep`,
      "see plansheet sweep for the reasons",
    );
  const lo = Math.min(...rows.map((r) => r.lever));
  const hi = Math.max(...rows.map((r) => r.lever));
  const solved = solve(model, { target, lever: result.lever, scenario: result.scenario, bounds: { min: lo, max: hi } });
  // each stretch between neighbouring points where the target is met at both ends
  const met = rows
    .slice(1)
    .flatMap((r, k) =>
      r.met === words.met && rows[k]!.met === words.met ? [{ from: rows[k]!.lever, to: r.lever }] : [],
    );
  const leverFormat = isPercent(lever?.unit) ? ".1%" : undefined;
  const x = {
    field: "lever",
    type: "quantitative",
    axis: { ...valueAxis(leverName, lever?.unit) },
    scale: { nice: false },
  };
  const marginAxis = valueAxis(`${targetName} ${words.margin}`, marginUnit);
  const layers: unknown[] = [
    ...(met.length
      ? [
          {
            data: { values: met },
            mark: { type: "rect", color: "#2e7d32", opacity: 0.12 },
            encoding: { x: { field: "from", type: "quantitative" }, x2: { field: "to" } },
          },
        ]
      : []),
    {
      data: { values: [{ zero: 0 }] },
      mark: { type: "rule", color: "#666" },
      encoding: { y: { field: "zero", type: "quantitative" } },
    },
    {
      data: { values: rows },
      mark: { type: "line", point: true, color: "#1f4e79" },
      encoding: {
        x,
        y: { field: "margin", type: "quantitative", axis: marginAxis },
        tooltip: [
          { field: "lever", ...(leverFormat ? { format: leverFormat } : {}) },
          { field: "margin" },
          { field: "met" },
        ],
      },
    },
    ...(solved.value !== null
      ? [
          {
            data: {
              values: [{ lever: solved.value, text: `${words.boundary} ${formatPrecise(solved.value, lever?.unit)}` }],
            },
            layer: [
              {
                mark: { type: "rule", color: "#b22222", strokeDash: [6, 4] },
                encoding: { x: { field: "lever", type: "quantitative" } },
              },
              {
                mark: { type: "text", align: "left", dx: 4, baseline: "top", color: "#b22222" },
                encoding: { x: { field: "lever", type: "quantitative" }, y: { value: 2 }, text: { field: "text" } },
              },
            ],
          },
        ]
      : []),
  ];
  return new Chart("sweep", {
    ...frame({ text: `${targetName}：${words.margin} / ${leverName}` }, options, {
      width: 520,
      height: plotHeightFor(280, marginAxis.title),
    }),
    layer: layers,
  });
}
