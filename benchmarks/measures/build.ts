import { readYamlText } from "../../src/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { median, type Spread, spreadOf } from "../harness.js";
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
  /** The median of each phase, added up. */
  readonly totalMs: number;
  /** The spread of the builds' totals (reading, building and compiling, one build each). */
  readonly totalSpread: Spread;
  /** The spread of building and compiling without reading. */
  readonly buildCompileSpread: Spread;
  readonly builds: number;
}

/**
 * Time to turn the model file of M(N, 10) into a compiled model: `rounds` rounds after a warm-up, each building
 * every size once in an order rotated from round to round (so that a change of load falls on every size alike);
 * medians of each phase, and the spread of the totals. No garbage is collected between builds.
 */
export function buildTime(sizes: readonly number[], rounds: number): BuildRow[] {
  const warm = syntheticModel(100).text;
  for (let k = 0; k < 3; k++) buildModel(readYamlText(warm).data).compiled();
  const texts = sizes.map((chains) => syntheticModel(chains).text);
  const samples = sizes.map(() => ({ read: [] as number[], build: [] as number[], compile: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < sizes.length; k++) {
      const i = (k + r) % sizes.length;
      const t0 = performance.now();
      const data = readYamlText(texts[i]!);
      const t1 = performance.now();
      const model = buildModel(data.data, data.source);
      const t2 = performance.now();
      model.compiled();
      const t3 = performance.now();
      samples[i]!.read.push(t1 - t0);
      samples[i]!.build.push(t2 - t1);
      samples[i]!.compile.push(t3 - t2);
    }
  }
  return sizes.map((chains, i) => {
    const { read, build, compile } = samples[i]!;
    const [r, b, c] = [median(read), median(build), median(compile)];
    return {
      chains,
      indicators: 4 * chains + 1,
      readMs: r,
      buildMs: b,
      compileMs: c,
      totalMs: r + b + c,
      totalSpread: spreadOf(read.map((x, k) => x + build[k]! + compile[k]!)),
      buildCompileSpread: spreadOf(build.map((x, k) => x + compile[k]!)),
      builds: rounds,
    };
  });
}
