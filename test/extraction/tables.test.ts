import { describe, expect, it } from "vitest";
import { claimsDefinitionOf, extractClaims, type ExtractedClaim } from "../../src/extraction/index.js";
import { verifyClaims } from "../../src/verification/index.js";

/**
 * Tables as plans, quarterly releases and budget reports print them: each form, the claims and targets read from it,
 * and no finding from a table whose figures agree.
 */
const row = (c: ExtractedClaim) =>
  [
    [c.region, c.breakdown, c.indicator].filter((p) => p !== undefined).join("·"),
    c.kind,
    c.value,
    c.year !== undefined ? String(c.year) : `${c.from}-${c.to}`,
    c.period ? `@${c.period}` : "",
  ]
    .filter((x) => x !== "")
    .join(" ");

const PLAN_TITLE = "某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要";

describe("a plan's table of main indicators", () => {
  it("with 序号 and 单位 columns: item numbers are list marks, a row in % named with 增长 holds growth, a total of a flow over the plan is no change of its levels", () => {
    const text = [
      PLAN_TITLE,
      "表1 “十四五”时期经济社会发展主要指标",
      "| 类别 | 序号 | 指标 | 单位 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性 |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      "| 经济发展 | 1 | 地区生产总值增长 | % | 3.6 | — | 6左右 | 预期性 |",
      "| | 2 | 城镇调查失业率 | % | 5.2 | — | <5.5 | 预期性 |",
      "| 民生福祉 | 3 | 城镇新增就业 | 万人 | 65 | 60 | 〔330〕 | 预期性 |",
      "| | 4 | 人口自然增长率 | ‰ | 3.2 | 3.5 | — | 预期性 |",
      "| 绿色生态 | 5 | 单位地区生产总值能源消耗降低 | % | — | — | 〔14〕 | 约束性 |",
      "| | 6 | 地区生产总值年均增长 | % | — | — | 6.5 | 预期性 |",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.claims.map(row)).toEqual([
      "gdp cumulative_change 3.6% 2019-2020",
      "城镇调查失业率 share 5.2% 2020",
      "城镇新增就业 level 65 2020",
      "人口自然增长率 share 3.2‰ 2020",
    ]);
    expect(e.targets.map((t) => t.condition)).toEqual([
      "cagr(gdp, 2020, 2025) >= 6%",
      "城镇调查失业率[2025] < 5.5%",
      "城镇新增就业[2025] >= 60 万人",
      "人口自然增长率[2025] >= 3.5‰",
      "change(energy_intensity, 2020, 2025) <= -14%",
      "cagr(gdp, 2020, 2025) >= 6.5%",
    ]);
    expect(e.unclassified.filter((u) => u.reason === "list").map((u) => u.number)).toEqual([
      "1",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
    ]);
    expect(e.unclassified.filter((u) => u.reason === "no_relation").map((u) => u.number)).toEqual(["330"]);
  });

  it("as text from a PDF, its columns aligned: the group's words and a column's words are no part of a row's name", () => {
    const text = [
      PLAN_TITLE,
      "",
      "                    表1  “十四五”时期经济社会发展主要指标",
      "   类别                  指标                  2020年     2025年     年均增长〔累计〕   属性",
      "            1.地区生产总值增长（%）              3.6          —           6左右        预期性",
      " 经济发展   2.全员劳动生产率增长（%）            2.5          —     高于地区生产总值增长  预期性",
      "            3.常住人口城镇化率（%）              60.6         65         〔4.4〕       预期性",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.claims.map(row)).toEqual([
      "gdp cumulative_change 3.6% 2019-2020",
      "全员劳动生产率 cumulative_change 2.5% 2019-2020",
      "urbanization share 60.6% 2020",
    ]);
    expect(e.targets.map((t) => t.condition)).toEqual([
      "cagr(gdp, 2020, 2025) >= 6%",
      "urbanization[2025] >= 65%",
      "ppchange(urbanization, 2020, 2025) >= 4.4pp",
    ]);
  });

  it("with a head of two lines (年均增长 over 〔累计〕)", () => {
    const text = [
      PLAN_TITLE,
      "",
      "                    表1  “十四五”时期经济社会发展主要指标",
      "   类别                  指标                  2020年     2025年      年均增长     属性",
      "                                                                      〔累计〕",
      "            1.地区生产总值增长（%）              3.6          —           6左右        预期性",
      " 经济发展   2.常住人口城镇化率（%）              60.6         65         〔4.4〕       预期性",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.claims.map(row)).toEqual(["gdp cumulative_change 3.6% 2019-2020", "urbanization share 60.6% 2020"]);
    expect(e.targets.map((t) => t.condition)).toEqual([
      "cagr(gdp, 2020, 2025) >= 6%",
      "urbanization[2025] >= 65%",
      "ppchange(urbanization, 2020, 2025) >= 4.4pp",
    ]);
  });

  it("a row in a span of time (受教育年限（年）): its 〔〕 is a difference in years, no points", () => {
    const text = [
      "某省国民经济和社会发展第十四个五年规划纲要",
      "| 指标 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性 |",
      "| --- | --- | --- | --- | --- |",
      "| 劳动年龄人口平均受教育年限（年） | 10.8 | 11.4 | 〔0.6〕 | 约束性 |",
    ].join("\n");
    expect(extractClaims(text).targets.map((t) => t.condition)).toEqual([
      "劳动年龄人口平均受教育年限[2025] >= 11.4 年",
      "劳动年龄人口平均受教育年限[2025] - 劳动年龄人口平均受教育年限[2020] >= 0.6 年",
    ]);
  });

  it("reviewing a plan: its targets for the last year are targets, what was done that year facts", () => {
    const text = [
      "某市国民经济和社会发展第十三个五年规划纲要实施情况",
      "表1 “十三五”规划主要指标完成情况",
      "指标\t单位\t2015年\t2020年规划目标\t2020年完成",
      "地区生产总值\t亿元\t2000\t3000\t2900",
      "城镇新增就业\t万人\t10\t〔50〕\t〔55〕",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.claims.map(row)).toEqual(["gdp level 2000 2015", "gdp level 2900 2020", "城镇新增就业 level 10 2015"]);
    expect(e.targets.map(row)).toEqual(["gdp level 3000 2020"]);
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });
});

