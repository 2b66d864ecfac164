import { chineseNumber } from "../../core/index.js";
import { CENSUS_YEARS } from "../vocabulary/documents.js";

/** A national census by its number and kind: 第五次全国经济普查, 第七次全国人口普查. */
export const CENSUS_NAME = new RegExp(`第([一二三四五六七八九十]{1,3})次全国(${Object.keys(CENSUS_YEARS).join("|")})`);

/** The year of the census a text names (第四次全国经济普查: 2018), if any and known. */
export function censusNamed(text: string): number | undefined {
  const m = CENSUS_NAME.exec(text);
  const n = m ? chineseNumber(m[1]!) : undefined;
  return n === undefined ? undefined : CENSUS_YEARS[m![2]!]![n - 1];
}
