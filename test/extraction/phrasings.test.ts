import { describe, expect, it } from "vitest";
import {
  claimsDefinitionOf,
  extractClaims,
  type ExtractedClaim,
  type ExtractOptions,
} from "../../src/extraction/index.js";
import { verifyClaims } from "../../src/verification/index.js";

/**
 * The phrasings of Chinese statistical texts, each as a clause in and claims out. A row reads
 * `indicator kind value when [qualifiers] [of=…] [than=…] [@part of the year]`, the indicator with its region and
 * part in front (全国·consumer_prices). Add a phrasing by adding a line.
 */
function rows(text: string, options: ExtractOptions = { year: 2023 }): string[] {
  return extractClaims(text, options).claims.map(row);
}

function row(c: ExtractedClaim): string {
  const who = [c.region, c.breakdown, c.indicator].filter((p) => p !== undefined).join("·");
  const when = c.year !== undefined ? String(c.year) : `${c.from}-${c.to}`;
  const than = c.than ? `than=${c.than.indicator ?? c.than.period ?? `${c.than.from}-${c.than.to}`}` : "";
  return [
    who,
    c.kind,
    c.value,
    when,
    (c.qualifiers ?? []).join(","),
    c.of ? `of=${c.of}` : "",
    than,
    c.period ? `@${c.period}` : "",
  ]
    .filter((x) => x !== "")
    .join(" ");
}

const Y2021 = { year: 2021 };

