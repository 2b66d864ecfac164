import { describe, expect, it } from "vitest";
import {
  DIMENSIONLESS,
  PERCENT,
  PERCENTAGE_POINT,
  conversionFactor,
  divideUnits,
  isDimensionless,
  multiplyUnits,
  parseUnit,
  isWholeCount,
  powerUnit,
  sameDimensions,
  type Unit,
} from "../../src/units/index.js";
import { describeUnit } from "../../src/units/unit.js";
import { formatRational } from "../../src/units/rational.js";
import { describeFactor, makeUnit } from "../../src/units/unit.js";

const u = (name: string): Unit => parseUnit(name).unit;
const factor = (from: string, to: string): string => formatRational(conversionFactor(u(from), u(to)));

describe("conversionFactor", () => {
  it.each([
    ["万元", "元", "10000"],
    ["亿元", "万元", "10000"],
    ["亿元", "元", "100000000"],
    ["元", "亿元", "1/100000000"],
    ["万吨标准煤", "吨标准煤", "10000"],
    ["吨标煤", "吨标准煤", "1"],
    ["万吨标煤", "吨标准煤", "10000"],
    ["万吨标准煤", "万吨标煤", "1"],
    ["tce", "吨标准煤", "1"],
    ["万人", "人", "10000"],
    ["万人次", "人次", "10000"],
    ["公顷", "平方米", "10000"],
    ["平方公里", "平方米", "1000000"],
    ["平方公里", "公顷", "100"],
    ["亩", "平方米", "2000/3"],
    ["万亩", "亩", "10000"],
    ["公顷", "亩", "15"],
    ["平方公里", "亩", "1500"],
    ["万亩", "平方公里", "20/3"],
    ["万亩", "公顷", "2000/3"],
    ["平方千米", "平方公里", "1"],
    ["公里", "米", "1000"],
    ["千米", "公里", "1"],
    ["吨", "千克", "1000"],
    ["公斤", "克", "1000"],
    ["微克", "克", "1/1000000"],
    ["毫克", "微克", "1000"],
    ["立方米", "升", "1000"],
    ["升", "毫升", "1000"],
    ["毫克/升", "微克/立方米", "1000000"],
    ["天", "小时", "24"],
    ["度", "千瓦时", "1"],
    ["亿千瓦时", "万千瓦时", "10000"],
    ["%", "1", "1"],
    ["百分点", "%", "1"],
  ])("converts %s to %s by × %s", (from, to, expected) => {
    expect(sameDimensions(u(from), u(to))).toBe(true);
    expect(factor(from, to)).toBe(expected);
  });

  it.each([
    ["吨标准煤/万元", "吨标准煤/万元", "1"],
    ["万吨标准煤/亿元", "吨标准煤/万元", "1"],
    ["吨标准煤/亿元", "吨标准煤/万元", "1/10000"],
    ["吨标准煤/元", "吨标准煤/万元", "10000"],
    ["吨标准煤/万元", "吨标准煤/元", "1/10000"],
    ["平方米/人", "平方米/万人", "10000"],
    ["平方米/万人", "平方米/人", "1/10000"],
    ["万元/人", "元/人", "10000"],
    ["亿元/万人", "元/人", "10000"],
    ["人/平方公里", "人/公顷", "1/100"],
  ])("converts the compound unit %s to %s by × %s", (from, to, expected) => {
    expect(sameDimensions(u(from), u(to))).toBe(true);
    expect(factor(from, to)).toBe(expected);
  });

  it("gives reciprocal factors for the two directions", () => {
    expect(factor("亩", "公顷")).toBe("1/15");
    expect(factor("公顷", "亩")).toBe("15");
  });
});

describe("sameDimensions", () => {
  it("tells money from energy, people from visits, and area from length", () => {
    expect(sameDimensions(u("亿元"), u("万吨标准煤"))).toBe(false);
    expect(sameDimensions(u("万人"), u("万人次"))).toBe(false);
    expect(sameDimensions(u("平方米"), u("米"))).toBe(false);
    expect(sameDimensions(u("吨"), u("吨标准煤"))).toBe(false);
  });

  it("keeps count words apart: 家 is not 个", () => {
    expect(sameDimensions(u("家"), u("个"))).toBe(false);
    expect(sameDimensions(u("家"), u("家"))).toBe(true);
    expect(sameDimensions(u("万户"), u("户"))).toBe(true);
  });

  it("sees %, 百分点 and plain ratios as the same (dimensionless) kind", () => {
    expect(sameDimensions(PERCENT, PERCENTAGE_POINT)).toBe(true);
    expect(sameDimensions(PERCENT, DIMENSIONLESS)).toBe(true);
    expect(sameDimensions(PERCENT, u("亿元"))).toBe(false);
  });

  it("compares exponents, not only names of dimensions", () => {
    expect(sameDimensions(u("平方米/人"), u("人/平方米"))).toBe(false);
    expect(sameDimensions(u("元"), u("元^2"))).toBe(false);
  });
});

