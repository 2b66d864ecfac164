import { describe, expect, it } from "vitest";
import { DIMENSIONLESS, parseUnit, sameDimensions } from "../../src/units/index.js";
import { formatRational } from "../../src/units/rational.js";

describe("parseUnit", () => {
  it("reads a catalogue word directly, with no unknown words", () => {
    const { unit, unknownWords } = parseUnit("亿元");
    expect(unit.name).toBe("亿元");
    expect(unit.dims).toEqual({ money: 1 });
    expect(formatRational(unit.scale)).toBe("100000000");
    expect(unit.known).toBe(true);
    expect(unknownWords).toEqual([]);
  });

  it("reads % and 百分点 as dimensionless, keeping their flavour", () => {
    expect(parseUnit("%").unit.dims).toEqual({});
    expect(parseUnit("%").unit.flavour).toBe("percent");
    expect(parseUnit("百分点").unit.dims).toEqual({});
    expect(parseUnit("百分点").unit.flavour).toBe("pp");
    expect(parseUnit("pp").unit.flavour).toBe("pp");
  });

  it("reads an empty name as a plain ratio", () => {
    expect(parseUnit("").unit).toBe(DIMENSIONLESS);
    expect(parseUnit("   ").unit).toBe(DIMENSIONLESS);
    expect(parseUnit("").unknownWords).toEqual([]);
  });

  it("trims spaces around the name", () => {
    expect(parseUnit("  亿元 ").unit.name).toBe("亿元");
  });

  it("reads 吨标准煤/万元 as energy per money at scale 10⁻⁴", () => {
    const { unit, unknownWords } = parseUnit("吨标准煤/万元");
    expect(unit.name).toBe("吨标准煤/万元");
    expect(unit.dims).toEqual({ energy: 1, money: -1 });
    expect(formatRational(unit.scale)).toBe("1/10000");
    expect(unit.known).toBe(true);
    expect(unknownWords).toEqual([]);
  });

  it("reads 平方米/人 and 人/平方公里", () => {
    expect(parseUnit("平方米/人").unit.dims).toEqual({ length: 2, people: -1 });
    expect(formatRational(parseUnit("平方米/人").unit.scale)).toBe("1");
    expect(parseUnit("人/平方公里").unit.dims).toEqual({ length: -2, people: 1 });
    expect(formatRational(parseUnit("人/平方公里").unit.scale)).toBe("1/1000000");
  });

  it("reads 万元/人 and 元/人 as the same dimension at scales 10⁴ and 1", () => {
    const a = parseUnit("万元/人").unit;
    const b = parseUnit("元/人").unit;
    expect(sameDimensions(a, b)).toBe(true);
    expect(formatRational(a.scale)).toBe("10000");
    expect(formatRational(b.scale)).toBe("1");
  });

  it("reads products written with ·, * or ×", () => {
    for (const name of ["吨·公里", "吨*公里", "吨×公里"]) {
      const unit = parseUnit(name).unit;
      expect(unit.dims).toEqual({ length: 1, mass: 1 });
      expect(formatRational(unit.scale)).toBe("1000000000");
      expect(unit.name).toBe(name);
    }
  });

  it("reads exponents written as ^n, ^-n, ² and ³", () => {
    expect(parseUnit("米^2").unit.dims).toEqual({ length: 2 });
    expect(parseUnit("米²").unit.dims).toEqual({ length: 2 });
    expect(parseUnit("米³").unit.dims).toEqual({ length: 3 });
    expect(parseUnit("公里^2").unit.scale).toEqual({ num: 1000000n, den: 1n });
    expect(parseUnit("元·人^-1").unit.dims).toEqual({ money: 1, people: -1 });
    expect(parseUnit("万元/人^2").unit.dims).toEqual({ money: 1, people: -2 });
  });

  it("reads several divisors in turn", () => {
    expect(parseUnit("元/人/天").unit.dims).toEqual({ money: 1, people: -1, time: -1 });
    expect(formatRational(parseUnit("元/人/天").unit.scale)).toBe("1/24");
  });

  it("takes an unknown unit as its own opaque count, and lists it", () => {
    const { unit, unknownWords } = parseUnit("标准箱");
    expect(unit.name).toBe("标准箱");
    expect(unit.dims).toEqual({ "unknown:标准箱": 1 });
    expect(formatRational(unit.scale)).toBe("1");
    expect(unit.known).toBe(false);
    expect(unknownWords).toEqual(["标准箱"]);
  });

  it("gives two different unknown units different dimensions, and one unknown unit the same each time", () => {
    expect(sameDimensions(parseUnit("标准箱").unit, parseUnit("TEU").unit)).toBe(false);
    expect(sameDimensions(parseUnit("标准箱").unit, parseUnit("标准箱").unit)).toBe(true);
  });

  it("keeps the known part of a compound with an unknown word", () => {
    const { unit, unknownWords } = parseUnit("标准箱/万人");
    expect(unit.dims).toEqual({ people: -1, "unknown:标准箱": 1 });
    expect(formatRational(unit.scale)).toBe("1/10000");
    expect(unit.known).toBe(false);
    expect(unknownWords).toEqual(["标准箱"]);
  });

  it("does not take a prefix on an unknown word as a scale", () => {
    expect(parseUnit("万foo").unit.dims).toEqual({ "unknown:万foo": 1 });
    expect(parseUnit("万foo").unknownWords).toEqual(["万foo"]);
  });
});
