import { describe, expect, it } from "vitest";
import { formatVerification, verdictMark } from "../../src/render/verification.js";
import { VerificationReport, verifyClaims } from "../../src/verification/index.js";

// The checks come out of verifyClaims in the order consistent, arithmetic mean, not checkable, inconsistent.
const report = verifyClaims({
  claims: [
    { id: "gdp_avg", indicator: "gdp", kind: "average_growth", from: 2016, to: 2021, value: "5.1%" },
    { id: "gdp_level", indicator: "gdp", kind: "level", year: 2021, value: "276", unit: "亿元", qualifiers: ["预计"] },
    {
      id: "gdp_cum",
      indicator: "gdp",
      kind: "cumulative_change",
      from: 2016,
      to: 2021,
      value: "28.5%",
      basis: "current",
    },
    { id: "ei_cum", indicator: "ei", kind: "cumulative_change", from: 2016, to: 2021, value: "-20.34%" },
    { id: "ei_avg", indicator: "ei", kind: "average_growth", from: 2016, to: 2021, value: "-4.07%" },
    { id: "y16", indicator: "y", kind: "level", year: 2016, value: "100" },
    { id: "y21", indicator: "y", kind: "level", year: 2021, value: "135" },
    { id: "y_cum", indicator: "y", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
    { id: "lonely", indicator: "z", kind: "level", year: 2021, value: "7" },
  ],
});
const text = formatVerification(report, "claims.yaml", undefined, "en");
const lines = text.split("\n");

describe("formatVerification in Chinese, the default", () => {
  const zh = formatVerification(report, "claims.yaml").split("\n");

  it("counts the checks by verdict and heads its columns in Chinese", () => {
    expect(zh[0]).toBe("claims.yaml：共4项核对 — 发现2处问题；1项相符，1项不符，1项为算术平均，1项无从核对");
    expect(zh[2]).toMatch(/^#\s+结果\s+核对项\s+报告值\s+其他数据推算$/);
  });

  it("names each check in words and explains it in Chinese only, with its id beneath for scripts", () => {
    const rows = zh.filter((l) => /^\d+\s{2}/.test(l));
    expect(rows[0]).toMatch(/^1\s+✗ 不符\s+y：总量与增速，2016—2021年\s+/);
    const first = zh.findIndex((l) => l.startsWith(" 1. "));
    expect(zh[first]).toBe(` 1. ${report.checks[3]!.explanationZh}`);
    expect(zh[first + 1]).toBe("    level_vs_change:y:2016-2021");
    expect(zh.join("\n")).not.toContain(report.checks[3]!.explanation);
  });
});

describe("formatVerification in English", () => {
  it("starts with the title and a count of the checks by verdict", () => {
    expect(report.checks.map((c) => c.verdict)).toEqual([
      "consistent",
      "arithmetic_mean",
      "not_checkable",
      "inconsistent",
    ]);
    expect(lines[0]).toBe(
      "claims.yaml: 4 checks — 2 findings; 1 consistent, 1 inconsistent, 1 arithmetic mean, 1 not checkable",
    );
  });

  it("leaves out the title when none is given", () => {
    expect(formatVerification(report, undefined, undefined, "en").split("\n")[0]).toBe(
      "4 checks — 2 findings; 1 consistent, 1 inconsistent, 1 arithmetic mean, 1 not checkable",
    );
  });

  it("puts the failures first: inconsistent, then arithmetic mean, then consistent, then not checkable", () => {
    const rows = lines.filter((l) => /^\d+\s{2}/.test(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(
      /^1\s+✗ INCONSISTENT\s+y: levels against growth, 2016–2021\s+28\.45%–28\.55%\s+33\.83%–36\.19%$/,
    );
    expect(rows[1]).toMatch(
      /^2\s+✗ ARITHMETIC MEAN\s+ei: average against cumulative growth, 2016–2021\s+−4\.075% to −4\.065%\s+−4\.448% to −4\.444%$/,
    );
    expect(rows[2]).toMatch(
      /^3\s+✓ consistent\s+gdp: average against cumulative growth, 2016–2021\s+5\.05%–5\.15%\s+5\.13%–5\.16%$/,
    );
    expect(rows[3]).toMatch(/^4\s+· not checkable\s+gdp: levels against growth, 2016–2021\s+—\s+214\.3–215\.3 亿元$/);
  });

  it("has a header naming the columns", () => {
    expect(lines[2]).toMatch(/^#\s+result\s+check\s+printed\s+implied by the other figures$/);
  });

  it("numbers the explanations like the rows, each with its id and its notes", () => {
    const first = lines.findIndex((l) => l.startsWith(" 1. "));
    expect(lines[first]).toBe(` 1. ${report.checks[3]!.explanation}`);
    expect(lines[first + 1]).toBe("    level_vs_change:y:2016-2021");
    expect(lines[first + 2]).toBe(` 2. ${report.checks[1]!.explanation}`);
    expect(lines.find((l) => l.startsWith(" 4. "))).toBe(` 4. ${report.checks[2]!.explanation}`);
    const four = lines.findIndex((l) => l.startsWith(" 4. "));
    expect(lines[four + 2]).toBe("    note: uses estimated or preliminary figures (预计, 初步核算): gdp_level");
  });

  it("lists the figures no check could use at the end", () => {
    expect(lines.at(-1)).toBe("Figures no check could use (nothing else printed relates to them): lonely");
  });

  it("shows a figure read from a text by its line and printed words, not by the reader's id for it", () => {
    const quotes = (id: string) => (id === "lonely" ? { line: 3, quote: "z达到7" } : undefined);
    expect(formatVerification(report, "report.txt", quotes).split("\n").at(-1)).toBe(
      "没有核对可用的数据（报告中没有与之相关的其他数据）：第3行“z达到7”",
    );
    expect(formatVerification(report, "report.txt", quotes, "en").split("\n").at(-1)).toBe(
      "Figures no check could use (nothing else printed relates to them): line 3 “z达到7”",
    );
  });

  it("names the figures a note speaks of by their line and printed words, for a report read from its text", () => {
    const quotes = (id: string) => (id === "gdp_level" ? { line: 2, quote: "预计全年地区生产总值276亿元" } : undefined);
    const zh = formatVerification(report, "report.txt", quotes).split("\n");
    expect(zh).toContain("    注：使用了预计数或初步核算数：第2行“预计全年地区生产总值276亿元”");
    expect(zh.join("\n")).not.toMatch(/gdp_level/);
  });

  it("counts them rather than listing them when they are many (a report's text)", () => {
    const many = new VerificationReport(
      [],
      Array.from({ length: 13 }, (_, i) => `figure_${i}`),
      [],
    );
    expect(formatVerification(many, "report.txt", undefined, "en").split("\n").at(-1)).toBe(
      "13 figures no check could use (nothing else printed relates to them; --json lists them)",
    );
    expect(formatVerification(many, "report.txt", undefined, "zh")).not.toContain("figure_0");
  });

  it("has no such line when every figure was used, and no table rows for an empty report", () => {
    const empty = formatVerification(new VerificationReport([], [], []), "x.yaml", undefined, "en");
    expect(empty).toContain(
      "x.yaml: 0 checks — 0 findings; 0 consistent, 0 inconsistent, 0 arithmetic mean, 0 not checkable",
    );
    expect(empty).not.toContain("Figures no check could use");
  });

  it("pads the numbers of explanations to two places", () => {
    const many = new VerificationReport(
      Array.from({ length: 10 }, () => report.checks[0]!),
      [],
      [],
    );
    const out = formatVerification(many, undefined, undefined, "en").split("\n");
    expect(out.some((l) => l.startsWith(" 9. "))).toBe(true);
    expect(out.some((l) => l.startsWith("10. "))).toBe(true);
  });
});

describe("verdictMark", () => {
  it("marks failures with ✗ (in capitals in English), consistency with ✓ and the rest with a dot", () => {
    const verdicts = ["consistent", "inconsistent", "arithmetic_mean", "not_checkable"] as const;
    expect(verdicts.map((v) => verdictMark(v, "en"))).toEqual([
      "✓ consistent",
      "✗ INCONSISTENT",
      "✗ ARITHMETIC MEAN",
      "· not checkable",
    ]);
    expect(verdicts.map((v) => verdictMark(v))).toEqual(["✓ 相符", "✗ 不符", "✗ 算术平均", "· 无从核对"]);
  });
});
