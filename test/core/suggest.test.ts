import { describe, expect, it } from "vitest";
import { didYouMean } from "../../src/core/index.js";
import { closestNames, editDistance } from "../../src/core/suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("gdp", "gdp")).toBe(0);
    expect(editDistance("gdp", "gdpp")).toBe(1);
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("gdp", "gpd")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
  });

  it("works on Chinese names character by character", () => {
    expect(editDistance("地区生产总值", "地区生产总额")).toBe(1);
    expect(editDistance("人口", "常住人口")).toBe(2);
  });
});

describe("closestNames", () => {
  it("finds a name one typo away", () => {
    expect(closestNames("gdpp", ["gdp", "gdp_growth", "energy"])).toEqual(["gdp"]);
    expect(closestNames("地区生产总额", ["地区生产总值", "人口"])).toEqual(["地区生产总值"]);
  });

  it("finds a name that differs only in case, first", () => {
    expect(closestNames("GDP", ["gdp", "gd"])).toEqual(["gdp"]);
    expect(closestNames("sumof", ["sumOf", "sum", "mean"])[0]).toBe("sumOf");
  });

  it("allows about one edit per three characters", () => {
    expect(closestNames("energyy", ["energy", "enrgy"])).toEqual(["energy", "enrgy"]);
    expect(closestNames("abcdef", ["abcxyz"])).toEqual([]);
    expect(closestNames("abcdef", ["abcdxz"])).toEqual(["abcdxz"]);
  });

  it("never suggests the name itself, nor names far away", () => {
    expect(closestNames("gdp", ["gdp"])).toEqual([]);
    expect(closestNames("zzz", ["gdp", "energy"])).toEqual([]);
  });

  it("gives at most three, nearest first, then alphabetically", () => {
    expect(closestNames("x", ["y", "z", "xx", "w", "v"])).toEqual(["v", "w", "xx"]);
    expect(closestNames("gdp", ["gdp1", "gp", "gdq", "g"], 2)).toEqual(["gdp1", "gdq"]);
  });
});

describe("didYouMean", () => {
  it("words one or several suggestions", () => {
    expect(didYouMean("gdpp", ["gdp", "energy"])).toBe("did you mean 'gdp'?");
    expect(didYouMean("energyy", ["energy", "energy_t"])).toBe("did you mean 'energy' or 'energy_t'?");
  });

  it("is undefined when nothing is close", () => {
    expect(didYouMean("zzz", ["gdp"])).toBeUndefined();
    expect(didYouMean("gdp", [])).toBeUndefined();
  });
});
