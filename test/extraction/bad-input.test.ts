import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extraction/index.js";
import { extractClaimsBytes } from "../../src/node.js";

/** The claims of a text as `indicator kind value when`, and every number's fate. */
const read = (text: string, options = {}) => {
  const e = extractClaims(text, options);
  return {
    rows: e.claims.map(
      (c) =>
        `${[c.region, c.breakdown, c.indicator].filter(Boolean).join("·")} ${c.kind} ${c.value} ${c.year ?? `${c.from}-${c.to}`}`,
    ),
    e,
  };
};

describe("texts as they arrive", () => {
  it("a text that prints no year anywhere: says so once, reads nothing into a guessed year, and reads it all with the year given", () => {
    const text = "4月份，规模以上工业增加值同比增长6.5%。1-4月份，规模以上工业增加值同比增长6.7%。";
    const none = read(text);
    expect(none.e.year).toBeUndefined();
    expect(none.e.assumptions).toEqual([expect.stringContaining("no year is printed in the text")]);
    expect(none.rows).toEqual([]);
    expect(none.e.unclassified.filter((u) => u.reason === "unread").map((u) => u.number)).toEqual(["6.5", "6.7"]);
    const given = read(text, { year: 2017 });
    expect(given.e.assumptions).toEqual([]);
    expect(given.e.claims.map((c) => `${c.value} ${c.from}-${c.to} ${c.period}`)).toEqual([
      "6.5% 2016-2017 M4",
      "6.7% 2016-2017 M1-M4",
    ]);
  });

  it("a file that prints no year: one warning asks for the year, none says it holds no figure", () => {
    const file = extractClaimsBytes(new TextEncoder().encode("全市地区生产总值增长5.2%。"), "noyear.txt");
    expect(file.issues.map((i) => i.code)).toEqual(["report_assumed"]);
    const figureless = extractClaimsBytes(new TextEncoder().encode("2024年，全市经济平稳运行。"), "words.txt");
    expect(figureless.issues.map((i) => i.code)).toEqual(["report_no_figures"]);
  });

  it("a year the text names but not in its title, dateline or opening: taken as the one named most often, and said on every claim", () => {
    const { e } = read(
      "生态环境质量状况\n\n全市空气质量持续改善，优良天数比例为87.5%。2023年为85.1%。2024年PM2.5平均浓度为28微克/立方米，比2023年下降3.4%。",
    );
    expect(e.year).toBe(2024);
    expect(e.document.yearSource).toBe("assumed");
    expect(e.assumptions[0]).toContain("taken as 2024");
    // a year said in its own sentence needs no guess of the year; a subject carried from the sentence before is one
    expect(e.claims.map((c) => `${c.value} ${c.year ?? `${c.from}-${c.to}`} ${c.confidence}`)).toEqual([
      "87.5% 2024 guess",
      "85.1% 2023 guess",
      "28 2024 high",
      "-3.4% 2023-2024 high",
    ]);
    expect(e.claims[0]!.note).toContain("the year it names most often");
    expect(e.claims[1]!.note).toContain("taken from the sentence before");
  });

  it("text converted from PDF: page numbers and running headers between lines, lines broken inside sentences and between a number and its unit", () => {
    const text = [
      "2023年青山县国民经济和社会发展统计公报",
      "    全年全县地区生产总值385.6亿元，比上年增长5.6%。年末常住人口",
      "                         -2-",
      "2023年青山县国民经济和社会发展统计公报",
      "49.1",
      "万人，比上年末增加0.2万人。",
      "    全年一般公共预算收入28.4亿元。",
      "2023年青山县国民经济和社会发展统计公报",
    ].join("\n");
    const { rows, e } = read(text);
    expect(rows).toEqual([
      "gdp level 385.6 2023",
      "gdp cumulative_change 5.6% 2022-2023",
      "population level 49.1 2023",
      "population absolute_change 0.2 2022-2023",
      "budget_revenue level 28.4 2023",
    ]);
    // the page number is accounted for, not lost
    expect(e.unclassified.find((u) => u.number === "2")?.reason).toBe("list");
    expect(e.claims[2]!.quote).toContain("49.1");
  });

  it("text converted from PDF: an empty line inside a sentence, before words that go on with it, does not end it", () => {
    const text = [
      "2024年青山县环境状况公报",
      "",
      "东山镇、西山镇的优良天数分别为346天、354天，优良率",
      "",
      "分别为94.5%、96.7%。",
    ].join("\n");
    const { rows } = read(text);
    expect(rows).toEqual([
      "东山镇·优良天数 level 346 2024",
      "西山镇·优良天数 level 354 2024",
      "东山镇·优良天数 share 94.5% 2024",
      "西山镇·优良天数 share 96.7% 2024",
    ]);
  });

  it("Markdown headings and a pipe table", () => {
    const text = [
      "# 2024年某市国民经济和社会发展统计公报",
      "## 一、综合",
      "全年地区生产总值1200亿元，增长5.0%。",
      "表1 2024年主要农产品产量及其增长速度",
      "| 产品名称 | 产量（万吨） | 比上年增长（%） |",
      "| --- | --- | --- |",
      "| 粮食 | 45.3 | -1.2 |",
      "| 油料 | 6.1 | 2.5 |",
    ].join("\n");
    expect(read(text).rows).toEqual([
      "gdp level 1200 2024",
      "gdp cumulative_change 5.0% 2023-2024",
      "粮食产量 level 45.3 2024",
      "粮食产量 cumulative_change -1.2% 2023-2024",
      "油料产量 level 6.1 2024",
      "油料产量 cumulative_change 2.5% 2023-2024",
    ]);
  });

  it("a table whose cells were scrambled by a converter: no figure guessed, every number listed", () => {
    const text =
      "2021年民政事业发展统计公报\n表1 社区服务机构\n社区服务中心 社区服务站 社区专项服务机构\t万个万个万个\t56.7\t16.3\t40.4 2.9\t1.6\t1.3";
    const { e } = read(text);
    expect(e.claims).toEqual([]);
    expect(e.unclassified.map((u) => u.number)).toEqual(["2021", "1", "56.7", "16.3", "40.4", "2.9", "1.6", "1.3"]);
  });

  it("full-width digits, letters and punctuation, invisible characters inside a figure", () => {
    expect(read("２０２３年统计公报\n全年ＧＤＰ３８５．６亿元，增长５．６％。").rows).toEqual([
      "gdp level 385.6 2023",
      "gdp cumulative_change 5.6% 2022-2023",
    ]);
    // a zero-width space or a soft hyphen never steers a reading
    expect(read("全年地区生产总值38\u200b5.6亿元，增长5\u00ad.6%。", { year: 2023 }).rows).toEqual([
      "gdp level 385.6 2023",
      "gdp cumulative_change 5.6% 2022-2023",
    ]);
  });

  it("digits grouped by commas, Markdown emphasis, a half-width full stop: read as printed, no number left over", () => {
    const text =
      "2024年统计公报\n国内生产总值1,349,084亿元，比上年增长**5.0%**.全年人均国内生产总值95749元。粮食产量13,490.84万吨，增加1,109万吨。";
    const { rows, e } = read(text);
    expect(rows).toEqual([
      "gdp level 1349084 2024",
      "gdp cumulative_change 5.0% 2023-2024",
      "gdp_per_capita level 95749 2024",
      "粮食产量 level 13490.84 2024",
      "粮食产量 absolute_change 1109 2023-2024",
    ]);
    expect(e.unclassified.map((u) => u.number)).toEqual(["2024"]);
    // (a list of small numbers, years and a heading's number keep their marks)
    expect(read("2023,2024年分别为2,3个。一.综合", { year: 2024 }).e.unclassified.map((u) => u.number)).toContain(
      "2023",
    );
  });

  it("a byte-order mark or characters that print nothing in the opening and title, lines ended by a carriage return alone", () => {
    const opening = read("\ufeff各位代表：\n一、2015年工作回顾\n国内生产总值达到67.7万亿元。");
    expect(opening.e.document.kind).toBe("gwr");
    expect(opening.rows).toEqual(["gdp level 67.7 2015"]);
    expect(read("2025年甘肃省\u200b政府工作\u200b报告\n各位代表：\n地区生产总值增长6%。").e.document.kind).toBe("gwr");
    const cr = read("2024年某市统计公报\r全年地区生产总值增长5%。\r全年粮食产量增长3%。").e;
    expect(cr.document.title).toBe("2024年某市统计公报");
    expect(cr.claims.map((c) => `${c.line} ${c.indicator} ${c.value}`)).toEqual(["2 gdp 5%", "3 粮食产量 3%"]);
  });

  it("characters that print nothing inside a table's numbers, Markdown emphasis around them: each cell read whole, no number lost", () => {
    const { e } = read(
      "2023年某市统计公报\n指标  年末数（万人）  比重（%）\n全市常住人口  866.6\u200b0  **100.0**\n其中：城镇  392.6\u200b6  45.3\u200b1\n",
    );
    expect(e.claims.map((c) => `${c.breakdown ?? ""}${c.indicator} ${c.kind} ${c.value}`)).toEqual([
      "population level 866.60",
      "population share 100.0%",
      "城镇population level 392.66",
      "城镇population share 45.31%",
    ]);
    expect(e.unclassified.map((u) => u.number)).toEqual(["2023"]);
  });

  it("a web page's furniture (来源, 字号, 打印) is left out, but a sentence that names 中华老字号 is read", () => {
    const { rows, e } = read(
      "2024年某市统计公报\n来源：某市统计局  发布日期：2025-03-01\n【字号：大 中 小】【打印】【关闭窗口】\n新增中华老字号35家，社会消费品零售总额增长4%。",
    );
    expect(rows).toEqual(["新增中华老字号 level 35 2024", "retail_sales cumulative_change 4% 2023-2024"]);
    expect(e.unclassified.map((u) => `${u.number} ${u.reason}`)).toEqual([
      "2024 date",
      "2025 date",
      "03 date",
      "01 date",
    ]);
  });

  it("an empty text, a text without figures, and a very long line", () => {
    expect(extractClaims("").claims).toEqual([]);
    expect(extractClaims("各位代表：现在，我代表区人民政府向大会报告工作。").claims).toEqual([]);
    const long = "地区生产总值增长5%，".repeat(20000);
    expect(extractClaims(long, { year: 2023 }).claims.length).toBe(20000);
  });
});
