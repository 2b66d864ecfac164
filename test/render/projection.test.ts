import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/model.js";
import {
  ASSUMPTION_MARK,
  BACKCAST_MARK,
  PROJECTED_MARK,
  formatAssumptions,
  formatConstants,
  formatFractionalCounts,
  formatProjectionExact,
  formatProjectionTable,
  formatTargets,
  isConstant,
} from "../../src/render/projection.js";
import { displayWidth } from "../../src/render/text-width.js";

const model = buildModel({
  name: "demo",
  years: [2020, 2023],
  baseYear: 2021,
  indicators: {
    gdp: {
      label: { zh: "地区生产总值", en: "GDP" },
      unit: "亿元",
      history: { 2021: 276 },
      projection: "gdp[t-1] * (1 + g)",
      backcast: "gdp[t+1] / (1 + g)",
    },
    g: { label: { zh: "增速", en: "growth" }, unit: "%", value: "5%", assumption: true, note: "the five-year target" },
    share: { label: { zh: "森林覆盖率" }, unit: "%", history: { 2021: "48.08%" }, projection: "share[t-1] + gain" },
    gain: { unit: "百分点", value: "0.6pp" },
    tourism: { unit: "亿元", history: { 2021: { value: 15, assumption: true, note: "placeholder" } } },
  },
  targets: {
    gdp_big: { check: "gdp[2023] >= 4500", kind: "预期性" },
    share_high: { check: "share[2023] >= 49%", kind: "约束性" },
    missing: { check: "tourism[2023] > 1" },
  },
});
const run = model.run();

describe("formatProjectionTable", () => {
  const text = formatProjectionTable(run, "en");
  const lines = text.split("\n");

  it("has one column per year, projected years marked", () => {
    expect(lines[0]).toMatch(/^indicator\s+id\s+unit\s+2020\s+2021\s+2022\*\s+2023\*$/);
    expect(PROJECTED_MARK).toBe("*");
  });

  it("formats levels, shares as percentages, and marks backcast values and missing cells", () => {
    const gdp = lines.find((l) => l.startsWith("GDP "))!;
    expect(gdp).toContain(`${BACKCAST_MARK}262.9`);
    expect(gdp).toContain("276");
    expect(gdp).toContain("289.8");
    expect(gdp).toContain("304.3");
    const share = lines.find((l) => l.startsWith("森林覆盖率 "))!;
    expect(share).toContain("48.08%");
    expect(share).toContain("48.68%");
    expect(share).toContain("—");
  });

  it("marks assumptions, and leaves inputs with one value in every year to the constants table", () => {
    expect(lines.some((l) => l.startsWith(`tourism${ASSUMPTION_MARK}`))).toBe(true);
    expect(lines.some((l) => l.startsWith("g "))).toBe(false);
    expect(lines.some((l) => l.startsWith("gain "))).toBe(false);
  });

  it("aligns every row to the same width as its rule", () => {
    const ruleWidth = displayWidth(lines[1]!);
    const rows = lines.slice(2, -1);
    for (const row of rows) expect(displayWidth(row)).toBe(ruleWidth);
  });

  it("ends with a legend of the marks", () => {
    expect(lines[lines.length - 1]).toContain("projected year (after 2021)");
  });
});

describe("formatConstants", () => {
  it("lists inputs with one value in every year, with labels, formatted values and units", () => {
    const text = formatConstants(run, "en");
    const g = text.split("\n").find((l) => l.startsWith("growth"))!;
    expect(g).toMatch(/^growth†\s+g\s+5%\s+%$/);
    const gain = text.split("\n").find((l) => l.startsWith("gain"))!;
    expect(gain).toContain("+0.6pp");
    expect(gain).toContain("百分点");
  });

  it("knows which indicators are constant", () => {
    const info = (id: string) => model.structure.indicatorById.get(id)!;
    expect(isConstant(run, info("g"))).toBe(true);
    expect(isConstant(run, info("gdp"))).toBe(false);
    expect(isConstant(run, info("tourism"))).toBe(false);
  });
});

