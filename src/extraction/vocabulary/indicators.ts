/**
 * The names of indicators. A subject phrase is read to an indicator id: the usual names of the usual indicators
 * each to one id (地区生产总值 and 国内生产总值 are both `gdp`), so that the same thing ties together across sentences
 * and the identities that hold by definition can name them; any other phrase is its own id.
 */

/** The usual names of the usual indicators, each to one id. Only names that mean exactly the indicator. */
export const INDICATOR_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  gdp: ["地区生产总值", "国内生产总值", "生产总值", "GDP", "全市生产总值", "全省生产总值", "经济"],
  gdp_per_capita: ["人均地区生产总值", "人均国内生产总值", "人均生产总值", "人均GDP"],
  primary: ["第一产业增加值"],
  secondary: ["第二产业增加值"],
  tertiary: ["第三产业增加值"],
  energy: ["能源消费总量", "能耗总量", "综合能源消费量"],
  energy_intensity: [
    "单位GDP能耗",
    "单位地区生产总值能耗",
    "单位国内生产总值能耗",
    "万元GDP能耗",
    "万元地区生产总值能耗",
    "单位生产总值能耗",
    "单位地区生产总值能源消耗",
    "单位国内生产总值能源消耗",
    "单位GDP能源消耗",
  ],
  carbon_intensity: [
    "单位地区生产总值二氧化碳排放",
    "单位国内生产总值二氧化碳排放",
    "单位GDP二氧化碳排放",
    "单位地区生产总值二氧化碳排放量",
    "单位国内生产总值二氧化碳排放量",
    "单位GDP二氧化碳排放量",
  ],
  budget_revenue: ["一般公共预算收入", "地方一般公共预算收入", "公共预算收入"],
  budget_expenditure: ["一般公共预算支出", "地方一般公共预算支出"],
  retail_sales: ["社会消费品零售总额", "社会消费品零售额"],
  investment: ["固定资产投资", "全社会固定资产投资", "全部投资", "投资"],
  trade: ["货物进出口总额", "进出口总额", "外贸进出口总额", "货物进出口", "进出口总值"],
  exports: ["出口总额", "出口额", "货物出口", "出口总值", "出口"],
  imports: ["进口总额", "进口额", "货物进口", "进口总值", "进口"],
  gdp_deflator: ["地区生产总值平减指数", "GDP平减指数", "生产总值平减指数"],
  income_per_capita: [
    "全体居民人均可支配收入",
    "居民人均可支配收入",
    "全市居民人均可支配收入",
    "全省居民人均可支配收入",
  ],
  urban_income: ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
  rural_income: ["农村居民人均可支配收入", "农村常住居民人均可支配收入"],
  income_ratio: ["城乡居民收入比", "城乡收入比", "城乡居民人均收入倍差", "城乡居民收入倍差"],
  population: ["常住人口", "年末常住人口"],
  consumer_prices: ["居民消费价格", "居民消费价格指数", "居民消费价格总水平", "CPI"],
  forest_cover: ["森林覆盖率"],
  urbanization: ["常住人口城镇化率", "城镇化率"],
  industrial_value_added: ["规模以上工业增加值", "规上工业增加值"],
};

/**
 * What a subject is a measure of, as the end of its phrase: a phrase that ends with one of these names a whole
 * indicator (制造业投资, 粮食产量); one without (制造业, 国有控股企业, 城镇) is a part of the indicator it speaks
 * under (分门类看, 制造业增长6.9%: the 制造业 part of 规模以上工业增加值). Longest first.
 */
