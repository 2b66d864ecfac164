import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, verifyClaimsFile } from "../../src/node.js";
import { verifyClaims } from "../../src/verification/index.js";
import { explain, filedName, noteText, type IndicatorNames } from "../../src/verification/sentences.js";
import type { Finding } from "../../src/verification/findings.js";

const EXAMPLE = resolve(import.meta.dirname, "../../examples/mentougou-2021");

/** Claims that give one check of every finding a sentence is written for. */
const EVERY_FINDING = {
  claims: [
    { id: "g16", indicator: "gdp", kind: "level", year: 2016, value: "100" },
    { id: "g21", indicator: "gdp", kind: "level", year: 2021, value: "128.5" },
    { id: "gc", indicator: "gdp", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
    { id: "ga", indicator: "gdp", kind: "average_growth", from: 2016, to: 2021, value: "5.1%" },
    { id: "r21", indicator: "revenue", kind: "level", year: 2021, value: "31" },
    { id: "rc", indicator: "revenue", kind: "cumulative_change", from: 2016, to: 2021, value: "11.6%" },
    { id: "ra", indicator: "revenue", kind: "absolute_change", from: 2016, to: 2021, value: "3.2" },
    { id: "s16", indicator: "share", kind: "share", year: 2016, value: "30%" },
    { id: "s21", indicator: "share", kind: "share", year: 2021, value: "58.4%" },
    { id: "e21", indicator: "energy", kind: "level", year: 2021, value: "29.6" },
    { id: "ec", indicator: "energy", kind: "cumulative_change", from: 2016, to: 2021, value: "-3.85%" },
    { id: "i21", indicator: "intensity", kind: "level", year: 2021, value: "0.23" },
    { id: "ic", indicator: "intensity", kind: "cumulative_change", from: 2016, to: 2021, value: "-20.34%" },
    { id: "p21", indicator: "part", kind: "level", year: 2021, value: "40" },
    { id: "yc", indicator: "volume", kind: "cumulative_change", from: 2016, to: 2021, value: "10%" },
    { id: "zc", indicator: "prices", kind: "cumulative_change", from: 2016, to: 2021, value: "5%" },
    { id: "m16", indicator: "money", kind: "level", year: 2016, value: "50", unit: "亿元" },
    { id: "m21", indicator: "money", kind: "level", year: 2021, value: "60", unit: "亿元" },
    { id: "g21b", indicator: "gdp", kind: "level", year: 2021, value: "128.50" },
    { id: "mc", indicator: "money", kind: "cumulative_change", from: 2016, to: 2021, value: "5%", basis: "comparable" },
  ],
  identities: ["intensity = energy / gdp", "part = gdp - other", "output = volume * prices"],
};

/** Claims of a communiqué that give one check of every finding about parts and totals, rates and periods. */
const EVERY_COMMUNIQUE_FINDING = {
  basis: { levels: "current", growth: "comparable" },
  parts: {
    gdp: ["primary", "secondary"],
    energy: ["industry", "homes"],
    exports: ["east", "west"],
    trade: ["ex", "im"],
  },
  means: { income: ["urban_income", "rural_income"] },
  claims: [
    { id: "gg", indicator: "gdp", kind: "cumulative_change", from: 2022, to: 2023, value: "5.2%" },
    { id: "g1", indicator: "primary", kind: "cumulative_change", from: 2022, to: 2023, value: "3.0%" },
    { id: "g2", indicator: "secondary", kind: "cumulative_change", from: 2022, to: 2023, value: "6.0%" },
    { id: "s1", indicator: "primary", of: "gdp", kind: "share", year: 2022, value: "30.0%" },
    { id: "s2", indicator: "secondary", of: "gdp", kind: "share", year: 2022, value: "70.0%" },
    { id: "c1", indicator: "primary", of: "gdp", kind: "contribution", from: 2022, to: 2023, value: "0.9pp" },
    { id: "c2", indicator: "secondary", of: "gdp", kind: "contribution", from: 2022, to: 2023, value: "4.2pp" },
    { id: "k1", indicator: "primary", of: "gdp", kind: "contribution_share", from: 2022, to: 2023, value: "17.3%" },
    { id: "k2", indicator: "secondary", of: "gdp", kind: "contribution_share", from: 2022, to: 2023, value: "82.7%" },
    { id: "st", indicator: "gdp", kind: "structure", year: 2023, value: "29.4：70.6", parts: ["primary", "secondary"] },
    { id: "g21", indicator: "gdp", kind: "cumulative_change", from: 2021, to: 2022, value: "4.4%" },
    {
      id: "d",
      indicator: "gdp",
      kind: "rate_difference",
      from: 2022,
      to: 2023,
      value: "0.8pp",
      than: { from: 2021, to: 2022 },
    },
    {
      id: "dc",
      indicator: "gdp",
      kind: "rate_difference",
      from: 2022,
      to: 2023,
      value: "1.2pp",
      than: { indicator: "city" },
    },
    { id: "pa", indicator: "gdp", kind: "average_growth", from: 1952, to: 1978, value: "6.1%" },
    { id: "pb", indicator: "gdp", kind: "average_growth", from: 1978, to: 2023, value: "8.9%" },
    { id: "pw", indicator: "gdp", kind: "average_growth", from: 1952, to: 2023, value: "7.9%" },
    { id: "ei", indicator: "industry", kind: "cumulative_change", from: 2022, to: 2023, value: "-2.0%" },
    { id: "eh", indicator: "homes", kind: "cumulative_change", from: 2022, to: 2023, value: "5.0%" },
    { id: "li", indicator: "industry", kind: "level", year: 2023, value: "40", unit: "万吨标准煤" },
    { id: "lh", indicator: "homes", kind: "level", year: 2023, value: "20", unit: "万吨标准煤" },
    { id: "xe", indicator: "east", kind: "cumulative_change", from: 2022, to: 2023, value: "4.0%" },
    { id: "xw", indicator: "west", kind: "cumulative_change", from: 2022, to: 2023, value: "5.0%" },
    { id: "le", indicator: "east", kind: "level", year: 2023, value: "40", unit: "亿元" },
    { id: "lw", indicator: "west", kind: "level", year: 2023, value: "20", unit: "亿元" },
    { id: "tx", indicator: "tax", kind: "level", year: 2023, value: "22.1", unit: "亿元" },
    { id: "rv", indicator: "revenue", kind: "level", year: 2023, value: "28.4", unit: "亿元" },
    { id: "ts", indicator: "tax", of: "revenue", kind: "share", year: 2023, value: "77.8%" },
    { id: "tg", indicator: "tax", kind: "cumulative_change", from: 2022, to: 2023, value: "5.3%", basis: "current" },
    {
      id: "rg",
      indicator: "revenue",
      kind: "cumulative_change",
      from: 2022,
      to: 2023,
      value: "6.2%",
      basis: "current",
    },
    { id: "tp", indicator: "tax", of: "revenue", kind: "pp_change", from: 2022, to: 2023, value: "-0.7pp" },
    { id: "tr", indicator: "trade", kind: "cumulative_change", from: 2022, to: 2023, value: "9.1%" },
    { id: "ex", indicator: "ex", kind: "cumulative_change", from: 2022, to: 2023, value: "9.4%" },
    { id: "im", indicator: "im", kind: "cumulative_change", from: 2022, to: 2023, value: "21.7%" },
    { id: "ci", indicator: "im", of: "trade", kind: "contribution", from: 2022, to: 2023, value: "-0.3pp" },
    { id: "iu", indicator: "urban_income", kind: "level", year: 2023, value: "55630", unit: "元" },
    { id: "ir", indicator: "rural_income", kind: "level", year: 2023, value: "28150", unit: "元" },
    { id: "ia", indicator: "income", kind: "level", year: 2023, value: "58000", unit: "元" },
  ],
};

describe("sentences", () => {
  const report = verifyClaims(EVERY_FINDING);
  const communique = verifyClaims(EVERY_COMMUNIQUE_FINDING);

  it("are written for every finding, in English and in Chinese, from the check's data alone", () => {
    expect(communique.issues).toEqual([]);
    const kinds = new Set([...report.checks, ...communique.checks].map((c) => c.finding.sentence));
    // a record of every finding: a finding added without a sentence here fails the type check
    const all: Record<Finding["sentence"], true> = {
      average_vs_cumulative: true,
      levels_vs_change: true,
      levels_vs_change_across_bases: true,
      same_figure: true,
      implied_level: true,
      implied_change: true,
      change_vs_absolute: true,
      identity_levels: true,
      identity_level_derived: true,
      identity_changes: true,
      identity_change_derived: true,
      periods_compose: true,
      structure_sum: true,
      contribution_share: true,
      contributions_sum: true,
      contribution_shares_sum: true,
      contribution_sign: true,
      mean_outside_groups: true,
      rate_difference: true,
      rate_derived: true,
      growth_from_parts: true,
      growth_outside_parts: true,
      growth_from_parts_unweighted: true,
      contribution_from_growth: true,
      share_vs_levels: true,
      share_change_from_growth: true,
    };
    const every = Object.keys(all);
    expect([...kinds].sort()).toEqual([...every].sort());
    for (const check of [...report.checks, ...communique.checks]) {
      expect(explain(check, "en")).toBe(check.explanation);
      expect(explain(check, "zh")).toBe(check.explanationZh);
      expect(check.noteCodes.map((note) => noteText(note))).toEqual(check.notes);
      expect(check.noteCodes.map((note) => noteText(note, undefined, "zh"))).toEqual(check.notesZh);
    }
  });

  it("word every note in Chinese too, with no English word but the keys a user types", () => {
    const money = (id: string, year: number, value: string) => ({
      id,
      indicator: "output",
      kind: "level",
      year,
      value,
      unit: "亿元",
    });
    const basisReading = verifyClaims({
      claims: [
        money("o22", 2022, "553.4"),
        money("o23", 2023, "626.9"),
        { id: "og", indicator: "output", kind: "cumulative_change", from: 2022, to: 2023, value: "2%" },
      ],
    });
    const estimated = verifyClaims({
      claims: [
        { id: "a", indicator: "gdp", kind: "level", year: 2022, value: "100" },
        { id: "b", indicator: "gdp", kind: "level", year: 2023, value: "110", qualifiers: ["estimated"] },
        { id: "c", indicator: "gdp", kind: "cumulative_change", from: 2022, to: 2023, value: "10%" },
        { id: "d", indicator: "gdp", kind: "cumulative_change", from: 2023, to: 2025, value: "10.0%" },
        { id: "e", indicator: "gdp", kind: "average_growth", from: 2023, to: 2025, value: "4.8%" },
      ],
    });
    const codes = new Set<string>();
    for (const check of [...report.checks, ...communique.checks, ...basisReading.checks, ...estimated.checks])
      for (const [i, note] of check.noteCodes.entries()) {
        codes.add(note.code);
        const latin = check.notesZh[i]!.match(/[A-Za-z_]+/g) ?? [];
        for (const word of latin) expect(["basis", "current", "comparable", "output", "gdp", "a", "b"]).toContain(word); // keys, ids
        expect(check.notesZh[i]).toMatch(/[\u4e00-\u9fff]/);
      }
    expect([...codes].sort()).toEqual(["basis_reading", "estimated", "truncated"]);
  });

  it("name indicators as the names function says: a sentence can be changed or translated apart from the analysis", () => {
    const loud: IndicatorNames = (id, language) => (language === "zh" ? `《${id}》` : id.toUpperCase());
    const check = report.checks.find((c) => c.finding.sentence === "average_vs_cumulative")!;
    expect(explain(check, "en", loud)).toMatch(/^GDP: “增长28.5%” over the 5 years 2016–2021 is a compound average of/);
    expect(explain(check, "zh", loud)).toMatch(/^《gdp》：2016—2021年累计增长28.5%/);
  });

  it("give the verdict's words: fits, does not fit, a simple mean", () => {
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    expect(byId.get("average_vs_cumulative:gdp:2016-2021")!.explanation).toMatch(/fits\.$/);
    expect(byId.get("average_vs_cumulative:intensity:2016-2021")).toBeUndefined();
    const intensity = verifyClaims({
      claims: [
        { id: "c", indicator: "i", kind: "cumulative_change", from: 2016, to: 2021, value: "-20.34%" },
        { id: "a", indicator: "i", kind: "average_growth", from: 2016, to: 2021, value: "-4.07%" },
      ],
    }).checks[0]!;
    expect(intensity.verdict).toBe("arithmetic_mean");
    expect(intensity.explanation).toContain("(20.34% ÷ 5 = 4.068%)");
    expect(intensity.explanationZh).toContain("是算术平均，不是年均增速");
  });

  it("name indicators by the model's labels, Chinese in Chinese and English in English, and hold no id", () => {
    const model = loadModel(`${EXAMPLE}/model.yaml`);
    const verified = verifyClaimsFile(`${EXAMPLE}/claims.yaml`, { model });
    const gdp = verified.checks.find((c) => c.id === "average_vs_cumulative:gdp:2016-2021")!;
    expect(gdp.explanationZh.startsWith("地区生产总值：")).toBe(true);
    expect(gdp.explanation.startsWith("GDP: ")).toBe(true);
    const ids = model.structure.indicators.map((i) => i.id).filter((id) => /_/.test(id));
    for (const check of verified.checks) {
      for (const id of ids) expect(check.explanationZh, check.id).not.toContain(id);
      for (const id of ids) expect(check.explanation, check.id).not.toContain(id);
    }
  });
});

describe("check titles", () => {
  it("write an identity's terms by their names, and a share's part and total by the labels the claims print", () => {
    const report = verifyClaims({
      claims: [
        { id: "e", indicator: "energy", label: "能源消费总量", kind: "level", year: 2021, value: "63" },
        { id: "g", indicator: "gdp", label: "地区生产总值", kind: "level", year: 2021, value: "276" },
        { id: "i", indicator: "intensity", label: "单位GDP能耗", kind: "level", year: 2021, value: "0.23" },
        {
          id: "s1",
          indicator: "build#6",
          label: "建安投资",
          of: "investment",
          ofLabel: "全社会固定资产投资",
          kind: "share",
          year: 2016,
          value: "30%",
        },
        {
          id: "s2",
          indicator: "build#6",
          label: "建安投资",
          of: "investment",
          kind: "share",
          year: 2021,
          value: "58.4%",
        },
      ],
      identities: ["intensity = energy / gdp"],
    });
    const titles = report.checks.map((c) => c.titleZh);
    expect(titles).toContain("单位GDP能耗 = 能源消费总量 / 地区生产总值：恒等关系（数值），2021年");
    expect(titles).toContain("建安投资占全社会固定资产投资比重：比重与百分点变化，2016—2021年");
    const points = report.checks.find((c) => c.kind === "pp_vs_levels")!;
    // points are named once, after the numbers, in Chinese
    expect(points.explanationZh).toMatch(/变化27\.85–28\.95个百分点；/);
    expect(points.explanationZh).not.toMatch(/pp/);
  });
});

describe("filed names", () => {
  const labels = new Map([
    ["城镇·收入#12", "城镇居民收入"],
    ["投资#5", "投资"],
  ]);
  const names: IndicatorNames = (id) => labels.get(id) ?? id;

  it("read by a label where one is given, else without the mention number, and a region's before its name", () => {
    expect(filedName("城镇·收入#12", "zh", names)).toBe("城镇居民收入");
    expect(filedName("收入#12", "zh", names)).toBe("收入");
    expect(filedName("全国·投资#5", "zh", names)).toBe("全国投资");
    expect(filedName("全国·投资#5", "en", names)).toBe("全国 投资");
    expect(filedName("全国·收入#7", "zh", names)).toBe("全国收入");
    expect(filedName("gdp", "en", names)).toBe("gdp");
  });

  it("never show a mention number in a title or sentence: a share's whole and a rate difference's other side", () => {
    const report = verifyClaims({
      claims: [
        { id: "w1", indicator: "工资#3", label: "工资", of: "收入#3", kind: "share", year: 2023, value: "60.0%" },
        { id: "w2", indicator: "工资#3", label: "工资", of: "收入#3", kind: "share", year: 2023, value: "20.0%" },
        { id: "v", indicator: "投资#8", label: "投资", kind: "cumulative_change", from: 2022, to: 2023, value: "3.0%" },
        {
          id: "d",
          indicator: "投资#8",
          label: "投资",
          kind: "rate_difference",
          from: 2022,
          to: 2023,
          value: "1.0pp",
          than: { indicator: "全国·投资#8" },
        },
        {
          id: "st",
          indicator: "产业#9",
          kind: "structure",
          year: 2023,
          value: "30：60：10",
          parts: ["甲#9", "乙#9", "丙#9"],
        },
      ],
    });
    expect(report.checks.map((c) => c.titleZh)).toContain("工资占收入比重：同一数据两处");
    expect(report.checks.map((c) => c.title)).toContain("工资's share of 收入: one figure printed twice");
    const difference = report.checks.find((c) => c.kind === "rate_difference")!;
    expect(difference.explanationZh).toContain("推算全国投资2022—2023年增速");
    expect(difference.explanation).toContain("for 全国 投资 over");
    const structure = report.checks.find((c) => c.kind === "structure_sum")!;
    expect(structure.explanationZh.startsWith("产业2023年结构")).toBe(true);
    for (const check of report.checks) {
      for (const text of [
        check.title,
        check.titleZh,
        check.explanation,
        check.explanationZh,
        ...check.notes,
        ...check.notesZh,
      ])
        expect(text, check.id).not.toMatch(/#\d/);
    }
  });
});
