import { describe, expect, it } from "vitest";
import { extractClaims, type ExtractedClaim } from "../../src/extraction/index.js";
import { UNITS } from "../../src/extraction/vocabulary.js";
import { parseUnit } from "../../src/units/index.js";

/** The claims of one sentence in a report of the given year, as compact rows. */
function rows(sentence: string, year = 2023): string[] {
  return extractClaims(sentence, { year }).claims.map(row);
}

function row(c: ExtractedClaim): string {
  const when = c.year !== undefined ? String(c.year) : `${c.from}-${c.to}`;
  return [c.indicator, c.kind, c.value, c.unit ?? "", when, (c.qualifiers ?? []).join(","), c.of ?? ""].filter((x) => x !== "").join(" ");
}

describe("the phrasing of statistical texts", () => {
  it("reads a level, its change against a year and its average in one sentence, about one indicator", () => {
    expect(rows("社会消费品零售额109亿元，比2016年增长22.6%，年均增速4.2%。", 2021)).toEqual([
      "retail_sales level 109 亿元 2021",
      "retail_sales cumulative_change 22.6% 2016-2021",
      "retail_sales average_growth 4.2% 2016-2021",
    ]);
  });

  it("reads 完成/实现/达到 levels, 预计 and the year a sentence names", () => {
    expect(rows("预计2021年完成地区生产总值276亿元。", 2021)).toEqual(["gdp level 276 亿元 2021 预计"]);
    expect(rows("全年实现一般公共预算收入28.4亿元。")).toEqual(["budget_revenue level 28.4 亿元 2023"]);
  });

  it("reads 比上年, 同比 and declines, and says where 比上年 was assumed", () => {
    expect(rows("全年能源消费总量比上年下降2.1%，工业投资同比增长12.5%。")).toEqual(["energy cumulative_change -2.1% 2022-2023", "工业投资 cumulative_change 12.5% 2022-2023"]);
    const [guess] = extractClaims("出口31.2亿元，增长15.8%。", { year: 2023 }).claims.slice(1);
    expect([guess!.confidence, guess!.note]).toEqual(["guess", "no base is printed: read as 比上年 (2022)"]);
  });

  it("reads 年均下降, percentage points, 由X提高至Y and 分别", () => {
    expect(rows("单位GDP能耗比2016年下降20.34%，年均下降4.07%。", 2021)).toEqual(["energy_intensity cumulative_change -20.34% 2016-2021", "energy_intensity average_growth -4.07% 2016-2021"]);
    expect(rows("常住人口城镇化率为62.4%，比上年末提高0.9个百分点。")).toEqual(["urbanization share 62.4% 2023", "urbanization pp_change 0.9pp 2022-2023"]);
    expect(rows("建安投资占全社会固定资产投资比重由30%提升至58.4%。", 2021).map((r) => r.split(" ").slice(1).join(" "))).toEqual(["share 30% 2020 investment", "share 58.4% 2021 investment"]);
    expect(rows("森林覆盖率48.08%，林木绿化率72.75%，分别提高4.8和5.5个百分点。", 2021)).toEqual([
      "forest_cover share 48.08% 2021",
      "林木绿化率 share 72.75% 2021",
      "forest_cover pp_change 4.8pp 2020-2021",
      "林木绿化率 pp_change 5.5pp 2020-2021",
    ]);
  });

  it("reads shares of a total, absolute changes, multiples and ratios", () => {
    expect(rows("税收收入占一般公共预算收入的比重为77.8%。")).toEqual(["税收收入 share 77.8% 2023 budget_revenue"]);
    expect(rows("年末常住人口49.1万人，比上年末增加0.2万人。")).toEqual(["population level 49.1 万人 2023", "population absolute_change 0.2 万人 2022-2023"]);
    expect(rows("研究与试验发展经费支出比2018年增长1.4倍。")).toEqual(["研究与试验发展经费支出 multiple 1.4 2018-2023"]);
    expect(rows("高新技术产业增加值是2018年的2.1倍。")).toEqual(["高新技术产业增加值 ratio 2.1 2018-2023"]);
    expect(rows("地区生产总值比2016年翻一番。", 2021)).toEqual(["gdp multiple 1 2016-2021"]);
    expect(rows("高考一本率近五年增长一倍多。", 2021)).toEqual(["高考一本率 multiple 1 2016-2021 多"]);
  });

  it("reads contributions, contribution shares, a structure, an index, 持平 and differences of rates", () => {
    expect(rows("第一产业拉动经济增长0.4个百分点，第二产业对经济增长的贡献率为45.2%。")).toEqual(["primary contribution 0.4pp 2022-2023 gdp", "secondary contribution_share 45.2% 2022-2023 gdp"]);
    const [structure] = extractClaims("三次产业结构为11.0：38.6：50.5。", { year: 2023 }).claims;
    expect([structure!.kind, structure!.value, structure!.parts]).toEqual(["structure", "11.0：38.6：50.5", ["primary", "secondary", "tertiary"]]);
    expect(rows("居民消费价格指数（上年=100）为100.3。")).toEqual(["consumer_prices index 100.3 2022-2023"]);
    expect(rows("粮食产量与上年持平。")).toEqual(["粮食产量 cumulative_change 持平 2022-2023"]);
    const [faster, above] = extractClaims("固定资产投资增速比上年提高2.3个百分点；工业投资增速高于全部投资5.2个百分点。", { year: 2023 }).claims;
    expect([faster!.kind, faster!.than]).toEqual(["rate_difference", { from: 2021, to: 2022 }]);
    expect([above!.indicator, above!.than]).toEqual(["工业投资", { indicator: "investment" }]);
  });

  it("reads qualifiers before and after a figure", () => {
    expect(rows("预计2021年全区能源消费总量控制在63万吨标准煤以内，比2016年下降3.85%以上。", 2021)).toEqual([
      "energy level 63 万吨标准煤 2021 预计,以内",
      "energy cumulative_change -3.85% 2016-2021 预计,以上",
    ]);
    expect(rows("全人群接种率超过97%，治理面积1000余平方公里，总投资约143亿元，研发企业占比近50%。")).toEqual([
      "全人群接种率 share 97% 2023 超过",
      "治理面积 level 1000 平方公里 2023 余",
      "总投资 level 143 亿元 2023 约",
      "研发企业占比 share 50% 2023 近",
    ]);
  });

  it("reads the part of the year a figure is for: from the title, and from a clause that opens with one", () => {
    const periods = (text: string) => extractClaims(text, { year: 2023 }).claims.map((c) => `${row(c)} @${c.period ?? "year"}`);
    expect(periods("一季度，全县地区生产总值45.6亿元，同比增长4.6%。全年投资增长3.0%。")).toEqual([
      "gdp level 45.6 亿元 2023 @Q1",
      "gdp cumulative_change 4.6% 2022-2023 @Q1",
      "investment cumulative_change 3.0% 2022-2023 @year",
    ]);
    // a title's part of the year holds for every figure; a clause opening with another holds to the end of its sentence
    const quarterly = "某县2023年前三季度经济运行情况\n\n居民人均可支配收入增长5.1%。1—10月，工业用电量同比增长2.2%；6月份，居民消费价格同比上涨0.2%。";
    expect(periods(quarterly)).toEqual([
      "income_per_capita cumulative_change 5.1% 2022-2023 @Q1-Q3",
      "工业用电量 cumulative_change 2.2% 2022-2023 @M1-M10",
      "consumer_prices cumulative_change 0.2% 2022-2023 @M6",
    ]);
    // the months of 1—10月 and 6月份 are dates, not figures
    expect(extractClaims(quarterly).unclassified.filter((u) => /^(1|10|6)$/.test(u.number)).map((u) => u.reason)).toEqual(["date", "date", "date"]);
  });

  it("reads 上年同期, 两年平均 and a rate compared with another part of the year", () => {
    const claims = extractClaims("上半年，社会消费品零售总额78.6亿元（上年同期为72.4亿元），同比增长8.5%，两年平均增长4.9%，增速比一季度加快0.7个百分点。", { year: 2023 }).claims;
    expect(claims.map((c) => `${row(c)} @${c.period}`)).toEqual([
      "retail_sales level 78.6 亿元 2023 @H1",
      "retail_sales level 72.4 亿元 2022 @H1",
      "retail_sales cumulative_change 8.5% 2022-2023 @H1",
      "retail_sales average_growth 4.9% 2021-2023 @H1",
      "retail_sales rate_difference 0.7pp 2022-2023 @H1",
    ]);
    expect(claims[4]!.than).toEqual({ period: "Q1" });
    expect(rows("规模以上工业增加值同比增长7.2%，比1—5月回落0.4个百分点。").map((r) => r.split(" ").slice(1, 3).join(" "))).toEqual(["cumulative_change 7.2%", "rate_difference -0.4pp"]);
  });

  it("reads units with the catalogue's spelling: every unit it reads is one the verifier converts", () => {
    expect(UNITS.filter((u) => parseUnit(u).unknownWords.length > 0)).toEqual([]);
    const claims = extractClaims("新增装机容量12.5万千瓦，出口额3.2亿美元，新增设备156台。", { year: 2023 }).claims;
    expect(claims.map((c) => `${c.value} ${c.unit}`)).toEqual(["12.5 万千瓦", "3.2 亿美元", "156 台"]);
  });

  it("keeps a modified name apart (人均地区生产总值 is not GDP), reads 减产 and 按不变价格计算, and proposes trade as exports plus imports", () => {
    const extraction = extractClaims("全年地区生产总值1234.56亿元，按不变价格计算，比上年增长6.2%。人均地区生产总值达到8.6万元。全年粮食产量45.3万吨，比上年减产1.2%。全年进出口总额156.3亿元，下降3.4%。其中，出口98.1亿元，增长2.2%；进口58.2亿元，下降11.6%。", { year: 2024 });
    expect(extraction.claims.map(row)).toEqual([
      "gdp level 1234.56 亿元 2024",
      "gdp cumulative_change 6.2% 2023-2024",
      "gdp_per_capita level 8.6 万元 2024",
      "粮食产量 level 45.3 万吨 2024",
      "粮食产量 cumulative_change -1.2% 2023-2024",
      "trade level 156.3 亿元 2024",
      "trade cumulative_change -3.4% 2023-2024",
      "exports level 98.1 亿元 2024",
      "exports cumulative_change 2.2% 2023-2024",
      "imports level 58.2 亿元 2024",
      "imports cumulative_change -11.6% 2023-2024",
    ]);
    expect(extraction.claims[1]!.basis).toBe("comparable");
    expect(extraction.parts).toEqual({ trade: ["exports", "imports"] });
  });

  it("reads full-width digits and ％, with spans into the text as printed", () => {
    const text = "全年地区生产总值３８５．６亿元，增长５．６％。";
    const [level, growth] = extractClaims(text, { year: 2023 }).claims;
    expect([level!.value, growth!.value]).toEqual(["385.6", "5.6%"]);
    expect(text.slice(level!.span.start, level!.span.end)).toBe(level!.quote);
  });

  it("ties one subject across sentences by the usual names (地区生产总值 and GDP; 单位GDP能耗 and 单位地区生产总值能耗)", () => {
    const { claims } = extractClaims("地区生产总值276亿元。GDP比2016年增长28.5%。单位GDP能耗0.23吨标煤/万元。单位地区生产总值能耗下降3.3%。", { year: 2021 });
    expect(claims.map((c) => c.indicator)).toEqual(["gdp", "gdp", "energy_intensity", "energy_intensity"]);
  });
});

