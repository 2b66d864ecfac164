import { syntheticModel } from "./model.js";
import { uncertainModelText } from "./measures/simulate-trials.js";
import { parseModelText, simulate } from "../src/index.js";
import { runInThread } from "../src/montecarlo/simulate.js";
const model = parseModelText(uncertainModelText(syntheticModel(50)), "M.yaml");
const spec = { trials: 20000, seed: 1, track: ["total", "c_0"] };
for (let k = 0; k < 3; k++) { simulate(model, spec); runInThread(model, spec); }
let t0 = performance.now(); for (let k = 0; k < 6; k++) runInThread(model, { ...spec, seed: k }); const a = (performance.now() - t0) / 6;
t0 = performance.now(); for (let k = 0; k < 6; k++) simulate(model, { ...spec, seed: k }); const b = (performance.now() - t0) / 6;
const { summary } = runInThread(model, spec);
t0 = performance.now(); for (let k = 0; k < 6; k++) { summary.quantiles(); } const q = (performance.now() - t0) / 6;
console.log(`trials ${(a / 20).toFixed(2)} µs/trial, whole ${(b / 20).toFixed(2)} µs/trial, quantiles ${(q/20).toFixed(2)} µs/trial`);
