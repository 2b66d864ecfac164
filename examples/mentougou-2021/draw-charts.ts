/**
 * The README's pictures (`npm run charts`): the real-estate share of GDP under the four scenarios with its target,
 * and its simulated range, drawn from the Mentougou model into `docs/`. A test draws them again and compares.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fanChart, loadModel, projectionChart } from "../../src/node.js";
import { simulate } from "../../src/index.js";
import { svgOf } from "../../src/svg.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The README's charts, by file name in `docs/`. */
export async function readmeCharts(): Promise<Record<string, string>> {
  const model = loadModel(here("./model.yaml"));
  const runs = [...model.structure.scenarios.keys()].map((scenario) => model.run({ scenario }));
  const simulation = simulate(model, { trials: 10_000, seed: 2021, track: ["re_share"] });
  return {
    "mentougou-re-share.svg": await svgOf(projectionChart(runs, "re_share").spec),
    "mentougou-re-share-fan.svg": await svgOf(fanChart(simulation, model, "re_share").spec),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, svg] of Object.entries(await readmeCharts())) {
    writeFileSync(here(`../../docs/${name}`), svg);
    console.log(`wrote docs/${name}`);
  }
}