describe("isDimensionless", () => {
  it("is true for %, 百分点, 1 and 倍, and false for levels and counts", () => {
    for (const name of ["%", "百分点", "pp", "1", "倍", ""]) expect(isDimensionless(u(name)), name).toBe(true);
    for (const name of ["亿元", "万人", "家", "吨标准煤/万元", "标准箱"])
      expect(isDimensionless(u(name)), name).toBe(false);
  });

  it("holds for a ratio of like units", () => {
    expect(isDimensionless(divideUnits(u("亿元"), u("万元")))).toBe(true);
  });
});

describe("multiplyUnits, divideUnits and powerUnit", () => {
  it("divide 万吨标准煤 by 亿元 into energy per money at scale 10⁻⁴", () => {
    const unit = divideUnits(u("万吨标准煤"), u("亿元"));
    expect(unit.dims).toEqual({ energy: 1, money: -1 });
    expect(formatRational(unit.scale)).toBe("1/10000");
    expect(unit.name).toBe("万吨标准煤/亿元");
  });

  it("keep a level's unit when multiplied or divided by a share", () => {
    expect(multiplyUnits(u("亿元"), PERCENT)).toEqual(u("亿元"));
    expect(multiplyUnits(PERCENT, u("亿元"))).toEqual(u("亿元"));
    expect(divideUnits(u("亿元"), PERCENT)).toEqual(u("亿元"));
    expect(multiplyUnits(u("亿元"), PERCENTAGE_POINT)).toEqual(u("亿元"));
  });

  it("give a plain ratio when like units cancel at equal scales", () => {
    expect(divideUnits(u("亿元"), u("亿元"))).toBe(DIMENSIONLESS);
    expect(multiplyUnits(PERCENT, PERCENT)).toBe(DIMENSIONLESS);
  });

  it("keep the scale of a ratio of like units at different scales", () => {
    const unit = divideUnits(u("亿元"), u("万元"));
    expect(unit.dims).toEqual({});
    expect(formatRational(unit.scale)).toBe("10000");
  });

  it("add and subtract exponents, and name compounds with parentheses where needed", () => {
    const perCapita = divideUnits(u("亿元"), u("万人"));
    expect(perCapita.dims).toEqual({ money: 1, people: -1 });
    expect(formatRational(perCapita.scale)).toBe("10000");
    const product = multiplyUnits(perCapita, u("万人"));
    expect(product.dims).toEqual({ money: 1 });
    expect(formatRational(product.scale)).toBe("100000000");
    expect(product.name).toBe("(亿元/万人)·万人");
  });

  it("raise a unit to a whole power, scale included", () => {
    const squared = powerUnit(u("公里"), 2);
    expect(squared.dims).toEqual({ length: 2 });
    expect(formatRational(squared.scale)).toBe("1000000");
    expect(squared.name).toBe("公里^2");
    const inverse = powerUnit(u("亿元"), -1);
    expect(inverse.dims).toEqual({ money: -1 });
    expect(formatRational(inverse.scale)).toBe("1/100000000");
    expect(powerUnit(PERCENT, 3)).toBe(DIMENSIONLESS);
    expect(powerUnit(u("亿元"), 0)).toBe(DIMENSIONLESS);
  });

  it("mark a compound with an unknown part as not known", () => {
    expect(multiplyUnits(u("标准箱"), u("人")).known).toBe(false);
    expect(divideUnits(u("人"), u("标准箱")).known).toBe(false);
    expect(divideUnits(u("人"), u("公顷")).known).toBe(true);
  });
});

describe("describeUnit and describeFactor", () => {
  it("call a plain ratio a plain ratio and other units by their name", () => {
    expect(describeUnit(DIMENSIONLESS)).toBe("a plain ratio");
    expect(describeUnit(PERCENT)).toBe("%");
    expect(describeUnit(PERCENTAGE_POINT)).toBe("百分点");
    expect(describeUnit(u("亿元"))).toBe("亿元");
    expect(describeUnit(u("吨标准煤/万元"))).toBe("吨标准煤/万元");
  });

  it("show a factor as × n or × a/b", () => {
    expect(describeFactor(conversionFactor(u("万元"), u("亿元")))).toBe("× 1/10000");
    expect(describeFactor(conversionFactor(u("亩"), u("平方米")))).toBe("× 2000/3");
  });
});

describe("the dimensionless units", () => {
  it("store % and 百分点 as plain ratios at scale 1", () => {
    for (const unit of [PERCENT, PERCENTAGE_POINT, DIMENSIONLESS]) {
      expect(unit.dims).toEqual({});
      expect(unit.scale).toEqual({ num: 1n, den: 1n });
      expect(unit.known).toBe(true);
    }
    expect(PERCENT.flavour).toBe("percent");
    expect(PERCENTAGE_POINT.flavour).toBe("pp");
    expect(DIMENSIONLESS.flavour).toBe("none");
    expect(DIMENSIONLESS.name).toBe("1");
  });

  it("drop zero exponents when a unit is made", () => {
    expect(makeUnit("x", { money: 1, energy: 0 }).dims).toEqual({ money: 1 });
  });
});

describe("isWholeCount", () => {
  it("is true for count words, 人 and 人次 unscaled, and false for scaled counts, money, shares and derived units", () => {
    for (const name of ["家", "个", "项", "人", "人次"]) expect(isWholeCount(u(name)), name).toBe(true);
    for (const name of ["万人", "亿元", "%", "吨标准煤/万元", "家/人"]) expect(isWholeCount(u(name)), name).toBe(false);
  });
});