export const MEASURE_ENDINGS: readonly string[] = [
  "增加值",
  "生产总值",
  "总产值",
  "产值",
  "投资",
  "投资额",
  "零售额",
  "零售总额",
  "销售额",
  "营业额",
  "营业收入",
  "收入",
  "支出",
  "利润",
  "利润总额",
  "税收",
  "产量",
  "总量",
  "产能",
  "出口",
  "进口",
  "进出口",
  "进出口额",
  "总额",
  "余额",
  "存款",
  "贷款",
  "人口",
  "人数",
  "人次",
  "播种面积",
  "面积",
  "用电量",
  "发电量",
  "消费量",
  "消费",
  "吞吐量",
  "客运量",
  "货运量",
  "周转量",
  "价格",
  "指数",
  "率",
  "比重",
  "比例",
  "占比",
  "规模",
  "数量",
  "保有量",
  "装机容量",
  "容量",
  "里程",
  "长度",
  "浓度",
  "天数",
  "件数",
  "个数",
  "户数",
  "家数",
  "次数",
  "费",
  "金额",
  "资金",
  "基金",
  "能耗",
  "排放量",
  "水平",
  "增速",
  "增幅",
  "涨幅",
  "降幅",
  "寿命",
  "成本",
  "负债",
  "资产",
  "单价",
  "均价",
  "系数",
  "量",
  "额",
  "值",
  "数",
].sort((a, b) => b.length - a.length);

/**
 * Parts named without a measure that mean one indicator when nothing else is spoken of: 第一产业拉动经济增长 is the
 * primary industry's value added. Under another indicator (分产业看, 第一产业投资增长…) they are its parts.
 */
export const CATEGORY_DEFAULTS: Readonly<Record<string, string>> = {
  第一产业: "primary",
  第二产业: "secondary",
  第三产业: "tertiary",
};

/**
 * Structures named by convention (三次产业结构): their parts' ids. A structure of something else (三次产业投资结构)
 * has the same parts of that thing.
 */
export const STRUCTURE_PARTS: Readonly<Record<string, readonly string[]>> = {
  三次产业: ["primary", "secondary", "tertiary"],
};

/** Words that name a structure after what it is of: 三次产业结构, 三次产业比例, 三次产业投资占比. */
export const STRUCTURE_WORDS = ["结构", "比例", "构成", "占比"] as const;

/**
 * Words that name the whole of the subject just spoken of, not an indicator of their own: 净增国家高新技术企业1724户，
 * 总数达10130户 (the firms' number); 新能源汽车产量…，总量占全国10.5%.
 */
export const SAME_SUBJECT_WORDS = ["总数", "总量", "总规模"] as const;

/**
 * Words of a subject that is a flow, counted over a span (城镇新增就业, 新建保障性住房, 累计造林): its figure over a plan's
 * years (〔330〕) is a total over them, not the difference of its levels.
 */
export const FLOW_WORDS = ["新增", "新建", "新开工", "累计", "引进", "培训", "造林", "投资", "转移"] as const;

/**
 * Words of a table's head over a plan's or a budget's figures (2020年规划目标, 预算数, 计划数), which are targets;
 * unless the head also says they were done (执行数, 完成预算%, 决算数).
 */
export const PLANNED_COLUMN_WORDS = ["目标", "计划", "预算", "规划"] as const;
/** Heads with a planned word over facts of the year: 计划总投资 is what projects were planned to cost. */
export const NOT_PLANNED_COLUMN_WORDS = ["计划总投资"] as const;
/** Words of a table's head over what was done (2020年完成, 执行数, 决算数): facts, whatever year they are of. */
export const DONE_COLUMN_WORDS = ["执行", "完成", "决算", "实际", "实绩"] as const;
/** Words of a table's head over all its years (五年累计, 2021—2025年累计). */
export const SPAN_WORDS = ["累计"] as const;
/** Heads of a column of item numbers. */
export const ORDINAL_HEADS = ["序号", "编号", "序"] as const;

/**
 * What newly counts things (新增, 新认定, 建成): 总数 after such a count is of the things, not of the new ones
 * (新认定国家高新技术企业300家，总数达2000家).
 */
export const NEWLY_WORDS = [
  "新增",
  "新建",
  "新认定",
  "新登记",
  "新设立",
  "新引进",
  "新开工",
  "新签约",
  "新培育",
  "新注册",
  "认定",
  "登记",
  "设立",
  "引进",
  "建成",
  "开工",
  "签约",
  "培育",
  "注册",
] as const;