describe("formatProjectionExact", () => {
  it("lists decimal values exactly, one cell per line, with the unit and how the cell got its value", () => {
    const text = formatProjectionExact(model.run({ mode: "decimal" }));
    const lines = text.split("\n");
    expect(lines).toContain("gdp  2023  304.29 亿元  [projection]");
    expect(lines).toContain("gdp  2021  276 亿元  [history]");
    expect(lines).toContain("share  2022  0.4868 (ratio)  [projection]");
    expect(lines).toContain("g  2020  0.05 (ratio)  [input]");
    expect(lines.some((l) => l.startsWith("tourism  2022"))).toBe(false);
  });
});

describe("formatAssumptions", () => {
  it("lists each assumption with its label and the note saying why", () => {
    const lines = formatAssumptions(run, "en").split("\n");
    expect(lines[0]).toMatch(/^assumption\s+id\s+why this value$/);
    expect(lines.find((l) => l.startsWith("growth "))).toMatch(/^growth\s+g\s+the five-year target$/);
    expect(lines.find((l) => l.startsWith("tourism"))).toContain("2021: placeholder");
  });

  it("says so when there are none", () => {
    const plain = buildModel({ years: [2020, 2021], baseYear: 2021, indicators: { a: { value: 1 } } }).run();
    expect(formatAssumptions(plain, "en")).toBe("No assumptions: every input comes from the source.");
  });
});

describe("formatTargets", () => {
  const lines = formatTargets(run, "en").split("\n");

  it("prints each target with its result, value, threshold and signed margin", () => {
    const gdp = lines.find((l) => l.startsWith("gdp_big"))!;
    expect(gdp).toMatch(/预期性\s+gdp\[2023\] >= 4500\s+✗ NOT met\s+304.3\s+4500\s+-4196$/);
    const share = lines.find((l) => l.startsWith("share_high"))!;
    // Met in 2023; the last column is the first year on the way in which it holds.
    expect(share).toMatch(/约束性\s+share\[2023\] >= 49%\s+✓ met\s+49.28%\s+49%\s+\+0.28pp\s+20\d\d$/);
  });

  it("prints ? and the reason for a target that needs a missing value", () => {
    const missing = lines.find((l) => l.startsWith("missing"))!;
    expect(missing).toContain("?");
    expect(missing).toContain("tourism[2023]");
  });

  it("says so when there are no targets", () => {
    const plain = buildModel({ years: [2020, 2021], baseYear: 2021, indicators: { a: { value: 1 } } }).run();
    expect(formatTargets(plain, "en")).toBe("No targets.");
  });
});

describe("formatFractionalCounts", () => {
  it("names each count a formula made fractional, once, with the whole number it means; not paces given as inputs", () => {
    const model = buildModel({
      years: [2021, 2024],
      baseYear: 2021,
      indicators: {
        opened: { unit: "家", history: { 2021: 0 }, projection: "opened[t-1] + pace" },
        pace: { unit: "家", value: 0.5 },
        firms: { unit: "家", history: { 2021: 10 }, projection: "firms[t-1] + 2" },
        money: { unit: "亿元", history: { 2021: 1 }, projection: "money[t-1] * 1.05" },
      },
    });
    expect(formatFractionalCounts(model.run(), "en")).toBe(
      "  opened: 1.5 家 in 2024 (and in 1 earlier year) is 1 whole 家; the fraction comes from an average pace",
    );
  });

  it("is empty when every count is whole", () => {
    const model = buildModel({
      years: [2021, 2022],
      baseYear: 2021,
      indicators: { n: { unit: "个", value: 3 }, m: { unit: "个", formula: "n * 2" } },
    });
    expect(formatFractionalCounts(model.run(), "en")).toBe("");
  });
});

describe("the projection's text in Chinese, the default", () => {
  it("names indicators by their Chinese labels, with their ids beside them, under Chinese headers and legend", () => {
    const lines = formatProjectionTable(run).split("\n");
    expect(lines[0]).toMatch(/^指标\s+代码\s+单位\s+2020\s+2021\s+2022\*\s+2023\*$/);
    expect(lines.some((l) => /^地区生产总值\s+gdp\s+亿元/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe("* 预测年份（2021年之后）   ~ 由后一年倒推   † 假设   — 无值（见说明）");
    expect(formatAssumptions(run).split("\n")[0]).toMatch(/^假设\s+代码\s+取值依据$/);
  });
});
