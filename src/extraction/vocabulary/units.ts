/**
 * The units a figure is printed in. A unit as printed is a magnitude (万, 亿, 千 …) followed by a unit word (元, 吨,
 * 人, 公顷, 头 …), or a compound of two (吨标准煤/万元, 微克/立方米). Units the catalogue (`units/`) does not know
 * are read all the same: verification takes an unknown count word as a count of its own.
 */

import { COUNT_WORDS } from "../../units/index.js";

/** Magnitudes printed before a unit word, longest first. */
export const MAGNITUDES = ["万亿", "千万", "百万", "十万", "亿", "万", "千", "百"] as const;

/** Units of measure: money, mass, energy, area, length, volume, electricity, time, people. */
export const MEASURE_WORDS = [
  "美元",
  "欧元",
  "元",
  "吨标准煤",
  "吨标煤",
  "标准煤",
  "吨公里",
  "人公里",
  "吨",
  "千克",
  "公斤",
  "克",
  "微克",
  "毫克",
  "斤",
  "平方公里",
  "平方千米",
  "平方米",
  "公顷",
  "亩",
  "立方米",
  "公里",
  "千米",
  "米",
  "千瓦时",
  "千瓦",
  "兆瓦",
  "瓦",
  "千伏安时",
  "千伏安",
  "伏安",
  "标准箱",
  "标箱",
  "人次",
  "户次",
  "人",
  "小时",
  "分钟",
  "天",
  // (a day as a length of time, 平均住院日8.8日; 15日 after a month is a date, read as one first)
  "日",
  "岁",
  "分贝",
  "℃",
  "摄氏度",
  // concentrations and energy as printed in Latin letters (PM2.5浓度46μg/m3, 发电量12亿kWh)
  "μg/m3",
  "μg/m³",
  "ug/m3",
  "mg/m3",
  "mg/m³",
  "mg/L",
  "kWh",
  "TEU",
  // data volumes, printed in Latin letters (3376亿GB)
  "GB",
  "TB",
  "PB",
] as const;

/** Unit words printed only over a slash, as a price's numerator (电价下降1分/千瓦时): read there and nowhere else. */
export const OVER_UNIT_WORDS = ["分", "角"] as const;

/** Unit words printed only under a slash, as what a unit is reckoned per (毫克/升): read there and nowhere else. */
export const PER_UNIT_WORDS = ["毫升", "升"] as const;

/** Count words (个, 家 …): each counts a kind of thing; the unit catalogue's list, one list for both. */
export { COUNT_WORDS };

/** Figures with these units state a rate, not an amount. */
export const RATE_UNITS = {
  percent: "%",
  permille: "‰",
  points: ["个百分点", "百分点"],
  /** A change of a rate per mille: 自然增长率…比上年提高0.01个千分点. */
  permillePoints: ["个千分点", "千分点"],
  times: "倍",
} as const;

/** A unit after a number that makes it no figure's value but part of a name or a date (110千伏, 5G). */
export const NAME_UNITS = ["千伏", "号线", "线", "国道", "省道", "周年"] as const;

/** Every unit word, longest first, so that 万吨标准煤 wins over 万吨 and 人次 over 人. */
export const UNIT_WORDS: readonly string[] = [...MEASURE_WORDS, ...COUNT_WORDS].sort((a, b) => b.length - a.length);

/** Verbs that say what became of things counted before them (8所高校入选, 10个项目加快推进): where the counted thing's name ends. */
export const COUNTED_VERBS = [
  "入选",
  "获批",
  "加快",
  "开工",
  "建成",
  "竣工",
  "投用",
  "投运",
  "落地",
  "通过",
  "列入",
  "纳入",
  "获评",
  "实现",
  "完成",
] as const;

/**
 * Words a subject ends with that say what it counts, and the unit it is counted in: a magnitude printed alone after
 * such a subject (诊疗人次9.5亿, 常住人口1.2亿, 宽带用户3000万) is in that unit (亿人次, 亿人, 万户).
 */
export const COUNTED_ENDINGS: Readonly<Record<string, string>> = {
  人次: "人次",
  // legal persons are bodies, not people: counted in 个
  法人: "个",
  户次: "户次",
  人口: "人",
  人数: "人",
  人员: "人",
  人: "人",
  户数: "户",
  户: "户",
  个数: "个",
  家数: "家",
  件数: "件",
};

/** Years as a table's row may be counted in them (受教育年限（年）): a unit the unit words leave out, 年 being a date's. */
export const TIME_UNITS = ["年"] as const;
