import { syntheticModel } from "./model.js";
import { uncertainModelText } from "./measures/simulate-trials.js";
import { parseModelText, simulate } from "../src/index.js";
const model = parseModelText(uncertainModelText(syntheticModel(50)), "M.yaml");
const spec = { trials: 20000, seed: 1, track: ["total", "c_0"] };
for (let k = 0; k < 3; k++) simulate(model, spec);
const t0 = performance.now(); for (let k = 0; k < 8; k++) simulate(model, { ...spec, seed: k }); const b = (performance.now() - t0) / 8;
console.log(`whole ${(b / 20).toFixed(2)} µs/trial`);
