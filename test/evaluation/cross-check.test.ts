import { describe, expect, it } from "vitest";
import { simulate, solve, sweep } from "../../src/index.js";
import { loadModel } from "../../src/node.js";
import { type CrossCheckCounts, crossCheckSnapshot } from "./cross-check-counts.js";

/** A model of its own for each test: the check samples an evaluator's runs after its first 200. */
const mentougou = () => loadModel(`${__dirname}/../../examples/mentougou-2021/model.yaml`);

/** What each path ran and had checked while `action` ran. */
function during(action: () => void): CrossCheckCounts {
  const before = crossCheckSnapshot();
  action();
  const after = crossCheckSnapshot();
  const delta = (path: keyof CrossCheckCounts) => ({
    ran: after[path].ran - before[path].ran,
    checked: after[path].checked - before[path].checked,
  });
  return {
    evaluate: delta("evaluate"),
    evaluateChanged: delta("evaluateChanged"),
    evaluateWith: delta("evaluateWith"),
  };
}

describe("the suite-wide cross-check of compiled against interpreted evaluation", () => {
  it("sees the trials of a Monte Carlo run: its first 200, then one in 25", () => {
    const model = mentougou();
    const seen = during(() => simulate(model, { trials: 1000, seed: 7 }));
    expect(seen.evaluateChanged.ran).toBeGreaterThanOrEqual(999);
    // the first evaluations of the run are the full ones that fill its buffer; the trials follow
    expect(seen.evaluateChanged.checked).toBeGreaterThanOrEqual(195 + Math.floor(800 / 25));
  });

  it("sees the steps of a goal seek and of a sweep", () => {
    const model = mentougou();
    const solved = during(() => solve(model, { target: "re_share_below_10_2025" }));
    const swept = during(() => sweep(model, { lever: "re_growth", from: -0.1, to: 0.05, steps: 16 }));
    for (const seen of [solved, swept]) {
      const checked = seen.evaluate.checked + seen.evaluateChanged.checked + seen.evaluateWith.checked;
      const ran = seen.evaluate.ran + seen.evaluateChanged.ran + seen.evaluateWith.ran;
      expect(ran).toBeGreaterThan(3);
      expect(checked).toBe(ran);
    }
    expect(swept.evaluateWith.checked + swept.evaluateChanged.checked).toBeGreaterThan(0);
  });

  it("sees model.with", () => {
    const model = mentougou();
    const seen = during(() => {
      const what = model.with({ re_growth: "-3%" });
      what.run();
      what.with({ re_growth: "-1%" }).run();
    });
    expect(seen.evaluateWith.checked).toBeGreaterThanOrEqual(2);
  });
});
