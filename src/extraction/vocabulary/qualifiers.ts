/**
 * Qualifiers printed around a figure, each with the claims file's word for it (verification reads them on the
 * figure's magnitude: 增长5%以上 is at least 5%). Before the number: 超过, 近, 约; after it (and its unit): 以上,
 * 左右; between the number and its unit: 余, 多 (3000余万元).
 */
export const QUALIFIERS_BEFORE: Readonly<Record<string, string>> = {
  不低于: "不低于",
  不少于: "不低于",
  至少: "至少",
  不超过: "不超过",
  不高于: "不超过",
  不足: "不足",
  不到: "不到",
  // (right before the number: 连续三年低于3%; before a name they compare, 低于全国1.2个百分点)
  低于: "不到",
  高于: "超过",
  超过: "超过",
  超出: "超过",
  突破: "突破",
  跨过: "突破",
  跨越: "突破",
  迈上: "突破",
  站上: "突破",
  逾: "逾",
  超: "超",
  接近: "近",
  近: "近",
  约: "约",
  大约: "约",
  约为: "约",
};
/** Words that end in a qualifier's character and are no qualifier: 项目签约3543亿元 is signed, not about 3543. */
export const LOOKS_LIKE_A_QUALIFIER: readonly string[] = [
  "签约",
  "节约",
  "制约",
  "预约",
  "履约",
  "违约",
  "条约",
  "特约",
  "最近",
  "附近",
  "赶超",
];

export const QUALIFIERS_AFTER: Readonly<Record<string, string>> = {
  以上: "以上",
  及以上: "以上",
  以内: "以内",
  以下: "以下",
  左右: "左右",
  上下: "左右",
  多: "多",
  余: "余",
};
/** Signs of a bound before a figure in a table's cell (>7, ≥95, <10), as the words they stand for. */
export const CELL_BOUNDS: Readonly<Record<string, string>> = {
  ">": "超过",
  "＞": "超过",
  "≥": "不低于",
  "<": "不足",
  "＜": "不足",
  "≤": "不超过",
};
/** Between a number and its unit: 1000余平方公里, 3000多万元. */
export const QUALIFIERS_INSIDE: Readonly<Record<string, string>> = { 余: "余", 多: "多" };

/** Words that mark a figure as an estimate. */
export const ESTIMATE_WORDS = ["预计", "初步核算", "初步统计", "快报"] as const;

/** How a qualifier bounds a target: at least, at most, more than, less than, about. */
export const TARGET_BOUNDS: Readonly<Record<string, ">=" | "<=" | ">" | "<" | "~">> = {
  以上: ">=",
  不低于: ">=",
  至少: ">=",
  以内: "<=",
  以下: "<=",
  不超过: "<=",
  超过: ">",
  突破: ">",
  超: ">",
  逾: ">",
  不足: "<",
  不到: "<",
  左右: "~",
  约: "~",
  近: "~",
};

/**
 * Words of an indicator's name whose target is a ceiling when no bound is printed: prices are held down
 * (居民消费价格涨幅3%左右 is at most about 3%), where a growth target (增长5%左右) is a floor.
 */
export const CEILING_TARGET_WORDS = ["价格", "物价", "CPI"] as const;
