/**
 * Kinds of documents and the parts they are made of. The kind tells what "this year" is: a communiqué reports on the
 * year in its title; a government work report is delivered early in a year, reviews the year before and sets
 * targets for its own; a budget report reviews this year's budget and proposes next year's.
 */

/** The kinds of documents read, each with the words of its title (longest match wins) and of its opening. */
export const DOCUMENT_KINDS = {
  communique: { title: ["国民经济和社会发展统计公报", "统计公报"], opening: [] },
  gwr: { title: ["政府工作报告", "工作报告"], opening: ["各位代表"] },
  analysis: {
    title: ["经济运行情况", "经济运行分析", "运行情况", "经济形势", "主要经济指标", "国民经济运行", "经济运行"],
    opening: [],
  },
  budget: { title: ["预算执行情况", "预算草案", "决算"], opening: [] },
  plan: { title: ["规划纲要", "五年规划", "规划"], opening: [] },
  census: { title: ["普查主要数据公报", "普查公报", "普查"], opening: [] },
  bulletin: { title: ["发展统计公报", "状况公报", "统计分析报告", "公报", "报告"], opening: [] },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/**
 * What a part of a document does, from the words of its heading or opening sentence: a review of what happened
 * (回顾, 过去一年), targets and plans (主要预期目标, 目标任务, 工作安排, 今年), a budget proposed for next year (预算草案).
 */
export const SECTION_ROLES = {
  review: [
    "工作回顾",
    "回顾",
    "过去一年",
    "过去五年",
    "主要成绩",
    "发展成就",
    "成就",
    "一年来",
    "五年来",
    "执行情况",
    "总结",
  ],
  targets: [
    "主要预期目标",
    "预期目标",
    "主要目标",
    "目标任务",
    "总体要求",
    "工作安排",
    "重点工作",
    "重点任务",
    "今年工作",
    "工作建议",
    "工作计划",
    "预算草案",
    "预算安排",
    "奋斗目标",
  ],
} as const;

/** Words of a future or a goal inside a sentence (力争, 确保, 目标): the figures after them are targets. */
export const TARGET_WORDS = [
  "力争",
  "确保",
  "预期目标",
  "目标",
  "控制在",
  "计划",
  "拟",
  "将",
  "要",
  "争取",
  "预期",
] as const;

/** Words that refer to years relative to the document's own: 今年 is its year, 去年 the one before. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  当年: 0,
  全年: 0,
  去年: -1,
  上年: -1,
  上一年: -1,
  明年: 1,
  下一年: 1,
};

/** Words for the five years to the year in review: 五年来, 过去五年. */
export const PLAN_SPAN_WORDS = ["五年来", "过去五年", "五年间", "这五年", "近五年"] as const;
/** Words for the five years ahead (未来五年, 今后五年): the plan under way, whose end year the text does not print. */
export const FUTURE_SPAN_WORDS = ["未来五年", "今后五年"] as const;

/** Lines that are furniture, not text: where the text is from, when it was published, how often it was read. */
export const FURNITURE_WORDS = [
  "来源：",
  "发布日期",
  "发布时间",
  "浏览次数",
  "字号",
  "打印",
  "关闭窗口",
  "责任编辑",
  "分享到",
] as const;

/**
 * Words that go on with a sentence and open none: a line of text converted from a PDF that starts with one continues
 * the line before, across an empty line (优良率 / (empty) / 分别为94.5%、96.7%).
 */
export const SENTENCE_GOES_ON = ["分别", "同比", "比上年", "较上年"] as const;

/**
 * The years of China's national censuses, in order (the n-th is the n-th year listed): 经济普查 (2004, 2008, then every
 * five years), 人口普查, 农业普查. A census names its year: 第五次全国经济普查 is of 2023.
 */
export const CENSUS_YEARS: Readonly<Record<string, readonly number[]>> = {
  经济普查: [2004, 2008, 2013, 2018, 2023],
  人口普查: [1953, 1964, 1982, 1990, 2000, 2010, 2020],
  农业普查: [1996, 2006, 2016],
};
