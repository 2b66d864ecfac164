import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitTable, wrapLine, wrapText } from "../../src/render/fit-width.js";
import { displayWidth } from "../../src/render/text-width.js";

const WORDS = [
  "地区生产总值",
  "增长",
  "5.1%",
  "，",
  "。",
  "GDP",
  "growth",
  " ",
  "（2025）",
  "energy_intensity",
  "年均",
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(""));

describe("wrapping text to a width", () => {
  it("keeps every character but the spaces it breaks at, and no piece is wider than the width", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 60 }), (t, width) => {
        const pieces = wrapText(t, width);
        expect(pieces.join("").replace(/ /g, "")).toBe(t.replace(/ /g, ""));
        for (const piece of pieces) expect(displayWidth(piece)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it("never starts a line with closing punctuation when a break before it is possible", () => {
    expect(wrapText("地区生产总值增长，一般公共预算收入增长。", 16)).toEqual([
      "地区生产总值增",
      "长，一般公共预算",
      "收入增长。",
    ]);
  });

  it("never ends a line with an opening quote or bracket, nor breaks a number from its word", () => {
    for (const width of [8, 10, 12, 14]) {
      const pieces = wrapText("与报告的“下降20.34%”不符（2025）自2022年起", width);
      for (const piece of pieces) expect(piece).not.toMatch(/[“（]$/);
      expect(pieces.join("\n")).not.toMatch(/2022\n年|20\.34\n%|\d\n\d/);
    }
  });

  it("breaks English at spaces and continues a numbered line under its text", () => {
    expect(wrapLine(" 1. the printed growth fits the levels at current prices", 30)).toBe(
      " 1. the printed growth fits\n    the levels at current\n    prices",
    );
  });
});

describe("fitting a table to a width", () => {
  const columns = [
    { header: "指标" },
    ...Array.from({ length: 10 }, (_, i) => ({ header: String(2016 + i), align: "right" as const })),
  ];
  const rows = [
    ["地区生产总值", ...Array.from({ length: 10 }, (_, i) => (215.2 + i * 11).toFixed(1))],
    ["房地产业占地区生产总值比重", ...Array.from({ length: 10 }, () => "14.49%")],
  ];

  it("keeps a table that fits as it is, and folds one that does not into groups that repeat the first column", () => {
    const wide = fitTable(columns, rows, Number.POSITIVE_INFINITY);
    expect(wide.split("\n")).toHaveLength(4);
    const folded = fitTable(columns, rows, 60);
    for (const line of folded.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    const groups = folded.split("\n\n");
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect(group).toMatch(/^指标/);
    // every year's column, once
    for (let y = 2016; y <= 2025; y++) expect(folded.match(new RegExp(`\\b${y}\\b`, "g"))).toHaveLength(1);
  });

  it("wraps a column of words, never an id, and repeats the columns marked as keys", () => {
    const text = fitTable(
      [
        { header: "#", key: true },
        { header: "条件", key: true },
        { header: "代码" },
        { header: "报告值", align: "right" },
      ],
      [
        [
          "1",
          "单位GDP能耗 = 能源消费总量 / 地区生产总值：恒等关系（变化），2016—2021年",
          "identity_changes:energy_intensity",
          "−20.345%至−20.335%",
        ],
      ],
      70,
    );
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(70);
    expect(text).toContain("identity_changes:energy_intensity");
    for (const group of text.split("\n\n")) expect(group).toMatch(/^#\s+条件/);
  });
});

describe("a right-aligned column that holds a sentence", () => {
  it("wraps it as prose within the width, rather than running past it", () => {
    const reason = "needs re_share[2025], which has no value (needs gdp[2025], which has no value)";
    const text = fitTable(
      [{ header: "目标" }, { header: "差距", align: "right" }],
      [["房地产业占地区生产总值比重下降至10%以下", reason]],
      80,
    );
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(text.replace(/\s+/g, " ")).toContain("needs re_share[2025], which has no value");
  });
});

describe("a table of many columns with a long label", () => {
  it("wraps the repeated label so that each group holds more of the other columns", () => {
    const columns = [
      { header: "指标" },
      { header: "代码" },
      ...Array.from({ length: 11 }, (_, i) => ({ header: String(2016 + i), align: "right" as const })),
    ];
    const rows = [
      ["“3”产业细分领域总收入（人工智能、超高清数字视听、医疗器械）", "three_industries", ...Array(11).fill("373.2")],
      ["地区生产总值", "gdp", ...Array(11).fill("215.2")],
    ];
    const first = fitTable(columns, rows, 120).split("\n\n")[0]!;
    expect(first.split("\n")[0]).toMatch(/2016\s+2017\s+2018\s+2019/);
  });
});