/** [what the phrasing is, the text, the options, the claims]. */
const PHRASINGS: readonly [string, string, ExtractOptions, readonly string[]][] = [
  // levels, changes and their bases
  [
    "a level, its change against a year and its average",
    "社会消费品零售额109亿元，比2016年增长22.6%，年均增速4.2%。",
    Y2021,
    [
      "retail_sales level 109 2021",
      "retail_sales cumulative_change 22.6% 2016-2021",
      "retail_sales average_growth 4.2% 2016-2021",
    ],
  ],
  ["完成 and 预计 with the year said", "预计2021年完成地区生产总值276亿元。", Y2021, ["gdp level 276 2021 预计"]],
  ["实现 before the subject", "全年实现一般公共预算收入28.4亿元。", { year: 2023 }, ["budget_revenue level 28.4 2023"]],
  [
    "比上年 and 同比, a decline",
    "全年能源消费总量比上年下降2.1%，工业投资同比增长12.5%。",
    { year: 2023 },
    ["energy cumulative_change -2.1% 2022-2023", "工业投资 cumulative_change 12.5% 2022-2023"],
  ],
  [
    "a growth with no base printed is against the year before",
    "出口31.2亿元，增长15.8%。",
    { year: 2023 },
    ["exports level 31.2 2023", "exports cumulative_change 15.8% 2022-2023"],
  ],
  [
    "年均下降 after the base said once",
    "单位GDP能耗比2016年下降20.34%，年均下降4.07%。",
    Y2021,
    ["energy_intensity cumulative_change -20.34% 2016-2021", "energy_intensity average_growth -4.07% 2016-2021"],
  ],
  [
    "两年平均",
    "社会消费品零售总额同比增长8.5%，两年平均增长4.9%。",
    { year: 2023 },
    ["retail_sales cumulative_change 8.5% 2022-2023", "retail_sales average_growth 4.9% 2021-2023"],
  ],
  [
    "a range of years printed",
    "全体居民人均可支配收入2016—2020年年均增长7.8%。",
    { year: 2023 },
    ["income_per_capita average_growth 7.8% 2016-2020"],
  ],
  // points, shares and rates
  [
    "a rate and its point change",
    "常住人口城镇化率为62.4%，比上年末提高0.9个百分点。",
    { year: 2023 },
    ["urbanization share 62.4% 2023", "urbanization pp_change 0.9pp 2022-2023"],
  ],
  [
    "分别 after clauses of their own subjects",
    "森林覆盖率48.08%，林木绿化率72.75%，分别提高4.8和5.5个百分点。",
    Y2021,
    [
      "forest_cover share 48.08% 2021",
      "林木绿化率 share 72.75% 2021",
      "forest_cover pp_change 4.8pp 2020-2021",
      "林木绿化率 pp_change 5.5pp 2020-2021",
    ],
  ],
  [
    "a share of a named whole",
    "税收收入占一般公共预算收入的比重为77.8%。",
    { year: 2023 },
    ["税收收入 share 77.8% 2023 of=budget_revenue"],
  ],
  [
    "a per mille rate, negative",
    "全年出生率6.39‰，自然增长率-0.57‰。",
    { year: 2023 },
    ["出生率 share 6.39‰ 2023", "自然增长率 share -0.57‰ 2023"],
  ],
  [
    "由…提升至: the first is the level the period starts from",
    "建安投资占全社会固定资产投资比重由30%提升至58.4%。",
    Y2021,
    ["建安投资 share 30% 2020 of=investment", "建安投资 share 58.4% 2021 of=investment"],
  ],
  [
    "从2019年的…提高到2024年的…",
    "研发投入强度从2019年的6.8%提高到2024年的12%。",
    { year: 2024 },
    ["研发投入强度 share 6.8% 2019", "研发投入强度 share 12% 2024"],
  ],
  // amounts of change
  [
    "an absolute change against the year-end before",
    "年末常住人口49.1万人，比上年末增加0.2万人。",
    { year: 2023 },
    ["population level 49.1 2023", "population absolute_change 0.2 2022-2023"],
  ],
  [
    "增收 and 压减 are changes in themselves",
    "一般公共预算收入88.9亿元，增收6.1亿元；三公经费压减3亿元。",
    { year: 2023 },
    [
      "budget_revenue level 88.9 2023",
      "budget_revenue absolute_change 6.1 2022-2023",
      "三公经费 absolute_change -3 2022-2023",
    ],
  ],
  [
    "新增…达到: the change and the total",
    "进出川大通道新增16条、达到54条。",
    { year: 2023 },
    ["进出川大通道 absolute_change 16 2022-2023", "进出川大通道 level 54 2023"],
  ],
  // multiples, ratios, index numbers, structures, 持平
  [
    "增长X倍 is a multiple",
    "研究与试验发展经费支出比2018年增长1.4倍。",
    { year: 2023 },
    ["研究与试验发展经费支出 multiple 1.4 2018-2023"],
  ],
  [
    "是…的X倍 is a ratio",
    "高新技术产业增加值是2018年的2.1倍。",
    { year: 2023 },
    ["高新技术产业增加值 ratio 2.1 2018-2023"],
  ],
  ["翻一番 is a multiple of 1", "地区生产总值比2016年翻一番。", Y2021, ["gdp multiple 1 2016-2021"]],
  [
    "an index number, the base of the index no figure",
    "居民消费价格指数（上年=100）为100.3。",
    { year: 2023 },
    ["consumer_prices index 100.3 2022-2023"],
  ],
  [
    "持平 of a price is no change",
    "粮食产量与上年持平。",
    { year: 2023 },
    ["粮食产量 cumulative_change 持平 2022-2023"],
  ],
  [
    "持平 of a growth rate is no difference of rates",
    "工业增加值增速与上年持平。",
    { year: 2023 },
    ["工业增加值 rate_difference 持平 2022-2023 than=2021-2022"],
  ],
  ["a ratio printed A：1 is a level", "城乡居民收入比为2.5：1。", { year: 2023 }, ["income_ratio level 2.5 2023"]],
  // contributions
  [
    "拉动 and 贡献率",
    "第一产业拉动经济增长0.4个百分点，第二产业对经济增长的贡献率为45.2%。",
    { year: 2023 },
    ["primary contribution 0.4pp 2022-2023 of=gdp", "secondary contribution_share 45.2% 2022-2023 of=gdp"],
  ],
  [
    "下拉 is a negative contribution",
    "净出口下拉经济增长0.6个百分点。",
    { year: 2023 },
    ["净出口 contribution -0.6pp 2022-2023 of=gdp"],
  ],
  // differences of rates
  [
    "增速比上年提高",
    "固定资产投资增速比上年提高2.3个百分点。",
    { year: 2023 },
    ["investment rate_difference 2.3pp 2022-2023 than=2021-2022"],
  ],
  [
    "增速高于 another indicator",
    "工业投资增长12.5%，增速高于全部投资5.2个百分点。",
    { year: 2023 },
    ["工业投资 cumulative_change 12.5% 2022-2023", "工业投资 rate_difference 5.2pp 2022-2023 than=investment"],
  ],
  [
    "降幅收窄 is a rise of the rate",
    "规模以上工业增加值下降2.1%，降幅比一季度收窄1.8个百分点。",
    { year: 2023, period: "H1" },
    [
      "industrial_value_added cumulative_change -2.1% 2022-2023 @H1",
      "industrial_value_added rate_difference 1.8pp 2022-2023 than=Q1 @H1",
    ],
  ],
  [
    "增速比上月回落, 比上年同月加快",
    "4月份，规模以上工业增加值同比增长6.5%，增速比上月回落1.1个百分点，比上年同月加快0.5个百分点。",
    { year: 2017 },
    [
      "industrial_value_added cumulative_change 6.5% 2016-2017 @M4",
      "industrial_value_added rate_difference -1.1pp 2016-2017 than=M3 @M4",
      "industrial_value_added rate_difference 0.5pp 2016-2017 than=2015-2016 @M4",
    ],
  ],
  [
    "高于全国（…）: the bracket is the nation's rate",
    "居民消费价格上涨0.3%，高于全国（-1.2%）1.5个百分点。",
    { year: 2023 },
    [
      "consumer_prices cumulative_change 0.3% 2022-2023",
      "全国·consumer_prices cumulative_change -1.2% 2022-2023",
      "consumer_prices rate_difference 1.5pp 2022-2023 than=consumer_prices",
    ],
  ],
  [
    "（上年同期为…）is the base period's figure",
    "上半年，社会消费品零售总额78.6亿元（上年同期为72.4亿元），同比增长8.5%。",
    { year: 2023 },
    [
      "retail_sales level 78.6 2023 @H1",
      "retail_sales level 72.4 2022 @H1",
      "retail_sales cumulative_change 8.5% 2022-2023 @H1",
    ],
  ],
  [
    "（上年同期为下降…）is the base period's rate",
    "规模以上工业增加值增长3.2%（上年同期为下降5.1%）。",
    { year: 2023 },
    [
      "industrial_value_added cumulative_change 3.2% 2022-2023",
      "industrial_value_added cumulative_change -5.1% 2021-2022",
    ],
  ],
  // lists
  [
    "A、B分别增长x%、y%",
    "高技术产业和装备制造业增加值同比分别增长12.3%和10.3%。",
    { year: 2023 },
    ["高技术产业增加值 cumulative_change 12.3% 2022-2023", "装备制造业增加值 cumulative_change 10.3% 2022-2023"],
  ],
  [
    "a list paired without 分别",
    "国内游客人次、总花费增长5.6%、7.5%。",
    { year: 2023 },
    ["国内游客人次 cumulative_change 5.6% 2022-2023", "总花费 cumulative_change 7.5% 2022-2023"],
  ],
  [
    "a list named before, compared after",
    "高新技术产业增加值、高成长性制造业增加值分别增长21.4%、6.3%，高于规模以上工业增加值增速16.4个、1.3个百分点。",
    { year: 2023 },
    [
      "高新技术产业增加值 cumulative_change 21.4% 2022-2023",
      "高成长性制造业增加值 cumulative_change 6.3% 2022-2023",
      "高新技术产业增加值 rate_difference 16.4pp 2022-2023 than=industrial_value_added",
      "高成长性制造业增加值 rate_difference 1.3pp 2022-2023 than=industrial_value_added",
    ],
  ],
  [
    "单位…: what the first item of a list is per goes with each item, unless it is a total",
    "单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。单位GDP能耗和主要污染物排放总量分别下降3%和2%。",
    { year: 2023 },
    [
      "单位国内生产总值用水量 cumulative_change -23% 2022-2023",
      "energy_intensity cumulative_change -15% 2022-2023",
      "carbon_intensity cumulative_change -18% 2022-2023",
      "energy_intensity cumulative_change -3% 2022-2023",
      "主要污染物排放总量 cumulative_change -2% 2022-2023",
    ],
  ],
  [
    "a count opening its clause counts what follows it, never the subject before; 签约 is no 约, 批次 a count",
    "5575万农村贫困人口实现脱贫。农业现代化稳步推进。1亿农业转移人口和其他常住人口在城镇落户目标顺利实现，城镇棚户区住房改造超过2100万套。项目签约3543亿元，30批次外国政要来川访问。",
    { year: 2020 },
    [
      "农村贫困人口 level 5575 2020",
      "城镇棚户区住房改造 level 2100 2020 超过",
      "项目签约 level 3543 2020",
      "外国政要来川访问 level 30 2020",
    ],
  ],
  [
    "a name with a number glued to letters after a verb of a level (新建5G基站); a count's name never ends inside a number",
    "新建5G基站1.2万个。服务覆盖31个省630家企业。",
    { year: 2024 },
    ["新建5G基站 level 1.2 2024", "服务覆盖省 level 31 2024", "企业 level 630 2024"],
  ],
  [
    "增加 with no base in a work report's review is the change over the year (or over the span reviewed); in its targets, what is to be added",
    "2025年某省政府工作报告\n一、2024年工作回顾\n社会融资规模增加1128亿元。五年来，市政道路增加40条。\n二、2025年工作安排\n增加300万平方米供热能力。",
    {},
    ["社会融资规模 absolute_change 1128 2023-2024", "市政道路 absolute_change 40 2019-2024"],
  ],
  [
    "分 over a slash is a price's fen (电价下降1分/千瓦时), else no unit; 8时30分, 8点30分 are times; 折合约 keeps its 约",
    "工商业平均电价下降1分/千瓦时。8时30分发生地震，8点30分开幕。出口额折合约700亿美元。",
    { year: 2024 },
    ["工商业平均电价 absolute_change -1 2023-2024", "出口额折合 level 700 2024 约"],
  ],
  [
    "a second figure in a bracket is named after the first (其中，陈列馆8个，纪念馆4个); 千伏安时 a unit, 110千伏 a name",
    "年末共有博物馆41个（其中，陈列馆8个，纪念馆4个）。铅酸蓄电池11937340千伏安时，增长14.0%。建成110千伏变电站5座。",
    { year: 2023 },
    [
      "博物馆 level 41 2023",
      "陈列馆 level 8 2023",
      "纪念馆 level 4 2023",
      "铅酸蓄电池 level 11937340 2023",
      "铅酸蓄电池 cumulative_change 14.0% 2022-2023",
      "建成110千伏变电站 level 5 2023",
    ],
  ],
  [
    "an amount in another unit in brackets is an aside: the change after the bracket is the amount's before it",
    "人均地区生产总值116661元（按年平均汇率折算为16381美元），增长3.9%。货物出口8263亿元，折1162亿美元，下降28.8%。",
    { year: 2024 },
    [
      "gdp_per_capita level 116661 2024",
      "gdp_per_capita_美元 level 16381 2024",
      "gdp_per_capita cumulative_change 3.9% 2023-2024",
      "exports level 8263 2024",
      "exports_亿美元 level 1162 2024",
      "exports_亿美元 cumulative_change -28.8% 2023-2024",
    ],
  ],
  [
    "a bound before a class's number (产值超10亿元企业73户) makes the class counted, the bound no figure; 新增 opening its clause makes the first count a change",
    "年末建筑业企业2141户，其中产值超10亿元企业73户。市值超过200亿元的企业有7家。新增经济总量超200亿元县2个、达到29个。快递业务量超10亿件居全省第2位。",
    { year: 2024 },
    [
      "建筑业企业 level 2141 2024",
      "产值超10亿元企业 level 73 2024",
      "超过200亿元的企业 level 7 2024",
      "经济总量超200亿元县 absolute_change 2 2023-2024",
      "经济总量超200亿元县 level 29 2024",
      "快递业务量 level 10 2024 超",
    ],
  ],
  [
    "list items qualified by brackets of words, one holding a 、 of its own",
    "参加城镇职工养老（不含机关、含离退休退职）、医疗（生育）保险人数分别为442.09万人、306.69万人。",
    { year: 2024 },
    ["参加城镇职工养老人数 level 442.09 2024", "医疗保险人数 level 306.69 2024"],
  ],
  [
    "总量 after a level is that subject when its share follows (总量占全国10.5%); 总数 after what was built counts the things",
    "新能源汽车产量137.61万辆，总量占全国10.5%。新增连接境外城市10个、总数达68个。",
    { year: 2024 },
    [
      "新能源汽车产量 level 137.61 2024",
      "新能源汽车产量 share 10.5% 2024 of=新能源汽车产量",
      "新增连接境外城市 level 10 2024",
      "连接境外城市 level 68 2024",
    ],
  ],
  [
    "新建 and the other words of what was newly counted, then 累计达到: the first is the change (never two levels of one year)",
    "新建各级绿道780公里、累计达到5188公里。",
    { year: 2021 },
    ["新建各级绿道 absolute_change 780 2020-2021", "新建各级绿道 level 5188 2021"],
  ],
  [
    "what it took (40天开工, 81天封顶) is a duration; 144小时过境免签 a policy's name; days counted stay figures",
    "产业基地40天开工、9个月投产，核心厂房81天封顶。郑州航空口岸240小时过境免签政策落地实施。重污染天数3天。",
    { year: 2023 },
    ["重污染天数 level 3 2023"],
  ],
  [
    "a count in 万名 after a verb names what it counts, as one in 名 does",
    "选派2.1万名高校毕业生。选派1100名专家。",
    { year: 2023 },
    ["选派高校毕业生 level 2.1 2023", "选派专家 level 1100 2023"],
  ],
  [
    "years with a decimal part are a quantity (平均受教育年限从10.23年提高到10.8年), never a date or a span",
    "劳动年龄人口平均受教育年限从10.23年提高到10.8年。",
    { year: 2015 },
    ["劳动年龄人口平均受教育年限 level 10.23 2014", "劳动年龄人口平均受教育年限 level 10.8 2015"],
  ],
  [
    "为 after a verb of change says the level reached (增加为5000公里), as 至 does",
    "铁路营业里程增加为5000公里，比上年增加300公里。城镇登记失业率下降为3.2%。",
    { year: 2024 },
    ["铁路营业里程 level 5000 2024", "铁路营业里程 absolute_change 300 2023-2024", "城镇登记失业率 share 3.2% 2024"],
  ],
  [
    "a number before a unit in Latin letters is a figure (120PB), unlike 5G or PM2.5 in a name",
    "数据中心存储容量达到120PB，增长35%。",
    { year: 2024 },
    ["数据中心存储容量 level 120 2024", "数据中心存储容量 cumulative_change 35% 2023-2024"],
  ],
  [
    "the per-output lead goes only to what is printed per output; totals keep the last item's measure; 总量 after a part names nothing",
    "单位地区生产总值能耗、二氧化硫、氮氧化物排放量分别下降3%、2%和1%。粮食播种面积500万亩，其中稻谷200万亩，总量占全省10%。",
    { year: 2024 },
    [
      "energy_intensity cumulative_change -3% 2023-2024",
      "二氧化硫排放量 cumulative_change -2% 2023-2024",
      "氮氧化物排放量 cumulative_change -1% 2023-2024",
      "粮食播种面积 level 500 2024",
      "稻谷·粮食播种面积 level 200 2024",
      "总量 share 10% 2024 of=总量",
    ],
  ],
  [
    "a count's name of one character only before a stop or another count; 其中 opening a bracket's part is no part of its name",
    "3个县获评国家森林城市。涉及8个镇、58个村。年末共有博物馆41个（其中，陈列馆8个，其中国家一级博物馆3个）。",
    { year: 2024 },
    [
      "县获评国家森林城市 level 3 2024",
      "镇 level 8 2024",
      "村 level 58 2024",
      "博物馆 level 41 2024",
      "陈列馆 level 8 2024",
      "国家一级博物馆 level 3 2024",
    ],
  ],
  [
    "units printed in Latin letters: μg/m3, TEU",
    "PM10浓度74μg/m3，PM2.5浓度46μg/m3。港口集装箱吞吐量120万TEU，增长5%。",
    { year: 2023 },
    [
      "PM10浓度 level 74 2023",
      "PM25浓度 level 46 2023",
      "港口集装箱吞吐量 level 120 2023",
      "港口集装箱吞吐量 cumulative_change 5% 2022-2023",
    ],
  ],
  [
    "counts in a row: 中有 makes the second of some of the first things; words before a count name it when the first is the subject's; 其中: in a bracket",
    "全州31个工业行业大类中有18个实现正增长。累计创建国家现代农业产业园15个优势特色产业集群9个。在校学生79749人（其中:非全日制在校学生41913人）。",
    { year: 2023 },
    [
      "工业行业大类 level 31 2023",
      "工业行业大类实现正增长 level 18 2023",
      "创建国家现代农业产业园 level 15 2023",
      "优势特色产业集群 level 9 2023",
      "在校学生 level 79749 2023",
      "非全日制在校学生 level 41913 2023",
    ],
  ],
  [
    "a clause whose figure is in words (保持稳定) names its own subject: 土壤环境质量 stays no figure of the rate before it",
    "地表水国考断面水质优良率达100%，土壤环境质量保持稳定。",
    { year: 2025 },
    ["地表水国考断面水质优良率 share 100% 2025"],
  ],
  [
    "years of a 分别 list",
    "2023年、2024年可转债实际转股金额分别为832亿元、1694亿元。",
    { year: 2024 },
    ["可转债实际转股金额 level 832 2023", "可转债实际转股金额 level 1694 2024"],
  ],
  [
    "第一、二、三产业: the numbers of a list said once",
    "第一、二、三产业对经济增长的贡献率分别为22.5%、22.1%和55.4%。",
    { year: 2023 },
    [
      "primary contribution_share 22.5% 2022-2023 of=gdp",
      "secondary contribution_share 22.1% 2022-2023 of=gdp",
      "tertiary contribution_share 55.4% 2022-2023 of=gdp",
    ],
  ],
  [
    "城乡…分别: one word naming two things",
    "城乡居民人均可支配收入年均分别增长5.3%、7.1%。",
    Y2021,
    ["urban_income average_growth 5.3% 2016-2021", "rural_income average_growth 7.1% 2016-2021"],
  ],
  [
    "abbreviations in brackets and the count of the items after a list",
    "二氧化硫（SO2）、二氧化氮（NO2）和细颗粒物（PM2.5）三项污染物年均浓度分别为6微克/立方米、28微克/立方米和30微克/立方米。",
    { year: 2024 },
    ["二氧化硫 level 6 2024", "二氧化氮 level 28 2024", "细颗粒物 level 30 2024"],
  ],
  [
    "places named once, their figures in turn in later clauses",
    "桐庐县、淳安县和建德市主要污染物为臭氧，臭氧日最大8小时平均浓度第90百分位数分别为136微克/立方米、128微克/立方米和132微克/立方米，超标天数为10天、7天、3天。",
    { year: 2024 },
    [
      "桐庐县·臭氧日最大8小时平均浓度第90百分位数 level 136 2024",
      "淳安县·臭氧日最大8小时平均浓度第90百分位数 level 128 2024",
      "建德市·臭氧日最大8小时平均浓度第90百分位数 level 132 2024",
      "桐庐县·超标天数 level 10 2024",
      "淳安县·超标天数 level 7 2024",
      "建德市·超标天数 level 3 2024",
    ],
  ],
  // qualifiers
  [
    "qualifiers before and after",
    "能源消费总量控制在63万吨标准煤以内，比2016年下降3.85%以上。",
    Y2021,
    ["energy level 63 2021 以内", "energy cumulative_change -3.85% 2016-2021 以上"],
  ],
  [
    "超过, 余, 约, 近",
    "全人群接种率超过97%，治理面积1000余平方公里，总投资约143亿元，研发企业占比近50%。",
    { year: 2023 },
    [
      "全人群接种率 share 97% 2023 超过",
      "治理面积 level 1000 2023 余",
      "总投资 level 143 2023 约",
      "研发企业 share 50% 2023 近",
    ],
  ],
  // subjects, regions and parts
  [
    "a part under 分门类看 is a part of the indicator spoken of",
    "全年规模以上工业增加值比上年增长5.8%。分门类看，采矿业增长3.1%，制造业增长6.1%。",
    { year: 2024 },
    [
      "industrial_value_added cumulative_change 5.8% 2023-2024",
      "采矿业·industrial_value_added cumulative_change 3.1% 2023-2024",
      "制造业·industrial_value_added cumulative_change 6.1% 2023-2024",
    ],
  ],
  [
    "其中 under a total that is not the usual one keeps the part apart",
    "对共建“一带一路”国家进出口额22亿元，其中，出口12亿元。",
    { year: 2024 },
    ["对共建一带一路国家进出口额 level 22 2024", "对共建“一带一路”国家进出口额·exports level 12 2024"],
  ],
  [
    "another region's figure",
    "南京市2024年国民经济和社会发展统计公报\n全国居民消费价格上涨0.2%。",
    {},
    ["全国·consumer_prices cumulative_change 0.2% 2023-2024"],
  ],
  [
    "places in a 分县 paragraph",
    "全年地区生产总值增长5.0%。分县（市、区）看，青山县增长6.1%。",
    { year: 2023 },
    ["gdp cumulative_change 5.0% 2022-2023", "青山县·gdp cumulative_change 6.1% 2022-2023"],
  ],
  [
    "人均 makes another indicator",
    "全年人均地区生产总值达到8.6万元。",
    { year: 2024 },
    ["gdp_per_capita level 8.6 2024"],
  ],
  [
    "a scope in brackets names another indicator",
    "全社会固定资产投资520亿元，固定资产投资（不含农户）514亿元。",
    { year: 2024 },
    ["investment level 520 2024", "固定资产投资不含农户 level 514 2024"],
  ],
  [
    "the real rate beside the nominal one",
    "全体居民人均可支配收入41314元，比上年增长5.3%，扣除价格因素，实际增长5.1%。",
    { year: 2024 },
    [
      "income_per_capita level 41314 2024",
      "income_per_capita cumulative_change 5.3% 2023-2024",
      "实际·income_per_capita cumulative_change 5.1% 2023-2024",
    ],
  ],
  [
    "a count named by what it counts",
    "完成1679个行政村生活污水治理。",
    { year: 2024 },
    ["行政村生活污水治理 level 1679 2024"],
  ],
  [
    "a change after an amount in another unit is that amount's",
    "实际使用外资8263亿元，下降27.1%，折1162亿美元，下降28.8%。",
    { year: 2024 },
    [
      "实际使用外资 level 8263 2024",
      "实际使用外资 cumulative_change -27.1% 2023-2024",
      "实际使用外资_亿美元 level 1162 2024",
      "实际使用外资_亿美元 cumulative_change -28.8% 2023-2024",
    ],
  ],
  [
    "存贷款, 内外资: one word naming two things, with or without 分别",
    "金融机构人民币存贷款余额分别增长6.9%、6.6%。城乡居民人均收入年均增长5.3%、7.7%。",
    Y2021,
    [
      "金融机构人民币存款余额 cumulative_change 6.9% 2020-2021",
      "金融机构人民币贷款余额 cumulative_change 6.6% 2020-2021",
      "城镇居民人均收入 average_growth 5.3% 2016-2021",
      "农村居民人均收入 average_growth 7.7% 2016-2021",
    ],
  ],
  [
    "每10万人 is part of a name; a rate per 10万 is printed over its denominator",
    "每10万人刑事案件数下降36.9%，孕产妇死亡率5.07/10万。",
    { year: 2024 },
    ["每10万人刑事案件数 cumulative_change -36.9% 2023-2024", "孕产妇死亡率 level 5.07 2024"],
  ],
  [
    "a plan's period opening a clause: its years, whatever base the sentence said",
    "到2020年国内生产总值比2010年翻一番，“十三五”时期经济年均增长保持在6.5%以上。",
    { year: 2016 },
    ["gdp multiple 1 2010-2020", "gdp average_growth 6.5% 2015-2020 以上"],
  ],
  [
    "counts whose subjects follow them, one after the other",
    "8所高校14个学科入选国家“双一流”建设名单，10个国家文化传承项目加快推进。",
    { year: 2024 },
    ["高校 level 8 2024", "学科 level 14 2024", "国家文化传承项目 level 10 2024"],
  ],
  [
    "a qualifier between the magnitude and the unit word",
    "办理法律援助案件7万余件，举办促消费活动3万多场次。",
    { year: 2024 },
    ["办理法律援助案件 level 7 2024 余", "举办促消费活动 level 3 2024 多"],
  ],
  [
    "a ratio printed bare, and its change",
    "城乡居民人均可支配收入比值为2.34，比上年缩小0.05。",
    { year: 2024 },
    ["城乡居民人均可支配收入比值 level 2.34 2024", "城乡居民人均可支配收入比值 absolute_change -0.05 2023-2024"],
  ],
  [
    "a share 与上年持平 is no change in points",
    "对批发企业销售额7987亿元，占销售总额的27.1%，与上年持平。",
    { year: 2024 },
    [
      "对批发企业销售额 level 7987 2024",
      "对批发企业销售额 share 27.1% 2024 of=销售总额",
      "对批发企业销售额 pp_change 持平 2023-2024 of=销售总额",
    ],
  ],
  [
    "扣除不可比因素 opens a clause",
    "七大类医药商品销售总额29470亿元，扣除不可比因素同比增长0.6%。",
    { year: 2024 },
    ["七大类医药商品销售总额 level 29470 2024", "七大类医药商品销售总额 cumulative_change 0.6% 2023-2024"],
  ],
  [
    "a milestone passed ends the name",
    "地区生产总值跨过两个万亿元大关、超过6万亿元，年均增速5.7%。",
    Y2021,
    ["gdp level 6 2021 超过", "gdp average_growth 5.7% 2016-2021"],
  ],
  [
    "the bounds of a class counted are no figures",
    "100张以下床位医院22721个，200～499张床位医院5543个，800张及以上床位医院2343个。",
    { year: 2024 },
    [
      "x_100张以下床位医院 level 22721 2024",
      "x_200499张床位医院 level 5543 2024",
      "x_800张及以上床位医院 level 2343 2024",
    ],
  ],
  [
    "the measure of things just counted is theirs",
    "810个省重点项目完成投资10428.6亿元。",
    { year: 2025 },
    ["省重点项目 level 810 2025", "省重点项目投资 level 10428.6 2025"],
  ],
  // the part of the year
  [
    "a clause opening with a part of the year; 全年 is the whole year again",
    "一季度，全县地区生产总值45.6亿元，同比增长4.6%。全年投资增长3.0%。",
    { year: 2023 },
    [
      "gdp level 45.6 2023 @Q1",
      "gdp cumulative_change 4.6% 2022-2023 @Q1",
      "investment cumulative_change 3.0% 2022-2023",
    ],
  ],
  [
    "a title's part of the year",
    "某县2023年前三季度经济运行情况\n\n居民人均可支配收入增长5.1%。1—10月，工业用电量同比增长2.2%；6月份，居民消费价格同比上涨0.2%。",
    {},
    [
      "income_per_capita cumulative_change 5.1% 2022-2023 @Q1-Q3",
      "工业用电量 cumulative_change 2.2% 2022-2023 @M1-M10",
      "consumer_prices cumulative_change 0.2% 2022-2023 @M6",
    ],
  ],
  [
    "环比: the month before, in the same year",
    "从环比看，4月份规模以上工业增加值比上月增长0.56%。",
    { year: 2017 },
    ["industrial_value_added cumulative_change 0.56% 2017-2017 @M4"],
  ],
  [
    "a range joined by a hyphen after the first value's unit: no minus sign",
    "区域环境噪声为52.9分贝-56.1分贝，降尘为1.75-2.12吨。",
    { year: 2024 },
    [
      "区域环境噪声 level 52.9 2024 以上",
      "区域环境噪声 level 56.1 2024 以内",
      "降尘 level 1.75 2024 以上",
      "降尘 level 2.12 2024 以内",
    ],
  ],
  [
    "a class's bound inside the subject (500万元及以上固定资产投资) is no figure and no part of the name",
    "全年全州 500 万元及以上固定资产投资比上年增长1.2%。",
    { year: 2023 },
    ["investment cumulative_change 1.2% 2022-2023"],
  ],
  [
    "a structure named by 比例 or 占比 as by 结构: 三次产业 alone is GDP's",
    "三次产业比例为0.3：55.4：44.3。",
    { year: 2024 },
    ["gdp structure 0.3：55.4：44.3 2024"],
  ],
  // comparisons with an earlier value said as 比…高/低
  [
    "a share 比上年低 some points is its own change in points",
    "城镇调查失业率为5.2%，比上年低0.3个百分点。",
    { year: 2024 },
    ["城镇调查失业率 share 5.2% 2024", "城镇调查失业率 pp_change -0.3pp 2023-2024"],
  ],
  [
    "an amount 比…（the earlier value）低: the bracket is the value at that base, then the change",
    "平均市值为167亿元，比2023年最后一个交易日平均市值（180亿元）低13亿元。",
    { year: 2024 },
    ["平均市值 level 167 2024", "平均市值 level 180 2023", "平均市值 absolute_change -13 2023-2024"],
  ],
  [
    "为…的 a whole named: a ratio to it, and the clause goes on about the subject before",
    "全区一般公共预算收入完成25.6亿元，为调整预算的101.2%，比上年增长6.3%。",
    { year: 2023 },
    [
      "budget_revenue level 25.6 2023",
      "budget_revenue share 101.2% 2023 of=调整预算",
      "budget_revenue cumulative_change 6.3% 2022-2023",
    ],
  ],
  [
    "the same attributes of two heads in one sentence, after ；, are each head's",
    "全年发生生产安全事故125起，下降12.6%；死亡103人，下降2.8%。全年发生道路交通事故4068起；死亡295人，下降16.7%。",
    { year: 2024 },
    [
      "生产安全事故 level 125 2024",
      "生产安全事故 cumulative_change -12.6% 2023-2024",
      "生产安全事故·死亡 level 103 2024",
      "生产安全事故·死亡 cumulative_change -2.8% 2023-2024",
      "道路交通事故 level 4068 2024",
      "道路交通事故·死亡 level 295 2024",
      "道路交通事故·死亡 cumulative_change -16.7% 2023-2024",
    ],
  ],
  [
    "a verb of change before its subject (净增…), and 总数 for the same subject's level",
    "全年净增国家高新技术企业1724户，总数达10130户。",
    { year: 2024 },
    ["国家高新技术企业 absolute_change 1724 2023-2024", "国家高新技术企业 level 10130 2024"],
  ],
  [
    "压减 before its subject, a change in %",
    "全年压减一般性支出10%。",
    { year: 2024 },
    ["一般性支出 cumulative_change -10% 2023-2024"],
  ],
  [
    "a rate per mille and its change in points per mille (个千分点), not a subject named 千分点",
    "人口自然增长率1.83‰，比上年提高0.01个千分点。",
    { year: 2024 },
    ["人口自然增长率 share 1.83‰ 2024", "人口自然增长率 absolute_change 0.01 2023-2024"],
  ],
  [
    "counts of things, each with its attributes after it; 其中 ends where a new count opens a part after ；",
    "年末共有普通高校10所，在校学生20.5万人，其中研究生1.2万人；中等职业学校15所，在校学生3.2万人，专任教师0.3万人；普通中学60所，在校学生12.1万人，专任教师1.0万人。",
    { year: 2024 },
    [
      "普通高校 level 10 2024",
      "普通高校·在校学生 level 20.5 2024",
      "研究生·在校学生 level 1.2 2024",
      "中等职业学校 level 15 2024",
      "中等职业学校·在校学生 level 3.2 2024",
      "中等职业学校·专任教师 level 0.3 2024",
      "普通中学 level 60 2024",
      "普通中学·在校学生 level 12.1 2024",
      "普通中学·专任教师 level 1.0 2024",
    ],
  ],
  [
    "a class named with 类 is the same part as without it (a table prints 粮食 for the text's 粮食类)",
    "居民消费价格比上年上涨0.2%。其中，粮食类上涨1.9%，衣着类价格上涨1.3%。",
    { year: 2023 },
    [
      "consumer_prices cumulative_change 0.2% 2022-2023",
      "粮食·consumer_prices cumulative_change 1.9% 2022-2023",
      "衣着·consumer_prices cumulative_change 1.3% 2022-2023",
    ],
  ],
  [
    "a rate surveyed each month: the year's average is its year's figure, 年末's is December's",
    "全年全国城镇调查失业率平均值为5.2%，年末全国城镇调查失业率为5.1%。",
    { year: 2023 },
    ["城镇调查失业率 share 5.2% 2023", "城镇调查失业率 share 5.1% 2023 @M12"],
  ],
  [
    "每年均达 (each year at least) is no average, and 每 no part of the subject",
    "存量资金盘活率每年均达90%以上。",
    { year: 2021 },
    ["存量资金盘活率 share 90% 2021 以上"],
  ],
  [
    "what is 新增 to a balance is its change, base said or not",
    "全年各项贷款新增2.1万亿元。",
    { year: 2024 },
    ["各项贷款 absolute_change 2.1 2023-2024"],
  ],
  [
    "年末 after a part of the year: the year's end, no longer that part",
    "一季度，全区实现地区生产总值120亿元，同比增长5.2%。年末全区户籍人口52.3万人。",
    { year: 2024 },
    ["gdp level 120 2024 @Q1", "gdp cumulative_change 5.2% 2023-2024 @Q1", "户籍人口 level 52.3 2024"],
  ],
  [
    "a bare measure after ； is of whom the sentence's subject was said",
    "全年规模以上工业企业实现营业收入5000亿元，增长6.0%；利润总额300亿元，下降2.5%。全年进出口总额500亿元；出口300亿元。",
    { year: 2024 },
    [
      "规模以上工业企业营业收入 level 5000 2024",
      "规模以上工业企业营业收入 cumulative_change 6.0% 2023-2024",
      "规模以上工业企业利润总额 level 300 2024",
      "规模以上工业企业利润总额 cumulative_change -2.5% 2023-2024",
      "trade level 500 2024",
      "exports level 300 2024",
    ],
  ],
  [
    "a part measured in what the indicator spoken of is not measured in is no part of it",
    "全年规模以上工业企业利润总额300亿元。分产业看，第一产业投资下降12.5%。",
    { year: 2024 },
    ["规模以上工业企业利润总额 level 300 2024", "第一产业投资 cumulative_change -12.5% 2023-2024"],
  ],
  [
    "the groups of an average under 其中 are the usual indicators, which the average is held between",
    "全区居民人均可支配收入42356元，增长4.8%。其中，城镇居民人均可支配收入45123元，增长4.5%；农村居民人均可支配收入28765元。",
    { year: 2024 },
    [
      "income_per_capita level 42356 2024",
      "income_per_capita cumulative_change 4.8% 2023-2024",
      "urban_income level 45123 2024",
      "urban_income cumulative_change 4.5% 2023-2024",
      "rural_income level 28765 2024",
    ],
  ],
  [
    "a scope counted, then how many of it (35个行业大类中有20个…): the scope is a definition",
    "35个行业大类中有20个行业增加值实现增长，增长面达57.1%。",
    { year: 2024 },
    ["行业增加值 level 20 2024", "增长面 share 57.1% 2024"],
  ],
  [
    "a rate after a 其中 of an amount (常住人口城镇化率 after 城镇常住人口) is no part of the amount",
    "年末常住人口45.1万人，其中城镇常住人口24.8万人，常住人口城镇化率达到55.0%，比上年末提高1.2个百分点。",
    { year: 2023 },
    [
      "population level 45.1 2023",
      "城镇常住·population level 24.8 2023",
      "urbanization share 55.0% 2023",
      "urbanization pp_change 1.2pp 2022-2023",
    ],
  ],
  [
    "the two groups of a pair (城镇与农村…) share the name after the last, and no other list does (工业和建筑业增加值)",
    "全年城镇与农村居民人均可支配收入分别为50000元和30000元。工业和建筑业增加值分别增长5%和3%。",
    { year: 2024 },
    [
      "urban_income level 50000 2024",
      "rural_income level 30000 2024",
      "工业增加值 cumulative_change 5% 2023-2024",
      "建筑业增加值 cumulative_change 3% 2023-2024",
    ],
  ],
  [
    "均 after a list: one value for each item",
    "全年游客人次、旅游总收入均增长10%。城镇和农村居民人均可支配收入均增长5%。",
    { year: 2024 },
    [
      "游客人次 cumulative_change 10% 2023-2024",
      "旅游总收入 cumulative_change 10% 2023-2024",
      "urban_income cumulative_change 5% 2023-2024",
      "rural_income cumulative_change 5% 2023-2024",
    ],
  ],
  [
    "基本持平 after a share: no change of points",
    "直接出口销售额49亿元，占销售总额的0.2%，与上年基本持平。",
    { year: 2024 },
    [
      "直接出口销售额 level 49 2024",
      "直接出口销售额 share 0.2% 2024 of=销售总额",
      "直接出口销售额 pp_change 持平 2023-2024 of=销售总额",
    ],
  ],
  [
    "a share reached (占全国比重升至): its whole named before the verb",
    "全省地区生产总值6万亿元，占全国比重升至4.6%。",
    { year: 2025 },
    ["gdp level 6 2025", "gdp share 4.6% 2025 of=gdp"],
  ],
  [
    "a share printed before the things it counts (89.0%的企业…) is of those things, and the change after it too",
    "89.0%的企业具有仓库管理系统，同比上升0.2个百分点；69.5%的企业具有射频识别设备，与上年持平。",
    { year: 2024 },
    [
      "企业具有仓库管理系统 share 89.0% 2024",
      "企业具有仓库管理系统 pp_change 0.2pp 2023-2024",
      "企业具有射频识别设备 share 69.5% 2024",
      "企业具有射频识别设备 pp_change 持平 2023-2024",
    ],
  ],
  [
    "a rank is part of a name (前5位), and a rank alone after it stands for the same measure ranked otherwise",
    "药品批发排名前5位的企业主营业务收入同比增长0.6%；前10位同比增长0.5%。零售前10位企业销售额1504亿元；前100位销售额2470亿元。",
    { year: 2024 },
    [
      "药品批发排名前5位的企业主营业务收入 cumulative_change 0.6% 2023-2024",
      "药品批发排名前10位的企业主营业务收入 cumulative_change 0.5% 2023-2024",
      "零售前10位企业销售额 level 1504 2024",
      "零售前100位企业销售额 level 2470 2024",
    ],
  ],
  [
    "a rate that divides a count just printed (优良天数…优良率) is that count's share; one that divides an amount (利润率) is its own",
    "环境空气优良天数为299天，优良率为81.7%。规模以上工业企业利润100亿元，利润率5.2%。",
    { year: 2024 },
    [
      "环境空气优良天数 level 299 2024",
      "环境空气优良天数 share 81.7% 2024",
      "规模以上工业企业利润 level 100 2024",
      "利润率 share 5.2% 2024",
    ],
  ],
  [
    "the places' rates of the counts just listed are those counts' shares",
    "桐庐县、淳安县的环境空气优良天数分别为346天、354天，优良率分别为94.5%、96.7%。",
    { year: 2024 },
    [
      "桐庐县·环境空气优良天数 level 346 2024",
      "淳安县·环境空气优良天数 level 354 2024",
      "桐庐县·环境空气优良天数 share 94.5% 2024",
      "淳安县·环境空气优良天数 share 96.7% 2024",
    ],
  ],
  [
    "a subject named after 是 with no figure (其次是…) is the subject of the level's verb that follows (达12924元)",
    "居民人均工资性收入48229元，是居民收入的首要来源；其次是人均财产净收入，达12924元。",
    { year: 2024 },
    ["居民人均工资性收入 level 48229 2024", "人均财产净收入 level 12924 2024"],
  ],
  [
    "a count after 有 of things and what they did (有4个村被评为…): each clause its own subject",
    "全市共有18个镇街认定为森林城镇，有4个村（社区）被评为国家森林乡村，有12个村（社区）被评为省级森林乡村。",
    { year: 2024 },
    ["镇街认定为森林城镇 level 18 2024", "村被评为国家森林乡村 level 4 2024", "村被评为省级森林乡村 level 12 2024"],
  ],
  [
    "分季度看 goes through times, no parts: the quarters' GDP is GDP, whatever was named before",
    "货物和服务净出口拉动国内生产总值增长1.5个百分点。分季度看，一季度国内生产总值同比增长5.3%。",
    { year: 2024 },
    ["货物和服务净出口 contribution 1.5pp 2023-2024 of=gdp", "gdp cumulative_change 5.3% 2023-2024 @Q1"],
  ],
  [
    "those that did something, counted (同比上涨的城市个数为2个，下降的为68个): counts of their own, no figure of the price",
    "新建商品住宅销售价格同比上涨的城市个数为2个，下降的为68个。利润增长的企业有120家。第二产业对经济增长的贡献率为45.2%。",
    { year: 2024 },
    [
      "新建商品住宅销售价格上涨 level 2 2024",
      "新建商品住宅销售价格下降 level 68 2024",
      "利润增长 level 120 2024",
      "secondary contribution_share 45.2% 2023-2024 of=gdp",
    ],
  ],
  [
    "a bare measure of a family after another of it (播种面积…，总产量; 存款余额…，贷款余额) is the same thing's; after ； under 其中, the whole's",
    "全年粮食播种面积2066.70万亩，总产量902.61万吨。其中，夏粮播种面积1101.60万亩，总产量508.58万吨。年末人民币存款余额1000亿元，贷款余额800亿元。存款余额5000亿元，其中住户存款余额2000亿元；贷款余额4000亿元。",
    { year: 2023 },
    [
      "粮食播种面积 level 2066.70 2023",
      "粮食总产量 level 902.61 2023",
      "夏粮播种面积 level 1101.60 2023",
      "夏粮总产量 level 508.58 2023",
      "人民币存款余额 level 1000 2023",
      "人民币贷款余额 level 800 2023",
      "存款余额 level 5000 2023",
      "住户存款·存款余额 level 2000 2023",
      "贷款余额 level 4000 2023",
    ],
  ],
  [
    "年均 opening a level's name (年均高锰酸盐指数) is part of it; a unit per 升 (毫克/升) ends its figure, so the next name is read",
    "断面水质保持II类，年均高锰酸盐指数为2.1毫克/升、氨氮为0.09毫克/升。地区生产总值年均增长6%。",
    { year: 2024 },
    ["年均高锰酸盐指数 level 2.1 2024", "氨氮 level 0.09 2024", "gdp average_growth 6% 2019-2024"],
  ],
  [
    "a list named with 、 before 持平: each item's; one name with 及 in it stays one",
    "二氧化硫年均浓度、一氧化碳日均浓度与去年持平。生活用品及服务类价格与上年持平。",
    { year: 2024 },
    [
      "二氧化硫年均浓度 cumulative_change 持平 2023-2024",
      "一氧化碳日均浓度 cumulative_change 持平 2023-2024",
      "生活用品及服务类价格 cumulative_change 持平 2023-2024",
    ],
  ],
  [
    "连续三年 and 每年 lead into no name; 低于 right before a number is a bound; 上年度 is last year",
    "危险废物填埋率2.29%，连续三年低于3%。上年度结转5件。每年城镇新增就业40万人以上。",
    { year: 2024 },
    [
      "危险废物填埋率 share 2.29% 2024",
      "危险废物填埋率 share 3% 2024 不到",
      "结转 level 5 2023",
      "城镇新增就业 level 40 2024 以上",
    ],
  ],
  [
    "what may be saved (每年可减少…约130亿元) is left unread; a figure after it with a verb of its own is named by the verb",
    "释放降准资金1021亿元；降低存量房贷利率，每年可减少房贷利息支出约130亿元、惠及310万户家庭。",
    { year: 2024 },
    ["释放降准资金 level 1021 2024", "房贷利息支出惠及 level 310 2024"],
  ],
  [
    "a ratio of two quantities (医护比为1:1.17, 师生比1:16.8) is a level of the second; one of two other values (两者之比3:2) is left unread",
    "医护比为1:1.17。普通小学师生比为1:16.8。两者之比为3:2。",
    { year: 2024 },
    ["医护比 level 1.17 2024", "普通小学师生比 level 16.8 2024"],
  ],
  [
    "在A中: A is the whole, measured as its parts are, and what follows are its parts, siblings of one another",
    "在法人单位中，企业法人单位200万个，机关、事业法人单位10万个。在规模以上工业中，国有控股企业增加值增长5%，私营企业增长6%。",
    { year: 2024 },
    [
      "企业法人单位·法人单位 level 200 2024",
      "机关、事业法人单位·法人单位 level 10 2024",
      "国有控股企业·industrial_value_added cumulative_change 5% 2023-2024",
      "私营企业·industrial_value_added cumulative_change 6% 2023-2024",
    ],
  ],
  [
    "其中 ends at a figure that can be no part of its whole: larger than it, or after ； in a unit of another kind",
    "研究生招生2.5万人，其中博士0.5万人；在学研究生7.0万人。普通高等学校90所，其中本科院校40所；普通本专科在校生120.0万人。",
    { year: 2024 },
    [
      "研究生招生 level 2.5 2024",
      "博士·研究生招生 level 0.5 2024",
      "在学研究生 level 7.0 2024",
      "普通高等学校 level 90 2024",
      "本科院校·普通高等学校 level 40 2024",
      "普通本专科在校生 level 120.0 2024",
    ],
  ],
  [
    "an age band is part of a name (5岁以下儿童死亡率, 0-6岁儿童健康管理率); a life expectancy's change in 岁 is a figure",
    "5岁以下儿童死亡率为4.5‰。0-6岁儿童健康管理率为95.2%。居民人均预期寿命达到79.2岁，比上年提高0.2岁。",
    { year: 2024 },
    [
      "x_5岁以下儿童死亡率 share 4.5‰ 2024",
      "x_06岁儿童健康管理率 share 95.2% 2024",
      "居民人均预期寿命 level 79.2 2024",
      "居民人均预期寿命 absolute_change 0.2 2023-2024",
    ],
  ],
  [
    "分别 with a verb of its own for each value (分别比上年下降21.3%和增长2.1%); days in 日, 缩短 a fall",
    "结婚登记28.5万对，离婚登记8.6万对，分别比上年下降21.3%和增长2.1%。平均住院日为8.8日，比上年缩短0.2日。",
    { year: 2024 },
    [
      "结婚登记 level 28.5 2024",
      "离婚登记 level 8.6 2024",
      "结婚登记 cumulative_change -21.3% 2023-2024",
      "离婚登记 cumulative_change 2.1% 2023-2024",
      "平均住院日 level 8.8 2024",
      "平均住院日 absolute_change -0.2 2023-2024",
    ],
  ],
  [
    "比X高…个百分点 compares with another, it names nothing",
    "公立医院病床使用率为86.0%，比民营医院高20.8个百分点。",
    { year: 2024 },
    ["公立医院病床使用率 share 86.0% 2024", "公立医院病床使用率 rate_difference 20.8pp 2023-2024 than=民营医院"],
  ],
  [
    "X中 opening a clause, X a measure (总诊疗人次中), frames its parts; 在…过程中 frames nothing",
    "总诊疗人次中，医院占40.9%，基层医疗卫生机构占52.1%。在推进改革过程中，全市新增企业100家。",
    { year: 2024 },
    ["医院·总诊疗人次 share 40.9% 2024", "基层医疗卫生机构·总诊疗人次 share 52.1% 2024", "新增企业 level 100 2024"],
  ],
  [
    "a part measured as its total is without 总 (城镇消费品零售额 under 社会消费品零售总额) is the total's part",
    "全年社会消费品零售总额5000亿元，其中城镇消费品零售额3200亿元。",
    { year: 2024 },
    ["retail_sales level 5000 2024", "城镇消费品·retail_sales level 3200 2024"],
  ],
  [
    "初中 and 高中 keep their 中",
    "全省共有初中1800所，普通高中600所。",
    { year: 2024 },
    ["初中 level 1800 2024", "普通高中 level 600 2024"],
  ],
  [
    "出口额 and 进口额 are exports and imports, the parts of trade",
    "全年货物进出口总额1286.4亿元，其中出口额800.1亿元，进口额486.3亿元。",
    { year: 2024 },
    ["trade level 1286.4 2024", "exports level 800.1 2024", "imports level 486.3 2024"],
  ],
  // figures printed full width
  [
    "full-width digits and ％",
    "全年地区生产总值３８５．６亿元，增长５．６％。",
    { year: 2023 },
    ["gdp level 385.6 2023", "gdp cumulative_change 5.6% 2022-2023"],
  ],
];