describe("a release's table of a month and of the months to it", () => {
  it("each column of growth is of the part of the year of the column before it", () => {
    const text = [
      "2024年1—9月某市主要经济指标",
      "指标\t单位\t9月\t同比增长（%）\t1—9月\t同比增长（%）",
      "规模以上工业增加值\t亿元\t120.5\t5.1\t1020.3\t6.2",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.claims.map(row)).toEqual([
      "industrial_value_added level 120.5 2024 @M9",
      "industrial_value_added cumulative_change 5.1% 2023-2024 @M9",
      "industrial_value_added level 1020.3 2024 @Q1-Q3",
      "industrial_value_added cumulative_change 6.2% 2023-2024 @Q1-Q3",
    ]);
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });
});

describe("a table of a part of the year under its title", () => {
  it("a table of a part of the year right under its title: its header is no part of the title, its figures of that part", () => {
    const text =
      "2024年1—6月某区主要经济指标\n\n指标\t单位\t1—6月\t同比增长（%）\n地区生产总值\t亿元\t125.3\t3.1\n固定资产投资\t亿元\t—\t-8.3\n";
    const e = extractClaims(text);
    expect(e.document.title).toBe("2024年1—6月某区主要经济指标");
    expect(e.claims.map(row)).toEqual([
      "gdp level 125.3 2024 @H1",
      "gdp cumulative_change 3.1% 2023-2024 @H1",
      "investment cumulative_change -8.3% 2023-2024 @H1",
    ]);
    expect(e.unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual([
      "2024 date",
      "1 date",
      "6 date",
      "1 date",
      "6 date",
    ]);
  });

  it("the same table with its cells spaced out, as text from a PDF gives it", () => {
    const text =
      "2024年1—6月某区主要经济指标\n\n指标      单位     1—6月     同比增长（%）\n地区生产总值     亿元     125.3     3.1\n";
    const e = extractClaims(text);
    expect(e.document.title).toBe("2024年1—6月某区主要经济指标");
    expect(e.claims.map(row)).toEqual(["gdp level 125.3 2024 @H1", "gdp cumulative_change 3.1% 2023-2024 @H1"]);
  });
});

describe("a title with a month", () => {
  it("is a title, not a dateline: its year and month are the table's", () => {
    const e = extractClaims(
      "2024年9月某市主要经济指标\n指标\t单位\t9月\t同比增长（%）\n规模以上工业增加值\t亿元\t120.5\t5.1\n",
    );
    expect(e.document.title).toBe("2024年9月某市主要经济指标");
    expect(e.claims.map(row)).toEqual([
      "industrial_value_added level 120.5 2024 @M9",
      "industrial_value_added cumulative_change 5.1% 2023-2024 @M9",
    ]);
  });
});

describe("a budget report's table", () => {
  it("the budget is a target, what was collected a fact; no figure against the other", () => {
    const text = [
      "关于门头沟区2023年预算执行情况和2024年预算草案的报告",
      "表1 2023年一般公共预算收支执行情况",
      "项目\t预算数\t执行数\t完成预算%\t比上年增长%",
      "一般公共预算收入\t25.0\t25.6\t102.4\t6.3",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.document.place).toBe("门头沟");
    expect(e.claims.map(row)).toEqual([
      "budget_revenue level 25.6 2023",
      "budget_revenue share 102.4% 2023",
      "budget_revenue cumulative_change 6.3% 2022-2023",
    ]);
    expect(e.targets.map(row)).toEqual(["budget_revenue level 25.0 2023"]);
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });
});

describe("heads that must not misread", () => {
  const claims = (text: string) => extractClaims(text).claims.map(row);

  it("累计增长 is a growth and 1—9月累计 a part of the year, not a span of years", () => {
    expect(
      claims(
        "2024年1—9月某市主要经济指标\n指标\t单位\t1—9月累计\t累计增长（%）\n规模以上工业增加值\t亿元\t1020.3\t6.2\n",
      ),
    ).toEqual([
      "industrial_value_added level 1020.3 2024 @Q1-Q3",
      "industrial_value_added cumulative_change 6.2% 2023-2024 @Q1-Q3",
    ]);
  });

  it("the growth beside a column of the whole year is the year's, after a column of a quarter", () => {
    expect(
      claims(
        "2024年某市经济运行情况\n指标\t单位\t第四季度\t全年\t比上年增长（%）\n地区生产总值\t亿元\t300.1\t1100.5\t5.5\n",
      ),
    ).toEqual(["gdp level 300.1 2024 @Q4", "gdp level 1100.5 2024", "gdp cumulative_change 5.5% 2023-2024"]);
  });

  it("a head of a span of years (2021—2025年累计) is over those years", () => {
    const e = extractClaims(
      "某省国民经济和社会发展第十四个五年规划纲要\n指标\t单位\t2020年\t2021—2025年累计\n单位地区生产总值二氧化碳排放降低\t%\t—\t18\n",
    );
    expect(e.targets.map((t) => t.condition)).toEqual(["change(carbon_intensity, 2020, 2025) <= -18%"]);
  });

  it("a plan's report of a year within the plan is of that year", () => {
    expect(
      extractClaims(
        "某省国民经济和社会发展第十四个五年规划纲要2023年度实施情况的报告\n全省地区生产总值增长5.0%。",
      ).claims.map(row),
    ).toEqual(["gdp cumulative_change 5.0% 2022-2023"]);
  });

  it("a ratio's head or a growth's (为调整预算%, 比2023年执行数增长%) is neither a target nor a fact of its own", () => {
    const e = extractClaims(
      "关于2024年预算执行情况和2025年预算草案的报告\n表1 2024年一般公共预算收入执行情况\n项目\t调整预算数\t执行数\t为调整预算%\t比上年增长%\n一般公共预算收入\t25.0\t25.6\t102.4\t6.3\n",
    );
    expect(e.targets.map(row)).toEqual(["budget_revenue level 25.0 2024"]);
    expect(e.claims.map(row)).toEqual([
      "budget_revenue level 25.6 2024",
      "budget_revenue share 102.4% 2024",
      "budget_revenue cumulative_change 6.3% 2023-2024",
    ]);
  });

  it("a rate's own name holds no change; 比上年增减 is a change in the row's unit", () => {
    expect(
      claims(
        "2024年某市国民经济和社会发展统计公报\n表1 2024年人口情况\n指标\t单位\t2024年\t比上年增减\n年末常住人口\t万人\t800.5\t5.2\n人口自然增长率\t%\t0.32\t-0.1\n",
      ),
    ).toEqual([
      "population level 800.5 2024",
      "population absolute_change 5.2 2023-2024",
      "人口自然增长率 share 0.32% 2024",
      "人口自然增长率 pp_change -0.1pp 2023-2024",
    ]);
  });

  it("a change since the year's start in a part of the year is left unread", () => {
    const e = extractClaims(
      "前三季度，各项贷款余额新增600亿元。9月末，金融机构各项存款余额12000亿元，同比增长8.0%，比年初增加600亿元。",
      {
        year: 2024,
      },
    );
    expect(e.claims.map(row)).toEqual([
      "金融机构各项存款余额 level 12000 2024 @M9",
      "金融机构各项存款余额 cumulative_change 8.0% 2023-2024 @M9",
    ]);
  });
});

describe("heads and titles, after a fourth look", () => {
  it("a plan titled with its years (（2021—2025年）) sets targets for its last year", () => {
    const e = extractClaims(
      "青山市国民经济和社会发展第十四个五年规划纲要（2021—2025年）\n到2025年，全市地区生产总值达到7000亿元，年均增长6%左右。",
    );
    expect(e.claims).toEqual([]);
    expect(e.targets.map(row)).toEqual(["gdp level 7000 2025", "gdp average_growth 6% 2020-2025"]);
  });

  it("a year's plan beside what was done that year: the plan a target, the done a fact", () => {
    const e = extractClaims(
      "某市2023年经济运行情况\n指标\t单位\t2023年计划\t2023年完成\t2024年计划\n地区生产总值增长\t%\t6.5\t6.0\t6.0\n",
    );
    expect(e.claims.map(row)).toEqual(["gdp cumulative_change 6.0% 2022-2023"]);
    expect(e.targets.map(row)).toEqual([
      "gdp cumulative_change 6.5% 2022-2023",
      "gdp cumulative_change 6.0% 2023-2024",
    ]);
  });

  it("环比 is left unread; each 同比 is of the column before it", () => {
    const e = extractClaims(
      "2024年1—9月某市主要经济指标\n指标\t单位\t9月\t同比增长%\t1-9月\t同比增长%\t环比增长%\n社会消费品零售总额\t亿元\t150\t4.5\t1350\t5.0\t0.5\n",
    );
    expect(e.claims.map(row)).toEqual([
      "retail_sales level 150 2024 @M9",
      "retail_sales cumulative_change 4.5% 2023-2024 @M9",
      "retail_sales level 1350 2024 @Q1-Q3",
      "retail_sales cumulative_change 5.0% 2023-2024 @Q1-Q3",
    ]);
    expect(e.unclassified.filter((u) => u.reason === "no_relation").map((u) => u.number)).toEqual(["0.5"]);
  });
});

describe("a communiqué's table of products", () => {
  it("a row under 其中 or indented under another is its part, named with the column's measure (夏粮·粮食产量)", () => {
    const text = [
      "2024年某某市国民经济和社会发展统计公报",
      "",
      "表1  2024年主要农产品产量及其增长速度",
      "    产品名称          单位        产量       比上年增长%",
      "    粮食              万吨        52.3          2.1",
      "      其中：夏粮      万吨        20.1          1.5",
      "            秋粮      万吨        32.2          2.5",
    ].join("\n");
    expect(extractClaims(text).claims.map(row)).toEqual([
      "粮食产量 level 52.3 2024",
      "粮食产量 cumulative_change 2.1% 2023-2024",
      "夏粮·粮食产量 level 20.1 2024",
      "夏粮·粮食产量 cumulative_change 1.5% 2023-2024",
      "秋粮·粮食产量 level 32.2 2024",
      "秋粮·粮食产量 cumulative_change 2.5% 2023-2024",
    ]);
  });

  it("a row indented past the one above but named as a whole of its own by its words (…在校生数 after …招生数) is no part of it", () => {
    const text = [
      "2023年某某州国民经济和社会发展统计公报",
      "    表16    2023年各级各类学校招生数、在校生数及其增长速度",
      "           指标         绝对数（人）     比上年增长（%）",
      "  各级各类学校招生数             268659      3.7",
      "   #普通高等学校              12137      13.3",
      "    普通高中                33302      -2.1",
      "                                           —   17 —",
      "     各级各类学校在校生数           961673   2.1",
      "       #普通高等学校            35924    1.6",
    ].join("\n");
    expect(extractClaims(text).claims.map(row)).toEqual([
      "各级各类学校招生数 level 268659 2023",
      "各级各类学校招生数 cumulative_change 3.7% 2022-2023",
      "普通高等学校·各级各类学校招生数 level 12137 2023",
      "普通高等学校·各级各类学校招生数 cumulative_change 13.3% 2022-2023",
      "普通高中·各级各类学校招生数 level 33302 2023",
      "普通高中·各级各类学校招生数 cumulative_change -2.1% 2022-2023",
      "各级各类学校在校生数 level 961673 2023",
      "各级各类学校在校生数 cumulative_change 2.1% 2022-2023",
      "普通高等学校·各级各类学校在校生数 level 35924 2023",
      "普通高等学校·各级各类学校在校生数 cumulative_change 1.6% 2022-2023",
    ]);
  });

  it("rows numbered 一、二、 under a first row that is not are its parts, and the rows under each are theirs", () => {
    const text = [
      "2023年某某市国民经济和社会发展统计公报",
      "              表2     2023 年某某市居民消费价格指数",
      "                类    别             指   数（以上年为 100）",
      "        居民消费价格指数                          100.0",
      "        一、食品烟酒                             99.2",
      "            #粮   食                        101.9",
      "        二、交通和通信                            98.6",
    ].join("\n");
    expect(extractClaims(text).claims.map(row)).toEqual([
      "consumer_prices index 100.0 2022-2023",
      "食品烟酒·consumer_prices index 99.2 2022-2023",
      "粮食·consumer_prices index 101.9 2022-2023",
      "交通和通信·consumer_prices index 98.6 2022-2023",
    ]);
    // (numbered rows measured otherwise than the first are indicators of their own)
    const indicators = [
      "2023年某某市国民经济和社会发展统计公报",
      "              表1     2023 年某某市主要指标",
      "           指标                 绝对数     比上年增长（%）",
      "  地区生产总值                  5000.2         5.0",
      "  一、规模以上工业增加值              1500.0          3.0",
      "  二、固定资产投资                      800.0          6.0",
    ].join("\n");
    expect(new Set(extractClaims(indicators).claims.map((c) => `${c.breakdown ?? ""}${c.indicator}`))).toEqual(
      new Set(["gdp", "industrial_value_added", "investment"]),
    );
  });

  it("a row restates a figure of the text by its digits only when their names share words (小麦 508.58 is no 夏粮 508.58)", () => {
    const text = [
      "2023年某某市国民经济和社会发展统计公报",
      "全年粮食总产量902.61万吨。其中，夏粮总产量508.58万吨。",
      "             表3   2023 年某某市主要农产品产量",
      "      产品名称           产量（万吨）      比上年增长（%）",
      " 粮食                     902.61          -3.2",
      "  其中：谷物                 874.82          -3.3",
      "       其中：小麦            508.58          -8.6",
    ].join("\n");
    const claims = extractClaims(text).claims.filter((c) => c.quote.includes("小麦"));
    expect(claims.map((c) => c.breakdown)).toEqual(["小麦", "小麦"]);
  });

  it("a row indented under another is its part though their names open alike (一般公共服务支出 under 一般公共预算支出)", () => {
    const text = [
      "2023年某某市国民经济和社会发展统计公报",
      "              表5     2023 年某某市一般公共预算支出",
      "           指标                 金额（亿元）     比上年增长（%）",
      "  一般公共预算支出                  500.0         5.0",
      "      一般公共服务支出              50.0          3.0",
      "      教育支出                      80.0          6.0",
    ].join("\n");
    expect(extractClaims(text).claims.map((c) => c.breakdown ?? "")).toEqual([
      "",
      "",
      "一般公共服务",
      "一般公共服务",
      "教育",
      "教育",
    ]);
  });

  it("columns of levels with heads of their own (学校数 招生数 在校生数) are indicators of their own, each row a part; no figure printed twice", () => {
    const text = [
      "2024年某某省教育事业发展统计公报",
      "表1  2024年全省各级各类学校基本情况",
      "    学校类别        学校数（所）    招生数（人）    在校生数（人）",
      "    普通小学             6000          550000          3400000",
      "    初中                 1800          520000          1600000",
    ].join("\n");
    const e = extractClaims(text);
    expect(e.claims.map(row)).toEqual([
      "普通小学·学校数 level 6000 2024",
      "普通小学·招生数 level 550000 2024",
      "普通小学·在校生数 level 3400000 2024",
      "初中·学校数 level 1800 2024",
      "初中·招生数 level 520000 2024",
      "初中·在校生数 level 1600000 2024",
    ]);
    expect(verifyClaims(claimsDefinitionOf(e)).checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
  });

  it("columns of one indicator's times (年末数 年初数) or of groups (城镇居民 农村居民) are no indicators of their own", () => {
    const times = [
      "2024年某某市国民经济和社会发展统计公报",
      "表3  2024年末金融机构存贷款",
      "    指标                 年末数（亿元）    年初数（亿元）",
      "    各项存款余额             12000            11100",
    ].join("\n");
    expect(extractClaims(times).claims.every((c) => c.breakdown === undefined)).toBe(true);
    const groups = [
      "2024年某某市国民经济和社会发展统计公报",
      "表4  2024年居民收入",
      "    指标            城镇居民（元）    农村居民（元）",
      "    人均可支配收入       52000            23000",
    ].join("\n");
    expect(
      extractClaims(groups).claims.some((c) => c.indicator.includes("居民") && c.breakdown === "人均可支配收入"),
    ).toBe(false);
  });
});

describe("row names", () => {
  it("a bracket saying what a row includes is no unit: 0-15岁（含不满16周岁） keeps the column's unit", () => {
    const e = extractClaims(
      "2023年某市统计公报\n指标  年末数（万人）  比重（%）\n全市常住人口  866.60  100.0\n其中：0-15岁（含不满16周岁）  212.60  24.53\n",
    );
    expect(e.claims.map((c) => `${c.value} ${c.unit ?? ""}`)).toEqual([
      "866.60 万人",
      "100.0% ",
      "212.60 万人",
      "24.53% ",
    ]);
  });
});
