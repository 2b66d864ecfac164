import { describe, expect, it } from "vitest";
import { formatInterval, readPrintedFigure, type Interval } from "../../src/core/index.js";
import { qualifiedInterval, type QualifierMeaning } from "../../src/verification/qualifiers.js";
import { verifyClaims } from "../../src/verification/index.js";

function read(text: string, meanings: QualifierMeaning[] = [], about?: string): string {
  const figure = readPrintedFigure(text)!;
  const interval = qualifiedInterval(figure, meanings, about) as Interval;
  return formatInterval(interval, 8, text.includes("%") ? 100 : 1);
}

describe("qualifiedInterval", () => {
  it("reads a bare figure as its rounding interval, the end nearer zero included", () => {
    expect(read("5.1%")).toBe("[5.05, 5.15)");
    expect(read("276")).toBe("[275.5, 276.5)");
    expect(read("-3.85%")).toBe("(-3.855, -3.845]");
  });

  it("reads 以上 on a rise as at least the rounded magnitude: 增长5%以上 is a change of at least 4.5%", () => {
    expect(read("5%", ["at_least"])).toBe("[4.5, +∞)");
  });

  it("reads 以上 on a fall as a fall at least that large: 下降3.85%以上 is a change of at most −3.845%", () => {
    expect(read("-3.85%", ["at_least"])).toBe("(−∞, -3.845]");
  });

  it("reads 以内 as at most the rounded magnitude, from zero: 63以内 is [0, 63.5)", () => {
    expect(read("63", ["at_most"])).toBe("[0, 63.5)");
  });

  it("reads 以内 on a fall as a fall no larger than printed", () => {
    expect(read("-2%", ["at_most"])).toBe("(-2.5, 0]");
  });

  it("reads 超过 as more than, the lower end open", () => {
    expect(read("97%", ["more_than"])).toBe("(96.5, +∞)");
  });

  it("reads 不到 as less than, from zero", () => {
    expect(read("5%", ["less_than"])).toBe("[0, 5.5)");
  });

  it("widens 左右 by the tolerance, relative to the value, on both sides", () => {
    expect(read("5%", ["about"])).toBe("[4, 6]");
    expect(read("5%", ["about"], "0.2")).toBe("[3.5, 6.5]");
    expect(read("-5%", ["about"])).toBe("[-6, -4]");
  });

  it("leaves the interval of an estimated figure (预计) unchanged", () => {
    expect(read("276", ["estimated"])).toBe(read("276"));
  });

  it("refuses qualifiers that bound a figure from both sides", () => {
    expect(qualifiedInterval(readPrintedFigure("5%")!, ["at_least", "at_most"])).toBeUndefined();
    expect(qualifiedInterval(readPrintedFigure("5%")!, ["more_than", "less_than"])).toBeUndefined();
  });
});

describe("a range's two ends", () => {
  const checks = (ceiling: string) =>
    verifyClaims({
      claims: [
        { id: "a", indicator: "noise", kind: "level", year: 2024, value: "52.9", qualifiers: ["以上"] },
        { id: "b", indicator: "noise", kind: "level", year: 2024, value: ceiling, qualifiers: ["以内"] },
      ],
    }).checks;

  it("a floor and a ceiling of one indicator and year are a range, checked for room between its ends", () => {
    const [fits] = checks("56.1");
    expect(fits!.verdict).toBe("consistent");
    expect(fits!.explanation).toBe(
      "noise in 2024 is printed as a range from “52.9以上” to “56.1以内”; its ends leave room between them.",
    );
    expect(fits!.titleZh).toBe("noise：范围两端");
  });

  it("a ceiling below the floor is inconsistent", () => {
    const [clash] = checks("50.1");
    expect(clash!.verdict).toBe("inconsistent");
    expect(clash!.explanationZh).toBe("noise：2024年的范围“52.9以上”至“50.1以内”，两端之间没有数值，不可能成立。");
  });
});
