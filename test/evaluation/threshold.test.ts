import { describe, expect, it } from "vitest";
import type { TargetOutcome } from "../../src/evaluation/projection.js";
import { decideOnThreshold, FLOAT_AGREEMENT, onThreshold } from "../../src/evaluation/threshold.js";

const outcome = (
  met: boolean | null,
  value: number | null,
  threshold: number | null,
  margin: number | null,
): TargetOutcome => ({
  id: "t",
  met,
  value,
  threshold,
  margin,
  label: { en: "t" },
  check: "x >= 1",
  assumptions: [],
});

describe("onThreshold", () => {
  it("finds a margin within float rounding of zero, scaled by the sizes compared", () => {
    expect(onThreshold(outcome(true, 0.8500000000000001, 0.85, 1.1e-16))).toBe(true);
    expect(onThreshold(outcome(false, 0.7999999999999999, 0.8, -1.1e-16))).toBe(true);
    expect(onThreshold(outcome(true, 4500, 4500, 0))).toBe(true);
    // 1e-9 of a level of 4500亿元 is still rounding; of a share it is not
    expect(onThreshold(outcome(true, 4500.000001, 4500, 0.000001))).toBe(true);
    expect(onThreshold(outcome(true, 0.100001, 0.1, 0.000001))).toBe(false);
    expect(onThreshold(outcome(true, 0.2, 0.1, 0.1))).toBe(false);
  });

  it("leaves alone a target without a value", () => {
    expect(onThreshold(outcome(null, null, null, null))).toBe(false);
  });

  it("uses the tolerance float and decimal are tested to agree within", () => {
    expect(FLOAT_AGREEMENT).toBe(1e-9);
  });
});

describe("decideOnThreshold", () => {
  it("replaces only the outcomes on their threshold, and evaluates in decimal only when one is", () => {
    let decimalRuns = 0;
    const exact = [outcome(true, 0.2, 0.1, 0.1), outcome(false, 0.85, 0.85, 0)];
    const decimal = () => {
      decimalRuns++;
      return exact;
    };
    const away = [outcome(true, 0.2, 0.1, 0.1)];
    expect(decideOnThreshold(away, decimal)).toEqual(away);
    expect(decimalRuns).toBe(0);
    const decided = decideOnThreshold(
      [outcome(true, 0.2, 0.1, 0.1), outcome(true, 0.8500000000000001, 0.85, 1.1e-16)],
      decimal,
    );
    expect(decimalRuns).toBe(1);
    expect(decided[0]!.decidedBy).toBeUndefined();
    expect(decided[1]).toMatchObject({ met: false, margin: 0, decidedBy: "decimal" });
  });
});
