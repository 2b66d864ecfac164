import { describe, expect, it } from "vitest";
import {
  intervalContains,
  readPrintedFigure,
  truncationInterval,
  type Interval,
  type PrintedFigure,
} from "../../src/core/index.js";

function figure(text: string): PrintedFigure {
  const f = readPrintedFigure(text);
  if (!f) throw new Error(`'${text}' did not read as a printed figure`);
  return f;
}

/** An interval as text with exact decimal bounds. */
function show(a: Interval): string {
  return `${a.loClosed ? "[" : "("}${a.lo?.toString()}, ${a.hi?.toString()}${a.hiClosed ? "]" : ")"}`;
}

describe("readPrintedFigure", () => {
  it("reads 5.1 as [5.05, 5.15)", () => {
    const f = figure("5.1");
    expect(show(f.interval)).toBe("[5.05, 5.15)");
    expect(f.value.toString()).toBe("5.1");
    expect(f.decimals).toBe(1);
    expect(f.halfUnit.toString()).toBe("0.05");
    expect(f.kind).toBe("plain");
  });

  it("reads 276 as [275.5, 276.5)", () => {
    expect(show(figure("276").interval)).toBe("[275.5, 276.5)");
    expect(figure("276").decimals).toBe(0);
  });

  it("reads 0.23 as [0.225, 0.235)", () => {
    expect(show(figure("0.23").interval)).toBe("[0.225, 0.235)");
  });

  it("reads 5.1% as the ratio interval [0.0505, 0.0515), with a half unit of 0.0005", () => {
    const f = figure("5.1%");
    expect(show(f.interval)).toBe("[0.0505, 0.0515)");
    expect(f.kind).toBe("percent");
    expect(f.value.toString()).toBe("0.051");
    expect(f.halfUnit.toString()).toBe("0.0005");
    expect(f.decimals).toBe(1);
  });

  it("reads a negative -3.85 as (−3.855, −3.845]: the end nearer zero is included", () => {
    expect(show(figure("-3.85").interval)).toBe("(-3.855, -3.845]");
    expect(show(figure("-3.85%").interval)).toBe("(-0.03855, -0.03845]");
  });

  it("counts trailing zeros: 5.10 keeps two decimals, [5.095, 5.105)", () => {
    const f = figure("5.10");
    expect(f.decimals).toBe(2);
    expect(show(f.interval)).toBe("[5.095, 5.105)");
    expect(show(figure("5.10%").interval)).toBe("[0.05095, 0.05105)");
  });

  it("reads percentage points as ratios too", () => {
    expect(show(figure("0.6pp").interval)).toBe("[0.0055, 0.0065)");
    expect(show(figure("4.8个百分点").interval)).toBe("[0.0475, 0.0485)");
    expect(figure("0.62百分点").kind).toBe("pp");
  });

  it("contains exactly the values that round half away from zero to the figure", () => {
    const f = figure("5.1").interval;
    expect(intervalContains(f, "5.05")).toBe(true);
    expect(intervalContains(f, "5.149999")).toBe(true);
    expect(intervalContains(f, "5.15")).toBe(false);
    expect(intervalContains(f, "5.049999")).toBe(false);
    const n = figure("-3.85").interval;
    expect(intervalContains(n, "-3.845")).toBe(true);
    expect(intervalContains(n, "-3.855")).toBe(false);
  });

  it("reads a printed zero as (−0.5, 0.5): both halves round away from zero", () => {
    expect(show(figure("0").interval)).toBe("(-0.5, 0.5)");
    expect(show(figure("0.0").interval)).toBe("(-0.05, 0.05)");
    expect(show(figure("0.0%").interval)).toBe("(-0.0005, 0.0005)");
    expect(intervalContains(figure("0").interval, "-0.5")).toBe(false);
    expect(intervalContains(figure("0").interval, "0.5")).toBe(false);
  });

  it("reads a printed -0.0 as a fall too small to show: (−0.05, 0]", () => {
    const f = figure("-0.0");
    expect(f.negative).toBe(true);
    expect(show(f.interval)).toBe("(-0.05, 0]");
    expect(intervalContains(f.interval, "0.01")).toBe(false);
    expect(show(figure("-0.0%").interval)).toBe("(-0.0005, 0]");
  });

  it("records whether the figure was printed with a minus sign", () => {
    expect(figure("-3.85").negative).toBe(true);
    expect(figure(" -3.85% ").negative).toBe(true);
    expect(figure("5.1").negative).toBe(false);
    expect(figure("0").negative).toBe(false);
    expect(figure("+5").negative).toBe(false);
  });

  it("trims the text and keeps it as printed", () => {
    expect(figure(" 5.1% ").text).toBe("5.1%");
  });

  it("refuses scientific notation, which carries no rounding", () => {
    expect(readPrintedFigure("1e3")).toBeUndefined();
    expect(readPrintedFigure("1E3")).toBeUndefined();
    expect(readPrintedFigure("5.1e-1%")).toBeUndefined();
  });

  it("refuses text that is not a printed number", () => {
    for (const text of ["二十", "5.1.2", "", "5%%", "about 5", "5,1"])
      expect(readPrintedFigure(text), text).toBeUndefined();
  });
});

describe("truncationInterval", () => {
  it("reads a positive 4.07 as [4.07, 4.08)", () => {
    expect(show(truncationInterval(figure("4.07")))).toBe("[4.07, 4.08)");
  });

  it("reads a negative -3.85 as (−3.86, −3.85]", () => {
    expect(show(truncationInterval(figure("-3.85")))).toBe("(-3.86, -3.85]");
  });

  it("reads 0.0 as [0, 0.1) and -0.0 as (−0.1, 0]", () => {
    expect(show(truncationInterval(figure("0.0")))).toBe("[0, 0.1)");
    expect(show(truncationInterval(figure("-0.0")))).toBe("(-0.1, 0]");
  });

  it("reads 5.1% as [0.051, 0.052) and 276 as [276, 277)", () => {
    expect(show(truncationInterval(figure("5.1%")))).toBe("[0.051, 0.052)");
    expect(show(truncationInterval(figure("276")))).toBe("[276, 277)");
  });
});
