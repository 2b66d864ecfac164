import type { Model } from "../evaluation/index.js";
import type { SimulationResult } from "../montecarlo/index.js";
import { didYouMean } from "../core/index.js";
import { Chart } from "./chart.js";
import { chartError } from "./problems.js";
import { labelIn } from "../structure/index.js";
import { WORDS, frame, type ChartOptions } from "./spec.js";
import { labelLimitFor } from "./text-extent.js";

/**
 * What drives a target: one bar per uncertain input, its share of the variance of the target's margin (largest
 * first), coloured by direction (Spearman's ρ: a larger draw helps or hurts), the probability in the title.
 * @throws PlansheetError for a target the simulation did not evaluate (with a did-you-mean).
 */
export function driversChart(
  simulation: SimulationResult,
  model: Model,
  target: string,
  options: ChartOptions = {},
): Chart {
  const result = simulation.targets.find((t) => t.id === target);
  if (!result)
    throw chartError(
      `the simulation has no target '${target}'`,
      didYouMean(
        target,
        simulation.targets.map((t) => t.id),
      ),
    );
  const lang = options.lang ?? "zh";
  const words = WORDS[lang];
  const info = model.structure.targets.find((t) => t.id === target);
  const name = labelIn(info?.label, target, lang);
  const { helps, hurts } = words;
  const rows = result.drivers
    .filter((d) => d.share !== null)
    .map((d) => ({
      input: labelIn(model.structure.indicatorById.get(d.input)?.label, d.input, lang),
      id: d.input,
      share: d.share,
      rho: d.rho,
      direction: d.rho >= 0 ? helps : hurts,
    }));
  const title = {
    text: `${name}：${words.probability} ${(result.probability * 100).toFixed(1)}%`,
    subtitle: words.driversSubtitle,
  };
  // every input's label and both directions in full: the axis and the legend take the room their text needs
  const labels = labelLimitFor(rows.map((r) => r.input));
  return new Chart("drivers", {
    ...frame(title, options, { width: 480, height: Math.max(60, 28 * rows.length) }),
    data: { values: rows },
    mark: { type: "bar" },
    encoding: {
      y: {
        field: "input",
        type: "nominal",
        sort: "-x",
        axis: { title: null, labelLimit: labels, maxExtent: labels + 12 },
      },
      x: {
        field: "share",
        type: "quantitative",
        axis: { title: words.share, format: ".0%" },
        scale: { domain: [0, 1] },
      },
      color: {
        field: "direction",
        type: "nominal",
        title: null,
        legend: { labelLimit: labelLimitFor([helps, hurts]) },
        scale: { domain: [helps, hurts], range: ["#2e7d32", "#c62828"] },
      },
      tooltip: [{ field: "id" }, { field: "share", format: ".1%" }, { field: "rho", format: "+.2f" }],
    },
  });
}
