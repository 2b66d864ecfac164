import { parseModelText, type Model } from "../../src/index.js";
import type { Dec } from "../../src/index.js";
import type { CellResults } from "../../src/evaluation/index.js";
import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

/** How plansheet runs M(N, Y) in a benchmark. */
export type PlansheetEngine = "compiled" | "incremental" | "interpreter" | "decimal";

const NAMES: Record<PlansheetEngine, string> = {
  compiled: "plansheet compiled",
  incremental: "plansheet incremental",
  interpreter: "plansheet interpreted",
  decimal: "plansheet decimal",
};

/** Cell positions of M(N, Y) in a built model. */
interface Layout {
  readonly years: number;
  readonly x: Int32Array;
  readonly s: Int32Array;
  readonly c: Int32Array;
  readonly g: Int32Array;
  readonly total: number;
}

function layoutOf(model: Model, chains: number): Layout {
  const years = model.structure.timeline.length;
  const first = (id: string) => model.structure.indicatorById.get(id)!.slot * years;
  const each = (prefix: string) => Int32Array.from({ length: chains }, (_, i) => first(`${prefix}_${i}`));
  return { years, x: each("x"), s: each("s"), c: each("c"), g: each("g"), total: first("total") };
}

/**
 * plansheet on the model file: `compiled` re-runs the kernels into one results buffer (what sweeps, goal seeks
 * and trials do), `interpreter` is the reference interpreter in float mode, `decimal` the interpreter with
 * decimal.js at 34 digits. A changed input is written into the scenario's input table, every year of it; with
 * `inPlace` (compiled only, as a Monte Carlo trial would), straight into the results buffer's input cells, which
 * is then evaluated again as it stands (`evaluate(buffer, buffer)`). `incremental` writes there too and computes
 * only the cells downstream of the growth rates changed since the last evaluation (`evaluateChanged`).
 */
export function plansheet(
  synthetic: SyntheticModel,
  engine: PlansheetEngine,
  options: { readonly inPlace?: boolean } = {},
): Contestant {
  const model = parseModelText(synthetic.text);
  const layout = layoutOf(model, synthetic.chains);
  const inputs = model.inputsOf();
  const compiled = model.compiled();
  if ((engine === "compiled" || engine === "incremental") && !compiled)
    throw new Error("the compiled evaluator is not available");
  const buffer = compiled?.results();
  // incremental evaluation works in place: the changed growth rates are written into the buffer
  const inPlace = engine === "incremental" || (engine === "compiled" && options.inPlace === true);
  if (inPlace) compiled!.evaluate(inputs, buffer);
  const table = inPlace ? buffer!.values : inputs.float;
  let results: CellResults<unknown> | undefined;
  const value = (cell: number): number => {
    const v = results!.values[cell];
    return engine === "decimal" ? (v as Dec).toNumber() : (v as number);
  };
  const gSlot = (i: number) => layout.g[i]! / layout.years;
  const changed = new Set<number>();
  const setGrowth = (i: number, g: number) => {
    const start = layout.g[i]!;
    changed.add(gSlot(i));
    if (engine === "decimal") for (let t = 0; t < layout.years; t++) inputs.setNumber(start + t, g);
    // float mode reads only the float column; the exact text left behind is never read
    else for (let cell = start; cell < start + layout.years; cell++) table[cell] = g;
  };
  return {
    name: NAMES[engine],
    evaluate() {
      if (engine === "incremental") {
        results = compiled!.evaluateChanged(buffer!, [...changed]);
        changed.clear();
      } else if (engine === "compiled") results = compiled!.evaluate(inPlace ? buffer! : inputs, buffer);
      else results = model.evaluate(inputs, engine === "decimal" ? "decimal" : "float", "interpreter");
    },
    setGrowth,
    setAllGrowth(values) {
      if (engine === "decimal") {
        for (let i = 0; i < values.length; i++) setGrowth(i, values[i]!);
        return;
      }
      // a trial's draws, every year of each growth rate (what a Monte Carlo loop writes)
      const years = layout.years;
      for (let i = 0; i < values.length; i++) {
        changed.add(gSlot(i));
        const start = layout.g[i]!;
        const g = values[i]!;
        for (let t = 0; t < years; t++) table[start + t] = g;
      }
    },
    outputs(): Outputs {
      const Y = synthetic.years;
      const out = emptyOutputs(synthetic.chains, Y);
      if (results!.problems.size > 0) throw new Error(`${results!.problems.size} cells failed`);
      for (let i = 0; i < synthetic.chains; i++) {
        for (let t = 0; t <= Y; t++) {
          out.x[i * (Y + 1) + t] = value(layout.x[i]! + t);
          out.s[i * (Y + 1) + t] = value(layout.s[i]! + t);
        }
        out.c[i] = value(layout.c[i]!);
      }
      for (let t = 0; t <= Y; t++) out.total[t] = value(layout.total + t);
      return out;
    },
    probe: () => ({ total: value(layout.total + synthetic.years), cagr: value(layout.c[0]!) }),
  };
}
