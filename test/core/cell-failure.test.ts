import { describe, expect, it } from "vitest";
import { CellFailure, ISSUE_CODES } from "../../src/core/index.js";

describe("CellFailure", () => {
  it("is an Error named CellFailure that carries its issue code and message", () => {
    const failure = new CellFailure("division_by_zero", "division by zero");
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toBeInstanceOf(CellFailure);
    expect(failure.name).toBe("CellFailure");
    expect(failure.code).toBe("division_by_zero");
    expect(failure.message).toBe("division by zero");
  });

  it("uses codes from the issue catalogue, whose cell failures are errors", () => {
    for (const code of ["division_by_zero", "zero_to_negative_power", "domain", "not_finite"] as const) {
      expect(ISSUE_CODES[code][0]).toBe("error");
      expect(new CellFailure(code, "x").code).toBe(code);
    }
  });
});