describe("targets and numbers that are no figure", () => {
  it("reads the targets of a plan as conditions for a model", () => {
    const { targets, claims } = extractClaims("2021年报告\n二、未来五年主要目标任务\n到“十四五”末，全区森林覆盖率达到50.3%，地区生产总值年均增速稳定在5%。", { year: 2021 });
    expect(claims).toEqual([]);
    expect(targets.map((t) => t.condition)).toEqual(["forest_cover[2025] >= 50.3%", "cagr(gdp, 2020, 2025) >= 5%"]);
  });

  it("lists every number that is no figure with its reason: dates, names, ordinals, durations", () => {
    const { unclassified } = extractClaims("2021年12月15日。建设5G基站，S1线通车，第3批村庄，连续5年获奖，“9041”标准。", { year: 2021 });
    expect(unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual(["2021 date", "12 date", "15 date", "5 name", "1 name", "3 ordinal", "5 duration", "9041 name"]);
  });

  it("proposes the identities that hold by definition between what it reads", () => {
    const { identities } = extractClaims("能源消费总量63万吨标准煤。地区生产总值276亿元。单位GDP能耗0.23吨标煤/万元。", { year: 2021 });
    expect(identities).toEqual(["energy_intensity = energy / gdp"]);
  });

  it("returns nothing, without failing, for an empty text or one without figures", () => {
    expect(extractClaims("").claims).toEqual([]);
    expect(extractClaims("各位代表：现在，我代表区人民政府向大会报告工作。").claims).toEqual([]);
    const long = "地区生产总值增长5%，".repeat(20000);
    expect(extractClaims(long, { year: 2023 }).claims.length).toBe(20000);
  });
});
