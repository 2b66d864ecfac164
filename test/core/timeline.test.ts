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

describe("Timeline years", () => {
  it("lists its years in order and knows which it contains", () => {
    const t = new Timeline(2016, 2020, 2018);
    expect(t.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(t.contains(2016)).toBe(true);
    expect(t.contains(2020)).toBe(true);
    expect(t.contains(2015)).toBe(false);
    expect(t.contains(2021)).toBe(false);
    expect(t.contains(2017.5)).toBe(false);
    expect(t.indexOf(2017.5)).toBe(-1);
  });

  it("has no projected years when the base year is the last one, and a one-year timeline works", () => {
    expect(new Timeline(2016, 2025, 2025).projectedYears).toEqual([]);
    const one = new Timeline(2021, 2021, 2021);
    expect(one.length).toBe(1);
    expect(one.years).toEqual([2021]);
    expect(String(one)).toBe("2021–2021");
  });
});
