import { describe, expect, it } from "vitest";
import { Timeline } from "../../src/core/index.js";
import { cellIndex } from "../../src/model/structure.js";

describe("cellIndex", () => {
  it("lays cells out slot-major: slot × years + yearIndex", () => {
    const structure = { timeline: new Timeline(2016, 2025, 2021) };
    expect(cellIndex(structure, 0, 0)).toBe(0);
    expect(cellIndex(structure, 0, 9)).toBe(9);
    expect(cellIndex(structure, 1, 0)).toBe(10);
    expect(cellIndex(structure, 3, 5)).toBe(35);
  });
});
