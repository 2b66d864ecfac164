import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extraction/index.js";

/** What a document is, read from its head: title, dateline, issuers, the part of the year. */
describe("the head of a document", () => {
  it("a dateline under the title is no part of it, and its month is no part of the year", () => {
    const text =
      "2025年江南省政府工作报告\n2025年1月14日在江南省第十四届人民代表大会第三次会议上江南省省长作政府工作报告\n\n各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5.5%。";
    const x = extractClaims(text);
    expect(x.document).toEqual({
      kind: "gwr",
      title: "2025年江南省政府工作报告",
      level: "province",
      place: "江南",
      yearSource: "title",
    });
    expect(x.claims.map((c) => `${c.indicator} ${c.from}-${c.to}${c.period ? ` @${c.period}` : ""}`)).toEqual([
      "gdp 2023-2024",
    ]);
  });

  it("a census names its year (第五次全国经济普查: 2023), and a comparison with an earlier one that one's (2018)", () => {
    const e = extractClaims(
      "江南省第五次全国经济普查公报（第一号）\n江南省统计局\n全省共有法人单位120.5万个，与第四次全国经济普查时相比，增加30.1万个，增长33.3%。",
    );
    expect([e.year, e.document.yearSource]).toEqual([2023, "title"]);
    expect(e.claims.map((c) => `${c.kind} ${c.value} ${c.year ?? `${c.from}-${c.to}`}`)).toEqual([
      "level 120.5 2023",
      "absolute_change 30.1 2018-2023",
      "cumulative_change 33.3% 2018-2023",
    ]);
  });

  it("与2018年末相比 and 与上年比较 say the base of what follows", () => {
    const e = extractClaims("法人单位120万个，与2018年末相比，增加10万个。结婚登记28万对，与上年比较，减少10万对。", {
      year: 2023,
    });
    expect(e.claims.filter((c) => c.kind === "absolute_change").map((c) => `${c.from}-${c.to}`)).toEqual([
      "2018-2023",
      "2022-2023",
    ]);
  });

  it("a work report without a title: its year from its headings", () => {
    const review = extractClaims(
      "各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n全省地区生产总值增长5.0%。\n三、2026年工作安排\n地区生产总值增长5%左右。",
    );
    expect([review.year, review.document.yearSource]).toEqual([2026, "heading"]);
    expect(review.claims.map((c) => `${c.from}-${c.to}`)).toEqual(["2024-2025"]);
    expect(review.targets.map((c) => `${c.from}-${c.to}`)).toEqual(["2025-2026"]);
    expect(
      extractClaims("各位代表：\n一、“十一五”时期国民经济和社会发展的回顾\n五年来，国内生产总值年均增长11.2%。").year,
    ).toBe(2011);
    expect(extractClaims("各位代表：\n一、过去一年的工作\n三、2011年的工作\n国内生产总值增长8%左右。").year).toBe(2011);
  });

  it("a title naming months is about them", () => {
    const x = extractClaims("某县2024年1—5月经济运行情况\n\n规模以上工业增加值同比增长6.1%。");
    expect(x.document.period).toBe("M1-M5");
    expect(x.claims[0]!.period).toBe("M1-M5");
  });

  it("the nation's survey team in a city is the city's issuer, not the nation", () => {
    const x = extractClaims(
      "2023年青山市国民经济和社会发展统计公报\n青山市统计局\n国家统计局青山调查队\n\n全年地区生产总值增长5.0%。全国居民消费价格上涨0.2%。",
    );
    expect(x.document.level).toBe("city");
    expect(x.claims.map((c) => [c.region, c.indicator].filter(Boolean).join("·"))).toEqual([
      "gdp",
      "全国·consumer_prices",
    ]);
  });

  it("a table whose rows are years and whose heads are stacked: each column an indicator, each row its year", () => {
    const text = [
      "2021年青山市国民经济和社会发展统计公报",
      "",
      "表7：2019—2021年锦江流域断面水环境质量",
      "            Ⅰ～Ⅲ类水质        Ⅳ～Ⅴ类水质         劣Ⅴ类水质",
      "   年份",
      "             比例（%）         比例（%）         比例（%）",
      "  2019 年           92.9            7.1           0.0",
      "  2020 年          100.0            0.0           0.0",
    ].join("\n");
    expect(extractClaims(text).claims.map((c) => `${c.indicator} ${c.kind} ${c.value} ${c.year}`)).toEqual([
      "ⅠⅢ类水质 share 92.9% 2019",
      "ⅣⅤ类水质 share 7.1% 2019",
      "劣Ⅴ类水质 share 0.0% 2019",
      "ⅠⅢ类水质 share 100.0% 2020",
      "ⅣⅤ类水质 share 0.0% 2020",
      "劣Ⅴ类水质 share 0.0% 2020",
    ]);
  });

  it("two heads one space apart, each with its unit in brackets, are two columns", () => {
    const text = [
      "2021年青山市国民经济和社会发展统计公报",
      "",
      "表6：2021年末金融机构存贷款余额",
      "           指标      2021 年末（亿元） 比上年末增长（%）",
      " 金融机构人民币存款余额             46639       10.4",
      "   #住户存款                 19020       11.3",
    ].join("\n");
    expect(
      extractClaims(text).claims.map(
        (c) => `${[c.breakdown, c.indicator].filter(Boolean).join("·")} ${c.kind} ${c.value}`,
      ),
    ).toEqual([
      "金融机构人民币存款余额 level 46639",
      "金融机构人民币存款余额 cumulative_change 10.4%",
      "金融机构人民币存款余额·住户存款 level 19020",
      "金融机构人民币存款余额·住户存款 cumulative_change 11.3%",
    ]);
  });

  it("a bulleted line is an item of its own", () => {
    const text =
      "2023年文化和旅游发展统计公报\n\n年末全国文化市场经营单位17.5万家。\n- 娱乐场所4.5万个，从业人员41.8万人。\n- 互联网上网服务营业场所9.0万个。";
    expect(extractClaims(text).claims.map((c) => `${c.indicator} ${c.value}`)).toEqual([
      "文化市场经营单位 17.5",
      "娱乐场所 4.5",
      "从业人员 41.8",
      "互联网上网服务营业场所 9.0",
    ]);
  });

  it("the header of tables alike, printed above each, is read as each one's header", () => {
    const header = "   指标名称         绝对数（亿元）    比上年增长（%）";
    const text = [
      "2023年某州国民经济和社会发展统计公报",
      "",
      "表1 2023年财政收支",
      header,
      "   一般公共预算收入      77.25      17.2",
      "",
      "表2 2023年存贷款",
      header,
      "   各项存款余额      2130.36     12.9",
      "",
      "表3 2023年保费",
      header,
      "   保费收入      38.64     7.1",
    ].join("\n");
    expect(extractClaims(text).claims.map((c) => `${c.indicator} ${c.kind} ${c.value}`)).toEqual([
      "budget_revenue level 77.25",
      "budget_revenue cumulative_change 17.2%",
      "各项存款余额 level 2130.36",
      "各项存款余额 cumulative_change 12.9%",
      "保费收入 level 38.64",
      "保费收入 cumulative_change 7.1%",
    ]);
  });
});
