import { describe, expect, it } from "vitest";
import { Timeline } from "../../src/core/index.js";

describe("Timeline", () => {
  it("indexes years from the first one", () => {
    const t = new Timeline(2016, 2025, 2021);
    expect(t.length).toBe(10);
    expect(t.indexOf(2016)).toBe(0);
    expect(t.indexOf(2025)).toBe(9);
    expect(t.indexOf(2026)).toBe(-1);
    expect(t.yearAt(5)).toBe(2021);
    expect(t.projectedYears).toEqual([2022, 2023, 2024, 2025]);
    expect(String(t)).toBe("2016–2025");
  });

  it("refuses a base year outside the timeline, reversed years and fractions", () => {
    expect(() => new Timeline(2016, 2025, 2030)).toThrow(/base year 2030 lies outside/);
    expect(() => new Timeline(2025, 2016, 2020)).toThrow(/starts after it ends/);
    expect(() => new Timeline(2016.5, 2025, 2020)).toThrow(/whole numbers/);
  });
});
