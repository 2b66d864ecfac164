/**
 * The prices a growth rate is printed at when the text says nothing, by family of indicator, as Chinese statistics
 * publish them: value added (GDP, 增加值, 规上工业增加值, 国民总收入, 全员劳动生产率) grows at comparable prices (实际增长); retail sales,
 * investment, fiscal revenue and spending, foreign trade (customs values) and income grow at current prices (名义)
 * unless the text says 扣除价格因素, 实际 or 按可比口径.
 */
export const PRICE_BASIS_FAMILIES: readonly {
  readonly family: string;
  readonly basis: "comparable" | "current";
  /** The usual ids of the family. */
  readonly ids: readonly string[];
  /** How the names of its other members end (制造业增加值, 第三产业增加值). */
  readonly endings: readonly string[];
}[] = [
  {
    family: "value added",
    basis: "comparable",
    ids: ["gdp", "gdp_per_capita", "primary", "secondary", "tertiary", "industrial_value_added"],
    // 国民总收入 and 全员劳动生产率 (value added per worker) are published so too: levels current, growth real
    endings: ["增加值", "生产总值", "国民总收入", "劳动生产率"],
  },
  { family: "sales", basis: "current", ids: ["retail_sales"], endings: ["零售总额", "零售额", "销售额", "销售总额"] },
  { family: "investment", basis: "current", ids: ["investment"], endings: ["投资", "投资额"] },
  {
    family: "public finance",
    basis: "current",
    ids: ["budget_revenue", "budget_expenditure"],
    endings: ["预算收入", "预算支出", "税收收入", "财政收入", "财政支出"],
  },
  {
    family: "foreign trade",
    basis: "current",
    ids: ["trade", "exports", "imports"],
    endings: ["进出口总额", "出口总额", "进口总额", "进出口额"],
  },
  {
    family: "income",
    basis: "current",
    ids: ["income_per_capita", "urban_income", "rural_income"],
    endings: ["可支配收入", "消费支出"],
  },
];

/** The basis a growth rate of an indicator is at when its text says nothing, from its family; undefined when no family says. */
export function familyBasis(indicator: string, label?: string): "comparable" | "current" | undefined {
  for (const f of PRICE_BASIS_FAMILIES) {
    if (f.ids.includes(indicator) || (label !== undefined && f.endings.some((e) => label.endsWith(e)))) return f.basis;
  }
  return undefined;
}
