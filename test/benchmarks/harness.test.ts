import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BenchResults } from "../../benchmarks/bench-results.js";
import { iqr, minMax } from "../../benchmarks/format.js";
import { goals } from "../../benchmarks/goals.js";
import { scaled, spreadOf } from "../../benchmarks/harness.js";

describe("the spread of a figure's rounds", () => {
  it("gives the least, the quartiles and the greatest, whatever the order of the rounds", () => {
    expect(spreadOf([5, 1, 4, 2, 3])).toEqual({ min: 1, q1: 2, q3: 4, max: 5 });
    expect(spreadOf([4, 1, 3, 2])).toEqual({ min: 1, q1: 1.75, q3: 3.25, max: 4 });
    expect(spreadOf([7])).toEqual({ min: 7, q1: 7, q3: 7, max: 7 });
  });

  it("scales with a per-cell or per-trial figure and is written in brackets", () => {
    expect(scaled({ min: 1, q1: 2, q3: 3, max: 4 }, 10)).toEqual({ min: 10, q1: 20, q3: 30, max: 40 });
    expect(iqr({ q1: 1.234, q3: 150.4 })).toBe("[1.23–150]");
    expect(minMax({ min: 0.5, max: 2 })).toBe("[0.500–2.00]");
  });
});

describe("the results of the last full run", () => {
  const results = JSON.parse(
    readFileSync(new URL("../../benchmarks/results/latest.json", import.meta.url), "utf8"),
  ) as BenchResults;

  it("record the load average at the start and the end and the machine", () => {
    expect(results.environment.loadAverage.start).toHaveLength(3);
    expect(results.environment.loadAverage.end).toHaveLength(3);
    expect(results.environment.cores).toBeGreaterThan(0);
  });

  it("hold a met or missed line for each of issue 32's goals that the bench measures", () => {
    const lines = goals(results).map((g) => g.goal);
    for (const goal of [
      "goal seek on probability at 10,000 trials under 2 s",
      "from its YAML text faster than HyperFormula",
      '`import("plansheet")` ≤ 150 ms',
      "`plansheet verify` and `plansheet run` of the Mentougou example ≤ 5× `node -e 0`",
      "`npm run demo` under 5 s",
      "`plansheet report --simulate 10000`",
    ])
      expect(lines.some((line) => line.includes(goal))).toBe(true);
    for (const g of goals(results)) expect(typeof g.met).toBe("boolean");
  });
});
