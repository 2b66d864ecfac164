import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Timeline } from "../../src/core/index.js";
import { CellLayout } from "../../src/structure/index.js";

describe("CellLayout", () => {
  const layout = new CellLayout(new Timeline(2016, 2025, 2021));

  it("lays cells out slot-major: slot × years + yearIndex", () => {
    expect(layout.cell(0, 0)).toBe(0);
    expect(layout.cell(0, 9)).toBe(9);
    expect(layout.cell(1, 0)).toBe(10);
    expect(layout.cell(3, 5)).toBe(35);
    expect(layout.seriesStart(3)).toBe(30);
  });

  it("finds a cell by calendar year, and none outside the timeline or for a year that is not a number", () => {
    expect(layout.cellInYear(2, 2016)).toBe(20);
    expect(layout.cellInYear(2, 2025)).toBe(29);
    expect(layout.cellInYear(2, 2015)).toBe(-1);
    expect(layout.cellInYear(2, 2026)).toBe(-1);
    expect(layout.cellInYear(2, Number.NaN)).toBe(-1);
  });

  it("gives back the slot, year index and year of every cell it lays out", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(9), (slot, yearIndex) => {
        const cell = layout.cell(slot, yearIndex);
        expect(layout.slotOf(cell)).toBe(slot);
        expect(layout.yearIndexOf(cell)).toBe(yearIndex);
        expect(layout.yearOf(cell)).toBe(2016 + yearIndex);
        expect(layout.cellInYear(slot, 2016 + yearIndex)).toBe(cell);
      }),
    );
  });
});
