import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  conversionFactor,
  divideUnits,
  isOne,
  multiplyUnits,
  parseUnit,
  sameDimensions,
  type Unit,
} from "../../src/units/index.js";
import { multiplyRational } from "../../src/units/rational.js";

const RUNS = { seed: 42, numRuns: 300 };

/** Units grouped by dimension: any two of one group convert into each other. */
const FAMILIES: readonly (readonly string[])[] = [
  ["元", "万元", "亿元", "百万元", "千万元"],
  ["吨标准煤", "万吨标准煤", "吨标煤", "万吨标煤", "tce"],
  ["人", "万人"],
  ["人次", "万人次"],
  ["平方米", "公顷", "平方公里", "亩", "万亩", "平方千米"],
  ["吨标准煤/万元", "万吨标准煤/亿元", "吨标准煤/亿元", "吨标准煤/元"],
  ["平方米/人", "平方米/万人", "公顷/万人"],
  ["%", "百分点", "1", "倍"],
];

const u = (name: string): Unit => parseUnit(name).unit;
const family = fc.constantFrom(...FAMILIES);
const three = family.chain((f) => fc.tuple(fc.constantFrom(...f), fc.constantFrom(...f), fc.constantFrom(...f)));

describe("unit conversions (properties)", () => {
  it("converting a → b → c is converting a → c", () => {
    fc.assert(
      fc.property(three, ([a, b, c]) => {
        expect(sameDimensions(u(a), u(c))).toBe(true);
        expect(multiplyRational(conversionFactor(u(a), u(b)), conversionFactor(u(b), u(c)))).toEqual(
          conversionFactor(u(a), u(c)),
        );
      }),
      RUNS,
    );
  });

  it("converting there and back is the identity", () => {
    fc.assert(
      fc.property(three, ([a, b]) => {
        expect(isOne(multiplyRational(conversionFactor(u(a), u(b)), conversionFactor(u(b), u(a))))).toBe(true);
      }),
      RUNS,
    );
  });

  it("units of different families never share dimensions", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FAMILIES.length - 1 }),
        fc.integer({ min: 0, max: FAMILIES.length - 1 }),
        fc.nat(),
        fc.nat(),
        (i, j, a, b) => {
          fc.pre(i !== j);
          const x = FAMILIES[i]![a % FAMILIES[i]!.length]!;
          const y = FAMILIES[j]![b % FAMILIES[j]!.length]!;
          expect(sameDimensions(u(x), u(y))).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("a unit divided by itself times itself is itself in dimensions and scale", () => {
    fc.assert(
      fc.property(three, ([a, b]) => {
        const ratio = divideUnits(u(a), u(b));
        const back = multiplyUnits(ratio, u(b));
        expect(sameDimensions(back, u(a))).toBe(true);
        expect(isOne(conversionFactor(back, u(a)))).toBe(true);
      }),
      RUNS,
    );
  });
});