describe("the phrasings of statistical texts", () => {
  it.each(PHRASINGS)("%s", (_what, text, options, expected) => {
    expect(rows(text, options)).toEqual(expected);
  });
});

describe("one subject with 与 in its name", () => {
  it("is one mention, so that its figure of the base year in brackets is checked against it", () => {
    const e = extractClaims("全年研究与试验发展经费支出9.8亿元，比2018年增长1.4倍（2018年为4.1亿元）。", {
      year: 2023,
    });
    expect(new Set(e.claims.map((c) => c.mention)).size).toBe(1);
    const checks = verifyClaims(claimsDefinitionOf(e)).checks.map((c) => `${c.kind} ${c.verdict}`);
    expect(checks).toEqual(["level_vs_change consistent"]);
  });
});

describe("numbers that are no figure", () => {
  it("values 分别 with no list of as many things read are whose the text does not say: none is claimed", () => {
    const { claims, unclassified } = extractClaims("清理规范节庆、论坛、展会，数量分别压减75%、95%、73%。", {
      year: 2024,
    });
    expect(claims).toEqual([]);
    expect(unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual([
      "75 no_relation",
      "95 no_relation",
      "73 no_relation",
    ]);
  });

  it("the bounds of a statistical scope (统计口径, 统计起点) are definitions", () => {
    const { claims, unclassified } = extractClaims(
      "注：规模以上工业统计口径由年主营业务收入500万元调整为2000万元及以上的工业法人企业。固定资产投资项目统计起点由计划总投资50万元提高到500万元。",
      { year: 2024 },
    );
    expect(claims).toEqual([]);
    expect(unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual([
      "500 definition",
      "2000 definition",
      "50 definition",
      "500 definition",
    ]);
  });

  it("lists each with its reason: dates, names, ordinals, durations, scopes, one side of a rate, a unit's denominator", () => {
    const { unclassified, claims } = extractClaims(
      "2021年12月15日，建设5G基站，S1线通车，第3批村庄，连续5年获奖，“9041”标准。在监测的339个城市中，优良天数比例为87.2%。人民币平均汇率为1美元兑7.12元。降尘为2.56吨/（平方千米×30天）。",
      Y2021,
    );
    expect(unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual([
      "2021 date",
      "12 date",
      "15 date",
      "5 name",
      "1 name",
      "3 ordinal",
      "5 duration",
      "9041 name",
      "339 definition",
      "1 part",
      "30 definition",
    ]);
    expect(claims.map((c) => c.value)).toEqual(["87.2%", "7.12", "2.56"]);
  });

  it("a definition's numbers, a policy's articles and steps of a rank", () => {
    const { unclassified, claims } = extractClaims(
      "全国人口是指我国大陆31个省、自治区、直辖市的人口。出台服务业高质量发展30条措施。两个开发区全国排名46位、82位，分别提升6位、49位。",
      { year: 2024 },
    );
    expect(unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual([
      "31 definition",
      "30 name",
      "46 ordinal",
      "82 ordinal",
      "6 ordinal",
      "49 ordinal",
    ]);
    expect(claims).toEqual([]);
  });

  it("the count of a document's issuers is part of their name", () => {
    const { unclassified, claims } = extractClaims("国家卫健委等14部门发布《工作要点》。", { year: 2024 });
    expect(unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual(["14 name"]);
    expect(claims).toEqual([]);
  });
});

/** The targets of a text as `indicator kind value when | condition`. */
function targets(text: string, options: ExtractOptions = {}): string[] {
  return extractClaims(text, options).targets.map(
    (t) =>
      `${[t.region, t.breakdown, t.indicator].filter((p) => p !== undefined).join("·")} ${t.kind} ${t.value} ${t.year ?? `${t.from}-${t.to}`} | ${t.condition}${t.nature ? ` ${t.nature}` : ""}`,
  );
}

describe("targets", () => {
  it("a price's rise (居民消费价格涨幅2%左右) is a ceiling, a growth's (增长5%左右) a floor", () => {
    expect(targets("2025年政府工作报告\n今年主要预期目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右。")).toEqual(
      [
        "gdp cumulative_change 5% 2024-2025 | change(gdp, 2024, 2025) >= 5%",
        "consumer_prices cumulative_change 2% 2024-2025 | change(consumer_prices, 2024, 2025) <= 2%",
      ],
    );
  });

  it("a plan under way in a section of its achievements (“十四五”以来) is read to the year in review, not its last", () => {
    const e = extractClaims(
      "临江市政府工作报告\n——2025年1月15日在临江市第十七届人民代表大会第五次会议上\n各位代表：\n一、2024年工作回顾\n全市地区生产总值增长5.2%。\n二、“十四五”以来主要成就\n“十四五”以来，一般公共预算收入由338.9亿元增加到412.6亿元，年均增长5.0%。",
    );
    expect(e.claims.map((c) => `${c.kind} ${c.value} ${c.year ?? `${c.from}-${c.to}`}`)).toContain(
      "average_growth 5.0% 2020-2024",
    );
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });

  it("a work report's 主要预期目标 for its year: a range is a floor and a ceiling, 控制在 a ceiling", () => {
    expect(
      targets(
        "2016年政府工作报告\n今年发展的主要预期目标是：国内生产总值增长6.5%－7%，城镇新增就业1000万人以上，城镇登记失业率控制在4.5%以内。",
      ),
    ).toEqual([
      "gdp cumulative_change 6.5% 2015-2016 | change(gdp, 2015, 2016) >= 6.5%",
      "gdp cumulative_change 7% 2015-2016 | change(gdp, 2015, 2016) <= 7%",
      "城镇新增就业 level 1000 2016 | 城镇新增就业[2016] >= 1000 万人",
      "城镇登记失业率 share 4.5% 2016 | 城镇登记失业率[2016] <= 4.5%",
    ]);
  });

  it("a work report's review, the next plan's targets (到2030年, 年均 over the plan) and this year's, each from its heading", () => {
    const text =
      "2026年某省政府工作报告\n一、2025年工作回顾\n全省生产总值增长5.1%。\n二、“十五五”时期主要目标\n到2030年，森林覆盖率达到25%，地区生产总值年均增长5%左右。\n三、2026年重点工作\n主要预期目标是：生产总值增长5%左右，单位生产总值能耗降低2.5%左右。";
    expect(rows(text, {})).toEqual(["gdp cumulative_change 5.1% 2024-2025"]);
    expect(targets(text)).toEqual([
      "forest_cover share 25% 2030 | forest_cover[2030] >= 25%",
      "gdp average_growth 5% 2025-2030 | cagr(gdp, 2025, 2030) >= 5%",
      "gdp cumulative_change 5% 2025-2026 | change(gdp, 2025, 2026) >= 5%",
      "energy_intensity cumulative_change -2.5% 2025-2026 | change(energy_intensity, 2025, 2026) <= -2.5%",
    ]);
  });

  it("a plan's table of indicators: the base year's figures as claims, the last year's and the average over the plan as targets, 约束性/预期性 kept", () => {
    const text = [
      "某市国民经济和社会发展第十四个五年规划纲要",
      "表1 “十四五”时期经济社会发展主要指标",
      "指标\t单位\t2020年\t2025年\t年均增长（%）\t属性",
      "地区生产总值\t亿元\t1000\t1300\t5.4\t预期性",
      "研发投入强度\t%\t2.5\t3.0\t—\t约束性",
    ].join("\n");
    expect(rows(text, {})).toEqual(["gdp level 1000 2020", "研发投入强度 share 2.5% 2020"]);
    expect(targets(text)).toEqual([
      "gdp level 1300 2025 | gdp[2025] >= 1300 亿元 预期性",
      "gdp average_growth 5.4% 2020-2025 | cagr(gdp, 2020, 2025) >= 5.4% 预期性",
      "研发投入强度 share 3.0% 2025 | 研发投入强度[2025] >= 3.0% 约束性",
    ]);
  });

  it("a plan's table as plans print it: 类别 and 指标 columns, numbered names with their unit in brackets, rows of growth, 〔〕 over the plan's years, bounds in cells", () => {
    const table = [
      "| 类别 | 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |",
      "| --- | --- | --- | --- | --- | --- |",
      "| 经济发展 | 1.地区生产总值增长（%） | 2.3 | — | 6左右 | 预期性 |",
      "| | 2.全员劳动生产率增长（%） | 2.5 | — | 高于地区生产总值增长 | 预期性 |",
      "| | 3.常住人口城镇化率（%） | 60.6 | 65 | 〔4.4〕 | 预期性 |",
      "| 创新驱动 | 4.研发经费投入增长（%） | — | — | >7 | 预期性 |",
      "| | 5.每万人口高价值发明专利拥有量（件） | 6.3 | 12 | 〔5.7〕 | 预期性 |",
      "| 绿色生态 | 6.单位地区生产总值能源消耗降低（%） | — | — | 〔13.5〕 | 约束性 |",
    ];
    const piped = ["某市国民经济和社会发展第十四个五年规划纲要", "表1 “十四五”时期经济社会发展主要指标", ...table].join(
      "\n",
    );
    // the same table as a word processor's text gives it, cells between tabs
    const tabbed = piped
      .split("\n")
      .filter((l) => !/^\|[\s|-]+$/.test(l))
      .map((l) =>
        l.startsWith("|")
          ? l
              .replace(/^\||\|$/g, "")
              .split("|")
              .map((c) => c.trim())
              .join("\t")
          : l,
      )
      .join("\n");
    for (const text of [piped, tabbed]) {
      expect(rows(text, {})).toEqual([
        "gdp cumulative_change 2.3% 2019-2020",
        "全员劳动生产率 cumulative_change 2.5% 2019-2020",
        "urbanization share 60.6% 2020",
        "每万人口高价值发明专利拥有量 level 6.3 2020",
      ]);
      expect(targets(text)).toEqual([
        "gdp average_growth 6% 2020-2025 | cagr(gdp, 2020, 2025) >= 6% 预期性",
        "urbanization share 65% 2025 | urbanization[2025] >= 65% 预期性",
        "urbanization pp_change 4.4pp 2020-2025 | ppchange(urbanization, 2020, 2025) >= 4.4pp 预期性",
        "研发经费投入 average_growth 7% 2020-2025 | cagr(研发经费投入, 2020, 2025) > 7% 预期性",
        "每万人口高价值发明专利拥有量 level 12 2025 | 每万人口高价值发明专利拥有量[2025] >= 12 件 预期性",
        "每万人口高价值发明专利拥有量 absolute_change 5.7 2020-2025 | 每万人口高价值发明专利拥有量[2025] - 每万人口高价值发明专利拥有量[2020] >= 5.7 件 预期性",
        "energy_intensity cumulative_change -13.5% 2020-2025 | change(energy_intensity, 2020, 2025) <= -13.5% 约束性",
      ]);
      const e = extractClaims(text);
      expect(e.unclassified.filter((u) => u.reason === "no_relation").map((u) => u.number)).toEqual([]);
    }
  });

  it("a budget report: this year's execution as claims, next year's draft as targets", () => {
    const text =
      "关于某市2024年预算执行情况和2025年预算草案的报告\n一、2024年预算执行情况\n全市一般公共预算收入120亿元，增长5.2%。\n二、2025年预算草案\n全市一般公共预算收入预计125亿元，增长4%左右。";
    expect(rows(text, {})).toEqual([
      "budget_revenue level 120 2024",
      "budget_revenue cumulative_change 5.2% 2023-2024",
    ]);
    expect(targets(text)).toEqual([
      "budget_revenue level 125 2025 | budget_revenue[2025] >= 125 亿元",
      "budget_revenue cumulative_change 4% 2024-2025 | change(budget_revenue, 2024, 2025) >= 4%",
    ]);
  });

  it("a budget draft's 预期 and 安排 are verbs, not part of the subject", () => {
    const text =
      "关于2023年预算执行情况和2024年预算草案的报告\n二、2024年预算草案\n2024年全区一般公共预算收入预期27.1亿元，增长6%。一般公共预算支出安排49.5亿元。政府性基金预算收入预期安排20亿元。";
    expect(targets(text)).toEqual([
      "budget_revenue level 27.1 2024 | budget_revenue[2024] >= 27.1 亿元",
      "budget_revenue cumulative_change 6% 2023-2024 | change(budget_revenue, 2023, 2024) >= 6%",
      "budget_expenditure level 49.5 2024 | budget_expenditure[2024] >= 49.5 亿元",
      "政府性基金预算收入 level 20 2024 | 政府性基金预算收入[2024] >= 20 亿元",
    ]);
  });

  it("a budget's sources of revenue after 加上 are each their own subject", () => {
    expect(
      rows("一般公共预算收入完成25.6亿元。加上上级补助收入12.3亿元、调入资金3.4亿元，收入总计41.3亿元。", {
        year: 2023,
      }),
    ).toEqual([
      "budget_revenue level 25.6 2023",
      "上级补助收入 level 12.3 2023",
      "调入资金 level 3.4 2023",
      "收入 level 41.3 2023",
    ]);
  });

  it("a work report delivered at a year's end reviews that year and sets the next one's targets", () => {
    const text =
      "——2021年12月15日在某区第十七届人民代表大会第一次会议上\n各位代表：\n过去五年工作回顾\n预计2021年完成地区生产总值276亿元，比2016年增长28.5%。\n三、2022年政府工作计划\n地区生产总值增长5%以上。";
    expect(rows(text, {})).toEqual(["gdp level 276 2021 预计", "gdp cumulative_change 28.5% 2016-2021 预计"]);
    expect(targets(text)).toEqual(["gdp cumulative_change 5% 2021-2022 | change(gdp, 2021, 2022) >= 5%"]);
  });
});

describe("counts of those that did one thing and another", () => {
  it("持平的为4个，下降的为43个: each clause's count is of its own, never the same figure printed again", () => {
    const e = extractClaims("新建商品住宅销售价格环比上涨的城市个数为23个，持平的为4个，下降的为43个。", {
      year: 2024,
    });
    expect(e.claims.map((c) => c.value)).toEqual(["23", "4", "43"]);
    expect(new Set(e.claims.map((c) => c.indicator)).size).toBe(3);
    expect(e.claims.map((c) => c.indicator).slice(1)).toEqual([
      "新建商品住宅销售价格持平的",
      "新建商品住宅销售价格下降",
    ]);
  });
});

describe("the document's own place", () => {
  it("a subject opening with the place's own name is the document's own (东莞实现地区生产总值 is gdp), its standing in brackets no part of it", () => {
    const e = extractClaims(
      "2024年东莞市国民经济和社会发展统计公报\n全年东莞实现地区生产总值（初步核算数）12282.15亿元，比上年增长4.6%。东莞市常住人口1000万人。",
    );
    expect(e.document.place).toBe("东莞");
    expect(e.claims.map(row)).toEqual([
      "gdp level 12282.15 2024",
      "gdp cumulative_change 4.6% 2023-2024",
      "population level 1000 2024",
    ]);
  });
});

describe("the region above the document's own", () => {
  it("in a district's report 全市 is the city above it; rates against it and against a quarter are two figures, neither a guess", () => {
    const e = extractClaims(
      "2022年上半年全区经济运行情况\n1—6月，全区实现地区生产总值125.3亿元，同比增长3.1%，增速比一季度回落1.2个百分点，高于全市（1.6%）1.5个百分点。",
    );
    expect(e.claims.map(row)).toEqual([
      "gdp level 125.3 2022 @H1",
      "gdp cumulative_change 3.1% 2021-2022 @H1",
      "gdp rate_difference -1.2pp 2021-2022 than=Q1 @H1",
      "全市·gdp cumulative_change 1.6% 2021-2022 @H1",
      "gdp rate_difference 1.5pp 2021-2022 than=gdp @H1",
    ]);
    expect(e.claims.filter((c) => c.confidence !== "high")).toEqual([]);
    // the rate against the city's is checked: 3.1% − 1.6% is 1.5 points
    const report = verifyClaims(claimsDefinitionOf(e));
    expect(report.checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });

  it("a share of another region's total is of that region's figure, which verification then holds it to", () => {
    const e = extractClaims(
      "2024年某市国民经济和社会发展统计公报\n全年全市地区生产总值5000亿元，占全省地区生产总值的比重为10.0%。全省地区生产总值50000亿元。新能源汽车产量30万辆，总量占全国10.5%。",
    );
    expect(e.document.level).toBe("city");
    expect(e.claims.map((c) => `${c.label} ${c.kind} ${c.value} ${c.of ?? ""} ${c.ofRegion ?? ""}`.trim())).toEqual([
      "地区生产总值 level 5000",
      "地区生产总值 share 10.0% gdp 全省",
      "全省地区生产总值 level 50000",
      "新能源汽车产量 level 30",
      // (总量 after a level is no second figure of the same subject: it is read as its own, never checked against it)
      "新能源汽车产量 share 10.5% 新能源汽车产量 全国",
    ]);
    const report = verifyClaims(claimsDefinitionOf(e));
    expect(report.checks.map((c) => `${c.id} ${c.verdict}`)).toEqual(["share_vs_levels:gdp/全省·gdp:2024 consistent"]);
  });

  it("in a city's report 全市 is its own whole", () => {
    expect(rows("全市地区生产总值5000亿元，增长5.0%。", { year: 2024 })).toEqual([
      "gdp level 5000 2024",
      "gdp cumulative_change 5.0% 2023-2024",
    ]);
  });
});

describe("rules that must not misfire", () => {
  it("an amount 比X高 is no level of the subject; a verb of a list's value holds for the values after it", () => {
    const e = extractClaims(
      "2024年某某市国民经济和社会发展统计公报\n全年城镇居民人均可支配收入52000元。城镇居民人均可支配收入比农村居民高3.5万元。",
    );
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
    expect(rows("第一产业、第二产业、第三产业增加值分别增长3.0%、下降1.0%和2.0%。", { year: 2024 })).toEqual([
      "primary cumulative_change 3.0% 2023-2024",
      "secondary cumulative_change -1.0% 2023-2024",
      "tertiary cumulative_change -2.0% 2023-2024",
    ]);
  });

  it("在A中 names a whole only when A names things or a measure, and its frame ends at a subject naming its own whole", () => {
    expect(
      rows(
        "在全省考核中，全市新增高新技术企业600家。在校生中，女生50万人。在监测的339个城市中，优良天数比例为87.2%。在规模以上服务业中，营业收入增长8.2%。在规模以上工业中，高技术制造业增加值200亿元；全年建筑业增加值1500亿元。",
        { year: 2024 },
      ),
    ).toEqual([
      "新增高新技术企业 level 600 2024",
      "女生·在校生 level 50 2024",
      "优良天数 share 87.2% 2024",
      "规模以上服务业营业收入 cumulative_change 8.2% 2023-2024",
      "高技术制造业·industrial_value_added level 200 2024",
      "建筑业增加值 level 1500 2024",
    ]);
  });

  it("a family's measure after ； under 其中 is the whole's even when the clause ends 其中; ratios per 100; ages in 周岁; days as a count", () => {
    expect(
      rows(
        "粮食播种面积500万亩，其中稻谷播种面积300万亩；总产量200万吨。男女性别比为104.5:100。全市65周岁以上老年人口150万人。重污染天数3日，比上年减少2日。",
        { year: 2024 },
      ),
    ).toEqual([
      "粮食播种面积 level 500 2024",
      "稻谷·粮食播种面积 level 300 2024",
      "粮食总产量 level 200 2024",
      "男女性别比 level 104.5 2024",
      "x_65周岁以上老年人口 level 150 2024",
      "重污染天数 level 3 2024",
      "重污染天数 absolute_change -2 2023-2024",
    ]);
  });

  it("a verb of its own joins values of one kind only: 达到5379亿元、增长18.5% gives the list before it nothing", () => {
    const got = rows(
      "对中亚五国、东盟进出口分别增长37.2%、19%，全省进出口总值创历史新高，达到5379亿元、增长18.5%。延长石油产量100万吨。",
      { year: 2025 },
    );
    expect(got.slice(0, 2)).toEqual([
      "对中亚五国进出口 cumulative_change 37.2% 2024-2025",
      "东盟进出口 cumulative_change 19% 2024-2025",
    ]);
    expect(got.filter((r) => r.startsWith("东盟进出口"))).toHaveLength(1);
    expect(got).toContain("延长石油产量 level 100 2025");
  });

  it("per thousand, per pupil and per visit figures of 城镇 and 农村 do not add up to the whole's", () => {
    const e = extractClaims(
      "2024年某某省卫生健康事业发展统计公报\n每千人口医疗卫生机构床位7.47张，其中城镇9.80张，农村6.25张。普通小学生均一般公共预算教育事业费13858元，其中城镇14500元，农村11999元。",
    );
    expect(e.claims).toHaveLength(6);
    expect(verifyClaims(claimsDefinitionOf(e)).checks).toEqual([]);
  });

  it("a rate printed as a change is its own (死亡率下降10%), a named rate stays named (登记失业率), and a growth printed before 的 names no things", () => {
    expect(rows("火灾死亡人数15人，死亡率下降10%。城镇登记失业人员2.1万人，登记失业率2.5%。", { year: 2024 })).toEqual([
      "火灾死亡人数 level 15 2024",
      "死亡率 cumulative_change -10% 2023-2024",
      "城镇登记失业人员 level 2.1 2024",
      "登记失业率 share 2.5% 2024",
    ]);
    expect(rows("5.2%的经济增长高于全国平均水平。", { year: 2024 })).toEqual([]);
    const e = extractClaims("火灾死亡人数15人，死亡率下降10%。", { year: 2024 });
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });

  it("a growth rate reached (增速升至5.6%) is the growth; 与上年末基本持平 compares with last year's end", () => {
    expect(rows("地区生产总值增速升至5.6%。年末常住人口1000万人，与上年末基本持平。", { year: 2024 })).toEqual([
      "gdp cumulative_change 5.6% 2023-2024",
      "population level 1000 2024",
      "population cumulative_change 持平 2023-2024",
    ]);
  });

  it("ranks in words (前十位…；前二十位) and a denominator with a middle dot (吨/（平方千米·30天）)", () => {
    expect(
      rows("排名前十位的企业营业收入增长0.6%；前二十位增长0.5%。降尘为2.56吨/（平方千米·30天）。", { year: 2024 }),
    ).toEqual([
      "排名前十位的企业营业收入 cumulative_change 0.6% 2023-2024",
      "排名前二十位的企业营业收入 cumulative_change 0.5% 2023-2024",
      "降尘 level 2.56 2024",
    ]);
  });

  it("总数 after new things is of the things, never a second figure of the new ones", () => {
    for (const text of [
      "全年新认定国家高新技术企业300家，总数达2000家。",
      "成都始发的中欧班列新增连接境外城市10个、总数达68个。",
    ]) {
      const e = extractClaims(text, { year: 2024 });
      expect(new Set(e.claims.map((c) => c.indicator)).size).toBe(2);
      expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
    }
  });

  it("a bracket of 其中 after a change is a part of the change, no level; a bracket after a figure names no base", () => {
    expect(rows("进出口比上年增加200亿元（其中出口150亿元）。出口2000亿元，比上年增长8.0%。", { year: 2024 })).toEqual([
      "进出口 absolute_change 200 2023-2024",
      "exports level 2000 2024",
      "exports cumulative_change 8.0% 2023-2024",
    ]);
    expect(rows("地区生产总值比2020年增长25.3%（年均增长5.8%）。", { year: 2024 })).toEqual([
      "gdp cumulative_change 25.3% 2020-2024",
      "gdp average_growth 5.8% 2020-2024",
    ]);
  });

  it("全市 in a county's report is the city above it; 全市 alone in a city's report is its own whole", () => {
    const county = extractClaims(
      "2024年某某县国民经济和社会发展统计公报\n全县地区生产总值180亿元，占全市的6.0%。全市地区生产总值3000亿元。",
    );
    expect(county.claims.map((c) => `${row(c)}${c.ofRegion ? ` in ${c.ofRegion}` : ""}`)).toEqual([
      "gdp level 180 2024",
      "gdp share 6.0% 2024 of=gdp in 全市",
      "全市·gdp level 3000 2024",
    ]);
    const city = extractClaims(
      "2024年合肥市国民经济和社会发展统计公报\n年末常住人口1000万人。城镇人口700万人，占全市的70.0%。",
    );
    expect(city.claims.filter((c) => c.ofRegion !== undefined)).toEqual([]);
  });

  it("比上年低 some points after a share, or of a rate named by its level, is its change in points; against a quarter, a difference of rates", () => {
    expect(rows("一般公共预算收入增长5.0%，占GDP的比重为8.5%，比上年低0.3个百分点。", { year: 2024 })).toContain(
      "budget_revenue pp_change -0.3pp 2023-2024",
    );
    expect(rows("研发经费投入强度2.5%，比上年高0.1个百分点。", { year: 2024 })).toContain(
      "研发经费投入强度 pp_change 0.1pp 2023-2024",
    );
    expect(rows("城镇调查失业率5.2%，比一季度低0.3个百分点。", { year: 2024 })).toContain(
      "城镇调查失业率 rate_difference -0.3pp 2023-2024 than=Q1",
    );
  });

  it("a whole's word inside another word (健全市场, 健全区域) says nothing of the document's level", () => {
    expect(extractClaims("加快健全市场体系。全省地区生产总值50000亿元。", { year: 2024 }).claims.map(row)).toEqual([
      "gdp level 50000 2024",
    ]);
    expect(extractClaims("健全区域协调发展机制。全市地区生产总值3000亿元。", { year: 2024 }).document.level).toBe(
      "city",
    );
  });

  it("what was saved (减少…, 降低…) is left unread, whatever subject follows; a change since last year's end in a part of the year too", () => {
    const e = extractClaims(
      "全年能源消费总量2000万吨标准煤。全年减少能源消费总量30万吨标准煤。全年降低一般性支出10%。9月末，贷款余额8000亿元，同比增长9.5%，比上年末增加600亿元。",
      { year: 2023 },
    );
    expect(e.claims.map(row)).toEqual([
      "energy level 2000 2023",
      "贷款余额 level 8000 2023 @M9",
      "贷款余额 cumulative_change 9.5% 2022-2023 @M9",
    ]);
    expect(e.unclassified.filter((u) => u.reason === "no_relation").map((u) => u.number)).toEqual(["30", "10", "600"]);
  });

  it("a verb of change before a subject is read so only for 净增, 压减 and their like, not for what was saved (降低, 减少), nor before 的 or 幅度", () => {
    expect(
      rows("能源消费总量2000万吨标准煤，比上年增长2.0%。全年减少能源消费总量30万吨标准煤，为企业降低成本200亿元。", {
        year: 2024,
      }).filter((r) => r.includes("absolute_change")),
    ).toEqual([]);
    expect(rows("下降的行业有12个。", { year: 2024 })).toEqual([]);
    expect(rows("规模以上工业增加值下降3%，下降幅度比一季度收窄1.5个百分点。", { year: 2024 })).toEqual([
      "industrial_value_added cumulative_change -3% 2023-2024",
      "industrial_value_added rate_difference 1.5pp 2023-2024 than=Q1",
    ]);
  });

  it("a count in 万所 opens a part about its things; a count in brackets heads nothing after them", () => {
    expect(
      rows("年末共有普通高校100所，在校学生300.5万人；普通中学1.2万所，在校学生500.3万人。", { year: 2024 }),
    ).toEqual([
      "普通高校 level 100 2024",
      "普通高校·在校学生 level 300.5 2024",
      "普通中学 level 1.2 2024",
      "普通中学·在校学生 level 500.3 2024",
    ]);
    const e = extractClaims(
      "普通高中60所，在校生14.01万人；中职学校29所（含技工学校7所），在校生8.68万人；普通小学300所，在校生50万人。",
      { year: 2024 },
    );
    expect(e.claims.filter((c) => c.value === "8.68").map((c) => c.breakdown)).toEqual(["中职学校"]);
  });

  it("another region's label names its region once; 发生额 stays in its name", () => {
    const e = extractClaims("居民消费价格上涨0.3%，高于全国（-1.2%）1.5个百分点。贷款发生额500亿元。", { year: 2024 });
    expect(e.claims.map((c) => c.label)).toEqual(["居民消费价格", "全国居民消费价格", "居民消费价格", "贷款发生额"]);
  });

  it("a class's bound keeps the class in the name unless it is a scope in money: 65岁及以上户籍人口 is not 户籍人口", () => {
    const e = extractClaims("年末全市户籍人口700万人。全市65岁及以上户籍人口120万人，占户籍人口的17.1%。", {
      year: 2024,
    });
    expect(new Set(e.claims.map((c) => c.indicator)).size).toBe(2);
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });

  it("及以上 before 和 or 目标 bounds a target, not a class", () => {
    const e = extractClaims(
      "2025年某省政府工作报告\n二、2025年主要预期目标\n地区生产总值和一般公共预算收入分别增长5.5%及以上和5%左右，城镇新增就业20万人及以上目标。",
    );
    expect(e.targets.map((t) => `${t.indicator} ${t.value}`)).toEqual([
      "gdp 5.5%",
      "budget_revenue 5%",
      "城镇新增就业 20",
    ]);
  });

  it("an amount printed with a share of something else still adds up from its parts", () => {
    const e = extractClaims(
      "全年固定资产投资比上年增长5.0%，占全省的比重为12.0%。其中，第一产业投资增长1.0%；第二产业投资增长4.0%；第三产业投资增长6.0%。",
      { year: 2024 },
    );
    expect(Object.keys(e.parts)).toEqual(["investment"]);
  });

  it("a place named like the document's own is its own only before a usual indicator", () => {
    const read = (title: string, text: string) =>
      extractClaims(`${title}\n${text}`).claims.map((c) => [c.region, c.indicator].filter(Boolean).join("·"));
    expect(read("2024年吉林省国民经济和社会发展统计公报", "吉林市地区生产总值1500亿元。")).toEqual([
      "吉林市地区生产总值",
    ]);
    expect(read("2024年苏州市国民经济和社会发展统计公报", "苏州工业园区地区生产总值3600亿元。")).toEqual([
      "苏州工业园区地区生产总值",
    ]);
    expect(read("2024年苏州市国民经济和社会发展统计公报", "苏州地区生产总值24000亿元。")).toEqual(["gdp"]);
  });

  it("纳入统计范围的 names a scope, and its figures are figures", () => {
    const e = extractClaims("纳入统计范围的规模以上工业企业实现营业收入1000亿元，比上年增长5.0%。", { year: 2024 });
    expect(e.claims.map((c) => c.kind)).toEqual(["level", "cumulative_change"]);
  });

  it("升值 of anything but a rate of exchange is its own change", () => {
    const e = extractClaims("全市国有土地资产比上年升值3.0%。", { year: 2024 });
    expect(e.claims.map((c) => `${c.kind} ${c.value} ${c.inverse ?? ""}`)).toEqual(["cumulative_change 3.0% "]);
  });

  it("a dash keeps its minus before a number in another unit or a smaller one", () => {
    const values = (text: string) => extractClaims(text, { year: 2024 }).claims.map((c) => c.value);
    expect(values("出口总额3000亿元-5.3%。")).toContain("-5.3%");
    expect(values("平均气温16.5℃-0.3℃。")).toEqual(["16.5", "-0.3"]);
  });

  it("a total and parts in units that do not convert are proposed to no one", () => {
    const e = extractClaims("年末总户籍人口180万户、500万人，其中：城镇300万人，乡村210万人。", { year: 2024 });
    const report = verifyClaims(claimsDefinitionOf(e));
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a unit word is read whole before a magnitude and a shorter word: 千瓦时 is no 千 of 瓦, here or under a slash", () => {
    const units = (text: string) => extractClaims(text, { year: 2024 }).claims.map((c) => c.unit);
    expect(units("全社会用电量1200千瓦时。装机容量300千瓦。发电量12亿千瓦时。工商业平均电价下降1分/千瓦时。")).toEqual([
      "千瓦时",
      "千瓦",
      "亿千瓦时",
      "分/千瓦时",
    ]);
  });

  it("legal persons are counted in 个, not in people", () => {
    expect(extractClaims("年末全市企业法人12.3万。", { year: 2024 }).claims.map((c) => c.unit)).toEqual(["万个"]);
  });
});

describe("tables", () => {
  it("按…分 breaks a caption down only with its 分 (按产业链分… names no breakdown by 产业)", () => {
    const rows = (caption: string) =>
      extractClaims(
        [
          "2023年某州国民经济和社会发展统计公报",
          "全年固定资产投资比上年增长1.2%。",
          `        ${caption}`,
          "     指标名称            单位    比上年增长",
          "     总计                %          1.2",
          "   采矿业                %        -50.2",
          "",
        ].join("\n"),
      ).claims.filter((c) => c.line >= 5);
    expect(rows("表3   2023年按行业分固定资产投资增长速度").map((c) => c.breakdown)).toEqual([undefined, "采矿业"]);
    expect(rows("表3   2023年按产业链分规模以上工业增加值增长速度").map((c) => c.breakdown)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("a table its caption breaks down (分行业…): every row but the total is a part of the caption's whole", () => {
    const text = [
      "2023年某州国民经济和社会发展统计公报",
      "全年采矿业增加值增长5.0%，制造业增加值增长6.0%。全年固定资产投资比上年增长1.2%。",
      "        表3   2023年分行业固定资产投资增长速度",
      "     指标名称            单位    比上年增长",
      "     总计                %          1.2",
      "      #农林牧渔业         %        -22.8",
      "—   4—",
      "   采矿业                %        -50.2",
      "   教育                  %         -1.4",
      "",
    ].join("\n");
    expect(
      extractClaims(text)
        .claims.filter((c) => c.line >= 5)
        .map(row),
    ).toEqual([
      "investment cumulative_change 1.2% 2022-2023",
      "农林牧渔业·investment cumulative_change -22.8% 2022-2023",
      "采矿业·investment cumulative_change -50.2% 2022-2023",
      "教育·investment cumulative_change -1.4% 2022-2023",
    ]);
  });
});

describe("the relations a text proposes", () => {
  it("the parts a text breaks a total into, when they make it up, and the identities that hold by definition", () => {
    const e = extractClaims(
      "全年固定资产投资100亿元。分产业看，第一产业投资10亿元；第二产业投资35亿元；第三产业投资55亿元。能源消费总量63万吨标准煤，地区生产总值276亿元，单位GDP能耗0.23吨标准煤/万元。",
      { year: 2023 },
    );
    expect(
      Object.entries(e.parts).map(
        ([total, parts]) => `${total}: ${parts.map((p) => p.replace(/#\d+$/, "")).join(" + ")}`,
      ),
    ).toEqual(["investment: 第一产业·investment + 第二产业·investment + 第三产业·investment"]);
    expect(e.identities).toEqual(["energy_intensity = energy / gdp"]);
    expect(e.means).toEqual({});
  });

  it("a budget's revenue is its tax and non-tax revenue", () => {
    const e = extractClaims("全区一般公共预算收入25.6亿元，其中，税收收入18.2亿元，非税收入7.4亿元。", { year: 2023 });
    expect(
      Object.entries(e.parts).map(
        ([total, parts]) => `${total}: ${parts.map((p) => p.replace(/#\d+$/, "")).join(" + ")}`,
      ),
    ).toEqual(["budget_revenue: 税收·budget_revenue + 非税·budget_revenue"]);
    const report = verifyClaims(claimsDefinitionOf(e));
    expect(report.checks.filter((c) => c.verdict === "consistent")).toHaveLength(1);
  });

  it("a total that is no usual indicator, named in its parts as the claims file files it, and verified", () => {
    const e = extractClaims("年末总户籍人口500万人，其中：城镇300万人，乡村210万人。", { year: 2023 });
    expect(Object.entries(e.parts).map(([total, parts]) => `${total} = ${parts.join(" + ")}`)).toEqual([
      "总户籍人口#1 = 城镇·总户籍人口#2 + 乡村·总户籍人口#3",
    ]);
    const report = verifyClaims(claimsDefinitionOf(e));
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    // 300 + 210 is not 500
    expect(report.checks.filter((c) => c.verdict === "inconsistent")).toHaveLength(1);
  });

  it("a breakdown of a coefficient, a price or an average proposes no parts: they do not add up", () => {
    for (const text of [
      "年末居民恩格尔系数30.0%。其中城镇30.1%，农村29.5%。",
      "全年工业生产者出厂价格比上年下降2.0%，其中：轻工业下降1.0%，重工业下降2.5%。",
      "全年居民人均可支配收入40000元，其中：城镇50000元，农村20000元。",
    ]) {
      const e = extractClaims(text, { year: 2023 });
      expect(e.claims.filter((c) => c.breakdown !== undefined).length).toBeGreaterThan(0);
      expect(e.parts).toEqual({});
    }
  });

  it("a currency's 贬值 beside its rate in 元 per 美元 is read, but nothing is checked against it", () => {
    const e = extractClaims("全年人民币平均汇率为1美元兑7.1217元人民币，比上年贬值1.1%。", { year: 2024 });
    expect(e.claims.map((c) => `${row(c)}${c.inverse ? " inverse" : ""}`)).toEqual([
      "人民币平均汇率 level 7.1217 2024",
      "人民币平均汇率 cumulative_change -1.1% 2023-2024 inverse",
    ]);
    expect(claimsDefinitionOf(e).claims.map((c) => (c as { kind: string }).kind)).toEqual(["level"]);
  });

  it("an average over groups, which verification holds between its groups", () => {
    const e = extractClaims(
      "全体居民人均可支配收入41314元。城镇居民人均可支配收入54188元；农村居民人均可支配收入23119元。",
      { year: 2024 },
    );
    expect(e.means).toEqual({ income_per_capita: ["urban_income", "rural_income"] });
    expect(claimsDefinitionOf(e).means).toEqual({ income_per_capita: ["urban_income", "rural_income"] });
  });
});

describe("units in Latin letters", () => {
  it("a data volume in GB keeps its unit after a magnitude (3376亿GB)", () => {
    const e = extractClaims("全年移动互联网用户接入流量3376亿GB，比上年增长11.6%。", { year: 2024 });
    expect(e.claims.map((c) => c.unit ?? "")).toEqual(["亿GB", ""]);
  });
});

describe("the unit of a magnitude printed alone", () => {
  it.each([
    [
      "visits, the full unit printed beside it",
      "2024年全市公园游览人次8.5亿，比上年增加6000万人次。",
      ["亿人次", "万人次"],
    ],
    ["a population, in two magnitudes", "2024年末户籍人口1.2亿，比上年减少80万。", ["亿人", "万人"]],
    ["users, counted in households", "2024年末宽带用户3500万。", ["万户"]],
    ["staff", "2024年末全市从业人员45.3万。", ["万人"]],
    ["a subject that counts nothing the catalogue knows keeps the magnitude", "2024年，公众号阅读量300万。", ["万"]],
  ])("is in what its subject counts: %s", (_what, text, units) => {
    expect(extractClaims(text).claims.map((c) => c.unit)).toEqual(units);
  });
});

describe("changes in points per mille", () => {
  it("are read, flagged and left out of the claims file, whose changes of rates are in percentage points", () => {
    const e = extractClaims("人口自然增长率1.83‰，比上年提高0.01个千分点。", { year: 2024 });
    expect(e.claims.map((c) => `${c.kind} ${c.unit ?? ""} ${c.perMillePoints ?? ""}`.trim())).toEqual([
      "share",
      "absolute_change ‰ true",
    ]);
    expect(claimsDefinitionOf(e).claims.map((c) => (c as { kind: string }).kind)).toEqual(["share"]);
  });
});