/**
 * Ends of the name of a count of days, people or things (优良天数, 参保人数, 企业家数): a rate named with the words
 * before them (优良率, 参保率) divides that count, whose share it is.
 */
export const COUNT_NAME_ENDINGS = ["天数", "人数", "个数", "家数", "户数", "次数"] as const;

/**
 * Measures said in turn of one thing (粮食播种面积…，总产量…; 铁路客运量…，旅客周转量…; 人民币存款余额…，贷款余额…): a
 * bare measure of a family after a subject named with another of it is that subject's thing's.
 */
export const MEASURES_OF_ONE_THING: readonly (readonly string[])[] = [
  ["播种面积", "总产量", "产量", "单产"],
  ["客运量", "旅客周转量", "货运量", "货物周转量"],
  ["存款余额", "贷款余额"],
];

/** Names that open with a word of NEWLY_WORDS and count nothing new: 建成区 (the built-up area), 登记失业. */
export const NOT_NEWLY = ["建成区", "登记失业"] as const;

/**
 * Ends of the names of those figures are said of (规模以上工业企业, 以批发为主的上市公司, 城镇居民): a bare measure after
 * a subject that names one (…营业收入…；利润总额) is theirs.
 */
export const OWNER_ENDINGS = [
  "企业",
  "公司",
  "单位",
  "机构",
  "法人",
  "居民",
  "农户",
  "职工",
  "银行",
  "个体工商户",
] as const;

/** Ends of the names of balances (存款余额, 各项贷款): what is 新增 to one is its change, base said or not. */
export const BALANCE_ENDINGS = ["余额", "存款", "贷款"] as const;

/** Rates surveyed each month: printed for the year's end (年末…调查失业率5.1%), the figure is December's, not the year's average. */
export const MONTHLY_SURVEY_RATES = ["调查失业率"] as const;

/** Words before a usual name that make it another indicator: 人均 GDP is not GDP; 单位 GDP 能耗 is not 能耗. */
export const NAME_MODIFIERS = ["人均", "单位", "万元", "每", "百元", "亿元", "户均", "平均"] as const;

/** The ids of the usual indicators: a figure named by one of them is the same indicator wherever the text prints it. */
export const USUAL_IDS: ReadonlySet<string> = new Set([
  ...Object.keys(INDICATOR_SYNONYMS),
  ...Object.values(CATEGORY_DEFAULTS),
]);

/** Totals that are the sum of their parts by definition, by indicator id: GDP of the three industries, trade of exports and imports. */
export const DEFINED_TOTALS: Readonly<Record<string, readonly string[]>> = {
  gdp: ["primary", "secondary", "tertiary"],
  trade: ["exports", "imports"],
};

/** Identities that hold by definition between usual indicators, with the indicators each needs printed. */
export const DEFINED_IDENTITIES: readonly { readonly identity: string; readonly needs: readonly string[] }[] = [
  { identity: "energy_intensity = energy / gdp", needs: ["energy", "gdp", "energy_intensity"] },
  { identity: "income_ratio = urban_income / rural_income", needs: ["income_ratio", "urban_income", "rural_income"] },
];

/**
 * Breakdowns that make up their whole when every part is printed (分产业: the three industries; 按经营地分: 城镇 and
 * 乡村; 分区域: the four regions): the parts of a total a text names in one of these add up to it. Any other
 * breakdown (分经济类型, 其中…) may leave things out or overlap, and proposes nothing.
 */
export const COMPLETE_BREAKDOWNS: readonly (readonly string[])[] = [
  ["第一产业", "第二产业", "第三产业"],
  ["城镇", "乡村"],
  ["城镇", "农村"],
  ["东部地区", "中部地区", "西部地区", "东北地区"],
  ["轻工业", "重工业"],
  // 一般公共预算收入: 税收收入 and 非税收入
  ["税收", "非税"],
];

