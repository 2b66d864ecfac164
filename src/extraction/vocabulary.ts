/**
 * The words of Chinese statistical texts that extraction reads: units as printed (longest first, so that 万吨标准煤
 * wins over 万吨), the verbs of change and their signs, qualifiers, and the usual names of the usual indicators.
 */

/** Chinese numerals that carry a quantity (五年, 两倍, 翻一番). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Units a figure may be printed in, longest first; each is a unit of the catalogue (`units/`), spelled as it spells it. */
export const UNITS = [
  "吨标准煤/万元", "吨标煤/万元", "万吨标准煤", "吨标准煤", "万吨标煤", "个百分点", "百分点", "平方公里", "万平方米", "平方米", "万人次", "万亿元",
  "千瓦时", "万千瓦", "千伏", "兆瓦", "公顷", "万公顷", "亿元", "万元", "美元", "万吨", "万户", "万人", "万亩", "公里", "人次", "千米",
  "万名", "万个", "万套", "万件", "万辆", "万家", "万株", "亿美元", "万美元", "亿千瓦时", "万千瓦时",
  "微克", "元", "吨", "户", "人", "亩", "个", "家", "座", "条", "项", "处", "套", "件", "所", "片", "辆", "台", "名", "起", "块", "类",
  "批", "届", "次", "天", "米", "倍", "%",
].sort((a, b) => b.length - a.length);

/** Verbs of change before a figure, and the direction they give it. */
export const RISE = ["增长", "增加", "上涨", "提高", "提升", "上升", "加快", "扩大", "递增", "回升", "增产", "增收"];
export const FALL = ["下降", "减少", "降低", "回落", "下滑", "下跌", "缩小", "放缓", "收窄", "递减", "减量", "精简", "减产", "减收"];

/** Qualifier words before a figure (超过50%) and after it (50%以上). */
export const QUALIFIERS_BEFORE = ["不低于", "不少于", "不超过", "超过", "突破", "不足", "不到", "至少", "低于", "逾", "超", "近", "约"];
export const QUALIFIERS_AFTER = ["以上", "以内", "以下", "左右", "余", "多"];

/** Words that begin a subject phrase but are not part of it. */
export const LEAD_WORDS = /^(?:上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s*[—\-－~至]\s*\d{1,2}月份?|\d{1,2}月份|其中|累计|全年|全区|全县|全市|全省|年末|年底|预计|初步核算|按可比价格计算|按现价计算|按经营地分|分产业看|总的看|同时|此外|另外|[和与及、，])+/;

/**
 * The usual names of the usual indicators, each to one id: the same subject ties together across sentences
 * (地区生产总值 in one, GDP in another), and the proposed identities (intensity = energy / GDP) can name them.
 */
export const INDICATOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  gdp: ["地区生产总值", "GDP", "国内生产总值", "生产总值", "经济增长", "经济"],
  gdp_per_capita: ["人均地区生产总值", "人均GDP", "人均生产总值"],
  primary: ["第一产业增加值", "第一产业"],
  secondary: ["第二产业增加值", "第二产业"],
  tertiary: ["第三产业增加值", "第三产业"],
  energy: ["能源消费总量", "能耗总量", "综合能源消费量"],
  energy_intensity: ["单位GDP能耗", "单位地区生产总值能耗", "万元GDP能耗", "万元地区生产总值能耗", "单位生产总值能耗"],
  budget_revenue: ["一般公共预算收入", "公共预算收入", "地方一般公共预算收入"],
  budget_expenditure: ["一般公共预算支出"],
  retail_sales: ["社会消费品零售总额", "社会消费品零售额"],
  investment: ["全社会固定资产投资", "固定资产投资", "全部投资", "投资"],
  trade: ["进出口总额", "外贸进出口总额", "货物进出口总额", "进出口"],
  exports: ["出口总额", "出口"],
  imports: ["进口总额", "进口"],
  gdp_deflator: ["地区生产总值平减指数", "GDP平减指数", "生产总值平减指数"],
  income_per_capita: ["全体居民人均可支配收入", "居民人均可支配收入", "人均可支配收入"],
  urban_income: ["城镇居民人均可支配收入"],
  rural_income: ["农村居民人均可支配收入"],
  income_ratio: ["城乡居民收入比", "城乡收入比"],
  population: ["常住人口"],
  consumer_prices: ["居民消费价格", "居民消费价格指数", "CPI"],
  forest_cover: ["森林覆盖率"],
  urbanization: ["常住人口城镇化率", "城镇化率"],
  unemployment: ["城镇登记失业率", "城镇调查失业率"],
};

/** The id of each alias. */
export const ALIAS_TO_ID: ReadonlyMap<string, string> = new Map(Object.entries(INDICATOR_ALIASES).flatMap(([id, names]) => names.map((n) => [n, id] as const)));

/** The parts of a total that a structure or a list names by convention (三次产业). */
export const CONVENTIONAL_PARTS: Readonly<Record<string, readonly string[]>> = {
  三次产业: ["primary", "secondary", "tertiary"],
};

/** Totals that are the sum of their parts by definition, by indicator id: GDP of the three industries, trade of exports and imports. */
export const DEFINED_TOTALS: Readonly<Record<string, readonly string[]>> = {
  gdp: ["primary", "secondary", "tertiary"],
  trade: ["exports", "imports"],
};

/** Words before a usual name that make it another indicator: 人均, 单位, 万元 (per head, per unit of …). */
export const NAME_MODIFIERS = /人均|单位|万元|每|百元|亿元/;
