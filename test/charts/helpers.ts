import { resolve } from "node:path";
import * as vegaLite from "vega-lite";
import type { VegaLiteSpec } from "../../src/charts/index.js";
import { buildModel, type Model } from "../../src/evaluation/index.js";
import { loadModel } from "../../src/node.js";

export const ROOT = resolve(__dirname, "../..");

/** The Mentougou example, built once per test file. */
export function mentougou(): Model {
  return loadModel(resolve(ROOT, "examples/mentougou-2021/model.yaml"));
}

/** A small model whose every value of `broken` fails (a division by zero), for the charts' errors. */
export function gapModel(): Model {
  return buildModel({
    years: [2020, 2023],
    baseYear: 2020,
    indicators: {
      zero: { unit: "1", value: 0 },
      gdp: { unit: "亿元", label: { zh: "地区生产总值" }, history: { 2020: 100 }, projection: "gdp[t-1] * 1.05" },
      broken: { unit: "亿元", formula: "gdp / zero" },
    },
  });
}

/**
 * Compiles a spec with Vega-Lite's own compiler, returning every warning and error it logs: a spec that compiles
 * without a word is one Vega-Lite draws as written.
 */
export function compileMessages(spec: VegaLiteSpec): string[] {
  const messages: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => {
      messages.push(`error: ${m.join(" ")}`);
      return logger;
    },
    warn: (...m: unknown[]) => {
      messages.push(`warn: ${m.join(" ")}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  vegaLite.compile(spec as never, { logger: logger as never });
  return messages;
}
