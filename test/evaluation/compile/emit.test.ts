import { describe, expect, it } from "vitest";
import { buildModel, ModelError, type Model } from "../../../src/evaluation/index.js";
import { kernelSource } from "../../../src/evaluation/compile/emit.js";
import { planEvaluation } from "../../../src/evaluation/compile/kernel-plan.js";
import type { CheckedExpr } from "../../../src/formula/index.js";

const span = { start: 0, end: 1 };

/** The source of every kernel the model's evaluation needs. */
function kernelSources(model: Model): string[] {
  const { timeline } = model.structure;
  const specs = planEvaluation(model.structure).steps.flatMap((step) =>
    step.kind === "cells" ? step.kernels : [step.kernel],
  );
  return specs.map(
    (spec) => kernelSource(spec.expr, spec.placeholders, timeline.first, timeline.length, spec.kind, spec.runs).body,
  );
}

function modelOf(definition: unknown): Model {
  try {
    return buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError && error.partial) return error.partial;
    throw error;
  }
}

describe("kernelSource", () => {
  it("refuses a checked tree whose constant is not a finite number, however it got there", () => {
    const tampered = {
      kind: "const",
      value: "1); globalThis.__plansheet_pwned = (1",
      exact: "1",
      span,
    } as unknown as CheckedExpr;
    expect(() => kernelSource(tampered, new Map([[0, 0]]), 2020, 3, "up")).toThrow(/refusing/);
    const notANumber = { kind: "const", value: Number.NaN, exact: "NaN", span } as CheckedExpr;
    expect(() => kernelSource(notANumber, new Map([[0, 0]]), 2020, 3, "up")).toThrow(/refusing/);
  });

  it("refuses a node kind it does not know", () => {
    const unknown = { kind: "macro", name: "process.exit", span } as unknown as CheckedExpr;
    expect(() => kernelSource(unknown, new Map([[0, 0]]), 2020, 3, "up")).toThrow(/internal/);
  });

  it("names indicators only by placeholders: ids, labels, units and group names never reach the source", () => {
    const label = '"]); globalThis.__plansheet_pwned = 1; (["';
    const model = modelOf({
      years: [2020, 2023],
      baseYear: 2020,
      groups: { hasOwnProperty: { label } },
      indicators: {
        __proto__x: { value: 1 },
        constructor: { label, value: 2, groups: ["hasOwnProperty"] },
        toString: { label: { zh: label, en: `'); process.exit(7); ('` }, formula: "constructor * 3" },
        valueOf: { history: { 2020: 1 }, projection: "valueOf[t-1] + sumOf(hasOwnProperty)" },
        地区生产总值: { unit: "亿元", history: { 2020: 276 }, projection: "地区生产总值[t-1] * 1.05" },
        share: { unit: "%", formula: "toString / (valueOf + 1)" },
      },
    });
    // `__proto__x` is refused as an id (ids starting with __ are reserved); the rest builds and runs
    expect(model.structure.issues.some((i) => i.code === "invalid_id")).toBe(true);
    const sources = kernelSources(model);
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      for (const word of [
        "constructor",
        "toString",
        "valueOf",
        "hasOwnProperty",
        "地区生产总值",
        "share",
        "globalThis",
        "process",
        "亿元",
      ]) {
        expect(source).not.toContain(word);
      }
      // no string literal at all, but the directive
      expect(source.replace('"use strict";', "")).not.toMatch(/["'`]/);
    }
    const projection = model.run();
    expect(projection.get("toString", 2021)).toBe(6);
    expect((globalThis as Record<string, unknown>).__plansheet_pwned).toBeUndefined();
  });

  it("keeps the injection attempts of formula text harmless: refused when building, never compiled", () => {
    const model = modelOf({
      years: [2020, 2022],
      baseYear: 2020,
      indicators: {
        x: { value: 1 },
        s: { formula: 'x + "(globalThis.__plansheet_pwned = 1)"' },
        e: { formula: 'evaluate("__plansheet_pwned = 1")' },
        i: { formula: "import({__plansheet_pwned: 1})" },
        a: { formula: "__plansheet_pwned = 1" },
        p: { formula: "x.constructor" },
        ok: { formula: "x * 2" },
      },
    });
    const refused = model.structure.issues.filter((i) => i.code === "refused_construct").map((i) => i.indicator);
    expect(refused).toEqual(expect.arrayContaining(["s", "e", "i", "a", "p"]));
    const projection = model.run();
    expect(projection.get("ok", 2022)).toBe(2);
    expect(projection.get("s", 2022)).toBeNull();
    for (const source of kernelSources(model)) expect(source).not.toMatch(/pwned|evaluate|import|constructor/);
    expect((globalThis as Record<string, unknown>).__plansheet_pwned).toBeUndefined();
  });
});
