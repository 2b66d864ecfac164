import { describe, expect, it } from "vitest";
import { assertClaimsConsistent, assertGrowthConsistent, ClaimsAssertionError } from "../../src/verification/index.js";

describe("assertions for test suites", () => {
  it("passes when 比2016年增长28.5% and 年均增速5.1% agree", () => {
    const check = assertGrowthConsistent({ cumulative: "28.5%", average: "5.1%", from: 2016, to: 2021 });
    expect(check.verdict).toBe("consistent");
  });

  it("throws with the explanation as its message when they do not", () => {
    expect(() =>
      assertGrowthConsistent({
        cumulative: "-20.34%",
        average: "-4.07%",
        from: 2016,
        to: 2021,
        indicator: "energy_intensity",
      }),
    ).toThrow(/arithmetic_mean: energy_intensity: “下降20\.34%” .* a simple arithmetic mean/);
    try {
      assertGrowthConsistent({ cumulative: "28.5%", average: "6.0%", from: 2016, to: 2021 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimsAssertionError);
      expect((error as ClaimsAssertionError).checks[0]!.verdict).toBe("inconsistent");
    }
  });

  it("throws on an invalid claim too, rather than passing silently", () => {
    expect(() =>
      assertClaimsConsistent({ claims: [{ id: "x", indicator: "g", kind: "level", year: 2021, value: "二十" }] }),
    ).toThrow(/not a number as printed/);
  });
});
