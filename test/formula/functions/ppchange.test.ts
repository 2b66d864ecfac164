import { describe, expect, it } from "vitest";
import { checked, problem, resultUnit, slot, withoutSpans } from "../helpers.js";

describe("ppchange(x, y0, y1)", () => {
  it("is the change of a share in percentage points, in 百分点", () => {
    const f = checked("ppchange(share, 2016, 2021)");
    expect(f.type).toMatchObject({ kind: "unit", unit: { name: "百分点", flavour: "pp" } });
    expect(withoutSpans(f.expr)).toEqual({
      kind: "series",
      fn: "ppchange",
      slot: slot("share"),
      from: { kind: "absolute", year: 2016 },
      to: { kind: "absolute", year: 2021 },
    });
  });

  it("compares with a pp literal, and added to a share gives a share", () => {
    expect(checked("ppchange(share, 2016, 2021) >= 4.8pp", { context: "target", expect: "condition" }).type).toEqual({
      kind: "condition",
    });
    expect(
      checked("ppchange(share, 2016, 2021) >= 4.8百分点", { context: "target", expect: "condition" }).expr,
    ).toMatchObject({
      right: { kind: "const", value: 0.048 },
    });
    expect(resultUnit(checked("share[2016] + ppchange(share, 2016, 2021)"))).toBe("%");
  });

  it("takes any dimensionless indicator, and one declared without a unit", () => {
    expect(checked("ppchange(ratio, 2016, 2021)").type).toMatchObject({ kind: "unit", unit: { flavour: "pp" } });
    expect(checked("ppchange(free, 2016, 2021)").type).toMatchObject({ kind: "unit", unit: { flavour: "pp" } });
  });

  it("refuses a level, pointing at it and suggesting change()", () => {
    for (const level of ["gdp", "energy", "firms"]) {
      const p = problem(`ppchange(${level}, 2016, 2021)`);
      expect(p.code).toBe("unit_mismatch");
      expect(p.span).toEqual({ start: 9, end: 9 + level.length });
      expect(p.hint).toBe("use change(x, y0, y1) for the relative change of a level");
    }
  });

  it("refuses a period whose end is not after its start", () => {
    expect(problem("ppchange(share, 2021, 2021)").message).toBe(
      "ppchange needs a period whose end comes after its start",
    );
  });
});