/**
 * Ends of a subject's name that make it no amount its parts add up to: prices and indexes, rates, shares and
 * coefficients, and per-head or average figures (城镇居民恩格尔系数 and 农村居民恩格尔系数 do not add up to the whole's;
 * 工业生产者出厂价格 is an average of its parts' prices). A breakdown of such a subject proposes no parts.
 */
export const NOT_ADDITIVE_ENDINGS: readonly string[] = [
  "价格",
  "价",
  "指数",
  "系数",
  "率",
  "比重",
  "占比",
  "比例",
  "份额",
  "比",
  "倍差",
  "人均",
  "平均",
  "均价",
];

/**
 * Words that make a subject per head, per thousand or an average wherever they stand in its name (人均可支配收入, 平均
 * 工资, 每千人口床位, 生均教育经费, 次均门诊费用, 日均担负诊疗人次, 户均人数).
 */
export const NOT_ADDITIVE_WORDS: readonly string[] = [
  "人均",
  "平均",
  "均价",
  "每千",
  "每万",
  "每十万",
  "每百",
  "生均",
  "次均",
  "日均",
  "户均",
  "校均",
  "床均",
  "年均",
  "月均",
];

/**
 * Ends of what an opening 在A中 names when A is the whole of what follows (在法人单位中, 在规模以上工业中, 在校生中):
 * things, their kinds and people, besides measures; 在推进改革过程中, 在全省考核中 name none.
 */
export const WHOLE_ENDINGS = [
  "业",
  "企业",
  "公司",
  "单位",
  "机构",
  "法人",
  "组织",
  "学校",
  "院校",
  "医院",
  "居民",
  "农户",
  "职工",
  "人口",
  "人员",
  "学生",
  "在校生",
  "幼儿",
  "项目",
  "工程",
] as const;

/** Words that open with 在 and name a thing (在校生, 在建项目): 在 is no preposition there. */
export const IN_WORDS = [
  "在校",
  "在岗",
  "在园",
  "在建",
  "在库",
  "在读",
  "在职",
  "在册",
  "在营",
  "在用",
  "在线",
  "在编",
] as const;

/** What an opening goes through when it goes through times, not parts of an indicator (分季度看, 分月看, 按年度分). */
export const BY_TIME_WORDS = ["季度", "月份", "月", "年度", "年份"] as const;

/**
 * What a table's caption breaks its subject down by, after 分 or 按 (表7 分行业固定资产投资增长速度, 按登记注册类型分工业
 * 增加值): each row of such a table that is not its total is a part of the subject.
 */
export const BREAKDOWN_BY: readonly string[] = [
  "行业",
  "产业",
  "门类",
  "地区",
  "区域",
  "区县",
  "县区",
  "县市区",
  "城乡",
  "类别",
  "类型",
  "经济类型",
  "登记注册类型",
  "用途",
  "构成",
];

/**
 * Words that name several things at once, which a 分别 list then gives in turn: 城乡居民人均可支配收入分别增长4.4%、
 * 5.6% is 城镇居民… 4.4% and 农村居民… 5.6%; 三次产业…分别为2.0%、28.6%和69.4% is 第一, 第二 and 第三产业;
 * 人民币存贷款余额 is 人民币存款余额 and 人民币贷款余额.
 */
export const GROUPED_WORDS: Readonly<Record<string, readonly string[]>> = {
  城乡: ["城镇", "农村"],
  中小学: ["中学", "小学"],
  男女: ["男性", "女性"],
  三次产业: ["第一产业", "第二产业", "第三产业"],
  存贷款: ["存款", "贷款"],
  内外资: ["内资", "外资"],
};

/** Averages over groups, by definition: 全体居民 income per head is an average of 城镇 and 农村 residents'. */
export const DEFINED_MEANS: Readonly<Record<string, readonly string[]>> = {
  income_per_capita: ["urban_income", "rural_income"],
};
