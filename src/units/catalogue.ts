import { rational, type Rational } from "./rational.js";
import { DIMENSIONLESS, PERCENT, PERCENTAGE_POINT, makeUnit, type Unit } from "./unit.js";

/**
 * The statistical units plansheet knows, by the name a Chinese statistical report prints. Base units have
 * scale 1: 元 (money), 吨标准煤 (energy, tce), 克 (mass), 米 (length; areas and volumes are its square and
 * cube), 人 (people), 人次 (visits), 小时 (time), 千瓦时 (electricity), 瓦 (power), 伏 (voltage), 美元 (a money
 * of its own), and one dimension per count word.
 */
const BASE: Record<string, Unit> = {
  "%": PERCENT,
  百分点: PERCENTAGE_POINT,
  "1": DIMENSIONLESS,
  倍: { ...DIMENSIONLESS, name: "倍" },
  元: makeUnit("元", { money: 1 }),
  吨标准煤: makeUnit("吨标准煤", { energy: 1 }),
  克: makeUnit("克", { mass: 1 }),
  微克: makeUnit("微克", { mass: 1 }, rational(1, 1_000_000)),
  毫克: makeUnit("毫克", { mass: 1 }, rational(1, 1000)),
  吨: makeUnit("吨", { mass: 1 }, rational(1_000_000)),
  // (市斤, the unit of grain output in work reports: 亿斤)
  斤: makeUnit("斤", { mass: 1 }, rational(500)),
  米: makeUnit("米", { length: 1 }),
  公里: makeUnit("公里", { length: 1 }, rational(1000)),
  平方米: makeUnit("平方米", { length: 2 }),
  平方公里: makeUnit("平方公里", { length: 2 }, rational(1_000_000)),
  公顷: makeUnit("公顷", { length: 2 }, rational(10_000)),
  亩: makeUnit("亩", { length: 2 }, rational(2000, 3)),
  立方米: makeUnit("立方米", { length: 3 }),
  升: makeUnit("升", { length: 3 }, rational(1, 1000)),
  毫升: makeUnit("毫升", { length: 3 }, rational(1, 1_000_000)),
  人: makeUnit("人", { people: 1 }),
  人次: makeUnit("人次", { visits: 1 }),
  小时: makeUnit("小时", { time: 1 }),
  天: makeUnit("天", { time: 1 }, rational(24)),
  日: makeUnit("日", { time: 1 }, rational(24)),
  千瓦时: makeUnit("千瓦时", { electricity: 1 }),
  瓦: makeUnit("瓦", { power: 1 }),
  兆瓦: makeUnit("兆瓦", { power: 1 }, rational(1_000_000)),
  伏: makeUnit("伏", { voltage: 1 }),
  // a currency of its own: converting it to 元 takes an exchange rate, which is a figure, not a unit
  美元: makeUnit("美元", { money_usd: 1 }),
};

/** Count words: each is a dimension of its own (`count:家`), so a number of firms never adds to a number of projects. */
export const COUNT_WORDS = [
  "个",
  "家",
  "项",
  "件",
  "座",
  "户",
  "套",
  "条",
  "辆",
  "处",
  "所",
  "张",
  "床",
  "名",
  "起",
  "次",
  "片",
  "株",
  "宗",
  "栋",
  "间",
  "台",
  "块",
  "类",
  "批",
  "届",
  "只",
  "头",
  "羽",
  "匹",
  "双",
  "艘",
  "架",
  "列",
  "部",
  "本",
  "册",
  "场",
  "篇",
  "种",
  "棵",
  "根",
  "眼",
  "幢",
  "例",
  "位",
  "支",
  "份",
  "颗",
  "盏",
  "辆次",
  "架次",
  "趟",
  "枚",
  "场次",
  "批次",
  "笔",
  "单",
  "集",
  "卷",
  "期",
  "轮",
  "对",
] as const;
for (const word of COUNT_WORDS) BASE[word] = makeUnit(word, { [`count:${word}`]: 1 });

/** Other names for the same unit. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  吨标煤: "吨标准煤",
  tce: "吨标准煤",
  pp: "百分点",
  个百分点: "百分点",
  千米: "公里",
  平方千米: "平方公里",
  公斤: "千克",
  度: "千瓦时",
};

/** Chinese magnitude prefixes: 万元 is 10⁴ 元, 亿元 10⁸ 元, 千克 10³ 克. */
const PREFIXES: readonly (readonly [string, bigint])[] = [
  ["百万", 1_000_000n],
  ["千万", 10_000_000n],
  ["万", 10_000n],
  ["亿", 100_000_000n],
  ["千", 1000n],
  ["百", 100n],
];

function scaled(unit: Unit, name: string, factor: Rational): Unit {
  return {
    ...unit,
    name,
    scale: rational(unit.scale.num * factor.num, unit.scale.den * factor.den),
    flavour: "none",
  };
}

/**
 * The catalogue entry for one unit word (no `/`): a base unit, an alias, or a magnitude prefix on either
 * (`万吨标准煤`, `亿千瓦时`, `万人次`). `undefined` when the word is not known.
 */
export function lookupUnitWord(word: string): Unit | undefined {
  // Own entries only: `constructor` or `toString` is no unit, whatever Object.prototype holds.
  const direct = Object.hasOwn(BASE, word) ? BASE[word] : undefined;
  if (direct) return direct;
  const alias = Object.hasOwn(UNIT_ALIASES, word) ? UNIT_ALIASES[word] : undefined;
  if (alias) {
    const target = lookupUnitWord(alias);
    return target && { ...target, name: word };
  }
  for (const [prefix, factor] of PREFIXES) {
    if (word.length > prefix.length && word.startsWith(prefix)) {
      const rest = lookupUnitWord(word.slice(prefix.length));
      if (rest && Object.keys(rest.dims).length > 0) return scaled(rest, word, rational(factor));
    }
  }
  return undefined;
}

/** Every unit word the catalogue holds directly (prefixed forms are derived), for documentation and tests. */
export function catalogueWords(): string[] {
  return [...Object.keys(BASE), ...Object.keys(UNIT_ALIASES)];
}
