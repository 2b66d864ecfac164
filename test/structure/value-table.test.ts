import { describe, expect, it } from "vitest";
import { ValueTable } from "../../src/structure/value-table.js";

describe("ValueTable", () => {
  it("starts with no value in any cell (NaN float, no exact text)", () => {
    const table = new ValueTable(3);
    for (let c = 0; c < 3; c++) {
      expect(table.has(c)).toBe(false);
      expect(Number.isNaN(table.float[c]!)).toBe(true);
      expect(table.exact[c]).toBeUndefined();
    }
  });

  it("keeps a literal's float and exact text", () => {
    const table = new ValueTable(2);
    table.set(1, { value: 0.05, exact: "0.05" });
    expect(table.has(1)).toBe(true);
    expect(table.float[1]).toBe(0.05);
    expect(table.exact[1]).toBe("0.05");
    expect(table.has(0)).toBe(false);
  });

  it("stores a number with the shortest decimal text that prints as it", () => {
    const table = new ValueTable(1);
    table.setNumber(0, 0.1 + 0.2);
    expect(table.exact[0]).toBe("0.30000000000000004");
    expect(table.has(0)).toBe(true);
  });

  it("tells a stored NaN-free value of 0 apart from no value", () => {
    const table = new ValueTable(1);
    table.setNumber(0, 0);
    expect(table.has(0)).toBe(true);
    expect(table.float[0]).toBe(0);
  });

  it("clones into an independent copy", () => {
    const table = new ValueTable(2);
    table.set(0, { value: 1, exact: "1" });
    const copy = table.clone();
    copy.set(0, { value: 2, exact: "2" });
    copy.set(1, { value: 3, exact: "3" });
    expect(table.exact[0]).toBe("1");
    expect(table.float[0]).toBe(1);
    expect(table.has(1)).toBe(false);
    expect(copy.exact).toEqual(["2", "3"]);
  });

  it("gives one cell's exact text without building the whole array", () => {
    const table = new ValueTable(3);
    table.set(2, { value: 0.05, exact: "0.05" });
    expect(table.exactAt(2)).toBe("0.05");
    expect(table.exactAt(0)).toBeUndefined();
  });

  it("keeps the exact array up to date after it was asked for", () => {
    const table = new ValueTable(2);
    expect(table.exact).toEqual([undefined, undefined]);
    table.set(1, { value: 0.1, exact: "0.1" });
    expect(table.exact[1]).toBe("0.1");
  });

  it("clones texts shared by many cells independently", () => {
    const table = new ValueTable(3);
    for (let c = 0; c < 3; c++) table.set(c, { value: 0.05, exact: "0.05" });
    const copy = table.clone();
    copy.set(1, { value: 0.06, exact: "0.06" });
    expect(table.exact).toEqual(["0.05", "0.05", "0.05"]);
    expect(copy.exact).toEqual(["0.05", "0.06", "0.05"]);
  });
});
