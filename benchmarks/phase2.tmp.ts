import { syntheticModel } from "./model.js";
import { uncertainModelText } from "./measures/simulate-trials.js";
import { parseModelText } from "../src/index.js";
import { runInThread } from "../src/montecarlo/simulate.js";
const model = parseModelText(uncertainModelText(syntheticModel(50)), "M.yaml");
for (let k = 0; k < 15; k++) runInThread(model, { trials: 20000, seed: k, track: ["total", "c_0"] });
