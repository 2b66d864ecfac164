/**
 * Intensities: what is printed per unit of output (单位国内生产总值能耗, 万元GDP用水量), and the words that say so. A
 * list's first item lends its per-output lead to the items after it that are printed so.
 */

/**
 * What an intensity is per, at the head of its name (单位国内生产总值能耗: energy per unit of output). The first item of
 * a list that opens with one lends it to the items after it that are printed per output (PER_OUTPUT_ITEMS):
 * 单位地区生产总值能耗和二氧化碳排放 is energy and carbon intensity, 单位国内生产总值用水量、能耗 both per unit of
 * output; 单位地区生产总值能耗、二氧化硫排放量 is an intensity and a total. Longest first.
 */
export const PER_OUTPUT_LEADS: readonly string[] = [
  "单位地区生产总值",
  "单位国内生产总值",
  "单位工业增加值",
  "单位生产总值",
  "单位GDP",
  "万元地区生产总值",
  "万元国内生产总值",
  "万元工业增加值",
  "万元GDP",
];

/** What is printed per unit of output after a PER_OUTPUT_LEADS word: energy, water, carbon, land. */
export const PER_OUTPUT_ITEMS: readonly string[] = [
  "能耗",
  "能源消耗",
  "能源消费",
  "用水量",
  "水耗",
  "电耗",
  "二氧化碳排放",
  "二氧化碳排放量",
  "碳排放",
  "碳排放量",
  "建设用地",
  "建设用地使用面积",
];
