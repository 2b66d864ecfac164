import { readYamlText } from "../../src/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { collectGarbage, median } from "../harness.js";
import { syntheticModel } from "../model.js";

export interface BuildRow {
  readonly chains: number;
  readonly indicators: number;
  /** Reading the YAML text into data. */
  readonly readMs: number;
  /** Validating, parsing and checking every formula, laying out cells, ordering the graph. */
  readonly buildMs: number;
  /** Planning the kernels and generating them. */
  readonly compileMs: number;
  readonly totalMs: number;
}

/** Time to turn the model file of M(N, 10) into a compiled model, median of `repeats` builds after a warm-up. */
export function buildTime(sizes: readonly number[], repeats: number): BuildRow[] {
  buildModel(readYamlText(syntheticModel(100).text).data).compiled();
  return sizes.map((chains) => {
    const text = syntheticModel(chains).text;
    const read: number[] = [];
    const build: number[] = [];
    const compile: number[] = [];
    for (let k = 0; k < repeats; k++) {
      collectGarbage();
      const t0 = performance.now();
      const data = readYamlText(text);
      const t1 = performance.now();
      const model = buildModel(data.data, data.source);
      const t2 = performance.now();
      model.compiled();
      const t3 = performance.now();
      read.push(t1 - t0);
      build.push(t2 - t1);
      compile.push(t3 - t2);
    }
    const [r, b, c] = [median(read), median(build), median(compile)];
    return { chains, indicators: 4 * chains + 1, readMs: r, buildMs: b, compileMs: c, totalMs: r + b + c };
  });
}
