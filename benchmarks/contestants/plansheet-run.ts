import { parseModelText, type Projection } from "../../src/index.js";
import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

/**
 * plansheet as a planner's own script calls it: `model.run()`, the public projection of the model's scenario
 * (every cell, the targets, the issues), a new `Projection` each call. Its inputs are the model file's: a run
 * changes none.
 */
export function plansheetRun(synthetic: SyntheticModel): Contestant {
  const model = parseModelText(synthetic.text);
  let projection: Projection | undefined;
  const value = (id: string, year: number) => projection!.get(id, year) ?? Number.NaN;
  const unsupported = () => {
    throw new Error("model.run() projects the model's own inputs: it changes none");
  };
  return {
    name: "plansheet model.run()",
    evaluate() {
      projection = model.run();
    },
    setGrowth: unsupported,
    setAllGrowth: unsupported,
    outputs(): Outputs {
      const Y = synthetic.years;
      const out = emptyOutputs(synthetic.chains, Y);
      for (let i = 0; i < synthetic.chains; i++) {
        for (let t = 0; t <= Y; t++) {
          out.x[i * (Y + 1) + t] = value(`x_${i}`, synthetic.first + t);
          out.s[i * (Y + 1) + t] = value(`s_${i}`, synthetic.first + t);
        }
        out.c[i] = value(`c_${i}`, synthetic.last);
      }
      for (let t = 0; t <= Y; t++) out.total[t] = value("total", synthetic.first + t);
      return out;
    },
    probe: () => ({ total: value("total", synthetic.last), cagr: value("c_0", synthetic.last) }),
  };
}
