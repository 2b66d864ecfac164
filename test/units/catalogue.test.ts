import { describe, expect, it } from "vitest";
import type { Unit } from "../../src/units/index.js";
import { COUNT_WORDS, UNIT_ALIASES, catalogueWords, lookupUnitWord } from "../../src/units/catalogue.js";
import { formatRational } from "../../src/units/rational.js";

function word(name: string): Unit {
  const unit = lookupUnitWord(name);
  if (!unit) throw new Error(`'${name}' is not in the catalogue`);
  return unit;
}

/** Each base word: its dimensions and its scale relative to the base unit of those dimensions. */
const BASE_TABLE: readonly [string, Record<string, number>, string][] = [
  ["%", {}, "1"],
  ["百分点", {}, "1"],
  ["1", {}, "1"],
  ["倍", {}, "1"],
  ["元", { money: 1 }, "1"],
  ["吨标准煤", { energy: 1 }, "1"],
  ["克", { mass: 1 }, "1"],
  ["微克", { mass: 1 }, "1/1000000"],
  ["毫克", { mass: 1 }, "1/1000"],
  ["吨", { mass: 1 }, "1000000"],
  ["米", { length: 1 }, "1"],
  ["公里", { length: 1 }, "1000"],
  ["平方米", { length: 2 }, "1"],
  ["平方公里", { length: 2 }, "1000000"],
  ["公顷", { length: 2 }, "10000"],
  ["亩", { length: 2 }, "2000/3"],
  ["立方米", { length: 3 }, "1"],
  ["升", { length: 3 }, "1/1000"],
  ["毫升", { length: 3 }, "1/1000000"],
  ["人", { people: 1 }, "1"],
  ["人次", { visits: 1 }, "1"],
  ["小时", { time: 1 }, "1"],
  ["天", { time: 1 }, "24"],
  ["千瓦时", { electricity: 1 }, "1"],
  ["斤", { mass: 1 }, "500"],
];

describe("lookupUnitWord", () => {
  it.each(BASE_TABLE)("knows %s with its dimensions and scale", (name, dims, scale) => {
    const unit = word(name);
    expect(unit.dims).toEqual(dims);
    expect(formatRational(unit.scale)).toBe(scale);
    expect(unit.known).toBe(true);
  });

  it("names each base unit as written", () => {
    for (const [name] of BASE_TABLE.filter(([n]) => n !== "1")) expect(word(name).name).toBe(name);
  });

  it("reads % as a share and 百分点 as percentage points; 1 and 倍 are plain ratios", () => {
    expect(word("%").flavour).toBe("percent");
    expect(word("百分点").flavour).toBe("pp");
    expect(word("1").flavour).toBe("none");
    expect(word("倍").flavour).toBe("none");
  });

  it("makes each count word a dimension of its own", () => {
    for (const count of COUNT_WORDS) {
      const unit = word(count);
      expect(unit.dims).toEqual({ [`count:${count}`]: 1 });
      expect(formatRational(unit.scale)).toBe("1");
    }
    expect(new Set(COUNT_WORDS.map((c) => Object.keys(word(c).dims)[0])).size).toBe(COUNT_WORDS.length);
    expect(COUNT_WORDS).toEqual(expect.arrayContaining(["个", "家", "项", "件", "座", "户"]));
  });

  it.each([
    ["吨标煤", "吨标准煤"],
    ["tce", "吨标准煤"],
    ["pp", "百分点"],
    ["个百分点", "百分点"],
    ["千米", "公里"],
    ["平方千米", "平方公里"],
    ["公斤", "千克"],
    ["度", "千瓦时"],
  ])("reads the alias %s as %s, under its own name", (alias, target) => {
    const a = word(alias);
    const t = word(target);
    expect(UNIT_ALIASES[alias]).toBe(target);
    expect(a.name).toBe(alias);
    expect(a.dims).toEqual(t.dims);
    expect(a.scale).toEqual(t.scale);
    expect(a.flavour).toBe(t.flavour);
  });

  it.each([
    ["万元", { money: 1 }, "10000"],
    ["亿元", { money: 1 }, "100000000"],
    ["百万元", { money: 1 }, "1000000"],
    ["千万元", { money: 1 }, "10000000"],
    ["万亿元", { money: 1 }, "1000000000000"],
    ["万吨标准煤", { energy: 1 }, "10000"],
    ["万吨标煤", { energy: 1 }, "10000"],
    ["万tce", { energy: 1 }, "10000"],
    ["万人", { people: 1 }, "10000"],
    ["万人次", { visits: 1 }, "10000"],
    ["万亩", { length: 2 }, "20000000/3"],
    ["千克", { mass: 1 }, "1000"],
    ["万吨", { mass: 1 }, "10000000000"],
    ["亿千瓦时", { electricity: 1 }, "100000000"],
    ["万千瓦时", { electricity: 1 }, "10000"],
    ["万个", { "count:个": 1 }, "10000"],
    ["万户", { "count:户": 1 }, "10000"],
  ])("reads the magnitude prefix in %s", (name, dims, scale) => {
    const unit = word(name);
    expect(unit.dims).toEqual(dims);
    expect(formatRational(unit.scale)).toBe(scale);
    expect(unit.name).toBe(name);
    expect(unit.flavour).toBe("none");
  });

  it("reads 万人次 as ten thousand visits, not ten thousand people times a count", () => {
    expect(word("万人次").dims).toEqual({ visits: 1 });
  });

  it("puts no prefix on a dimensionless unit", () => {
    expect(lookupUnitWord("万%")).toBeUndefined();
    expect(lookupUnitWord("万百分点")).toBeUndefined();
    expect(lookupUnitWord("亿倍")).toBeUndefined();
  });

  it("does not know made-up words or a bare prefix", () => {
    for (const name of ["foo", "万", "亿", "万foo", "元元", ""]) expect(lookupUnitWord(name), name).toBeUndefined();
  });
});

describe("catalogueWords", () => {
  it("lists every base word and alias, each of which resolves", () => {
    const words = catalogueWords();
    for (const [name] of BASE_TABLE) expect(words).toContain(name);
    for (const count of COUNT_WORDS) expect(words).toContain(count);
    for (const alias of Object.keys(UNIT_ALIASES)) expect(words).toContain(alias);
    for (const w of words) expect(lookupUnitWord(w), w).toBeDefined();
    expect(new Set(words).size).toBe(words.length);
  });
});

describe("lookupUnitWord and names JavaScript gives a meaning", () => {
  it("knows no unit called constructor, toString, valueOf, hasOwnProperty or __proto__", () => {
    for (const word of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "万constructor"])
      expect(lookupUnitWord(word), word).toBeUndefined();
  });
});
