import { describe, expect, it } from "vitest";
import { formatFilePosition, joinSpans, makeSpan } from "../../src/core/index.js";

describe("joinSpans", () => {
  it("covers both spans, in either order, including the gap between them", () => {
    expect(joinSpans({ start: 1, end: 3 }, { start: 5, end: 7 })).toEqual({ start: 1, end: 7 });
    expect(joinSpans({ start: 5, end: 7 }, { start: 1, end: 3 })).toEqual({ start: 1, end: 7 });
  });

  it("of a span with one inside it is the outer span", () => {
    expect(joinSpans({ start: 0, end: 10 }, { start: 2, end: 4 })).toEqual({ start: 0, end: 10 });
  });
});

describe("makeSpan", () => {
  it("shares one frozen object per span within the first thousand characters", () => {
    expect(makeSpan(3, 9)).toBe(makeSpan(3, 9));
    expect(Object.isFrozen(makeSpan(3, 9))).toBe(true);
    expect(makeSpan(3, 9)).toEqual({ start: 3, end: 9 });
  });

  it("makes a new object for a span further on", () => {
    expect(makeSpan(5000, 5010)).not.toBe(makeSpan(5000, 5010));
    expect(makeSpan(5000, 5010)).toEqual({ start: 5000, end: 5010 });
  });
});

describe("formatFilePosition", () => {
  it("prints file:line:column as editors do", () => {
    expect(formatFilePosition({ file: "model.yaml", line: 12, column: 22 })).toBe("model.yaml:12:22");
  });

  it("leaves out what is not known", () => {
    expect(formatFilePosition({ file: "model.yaml" })).toBe("model.yaml");
    expect(formatFilePosition({ line: 3, column: 4 })).toBe("3:4");
    expect(formatFilePosition({ file: "", line: 3 })).toBe("3");
    expect(formatFilePosition(undefined)).toBe("");
    expect(formatFilePosition({})).toBe("");
  });
});
