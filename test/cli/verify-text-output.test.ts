import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, cliEn, tempDir } from "./helpers.js";

const write = tempDir("plansheet-verify-text-");

/** The Mentougou work report's text: two findings, nothing to review. */
const MENTOUGOU_TEXT = fileURLToPath(
  new URL("../../examples/mentougou-2021/government-work-report.txt", import.meta.url),
);

/** A made-up communiqué: a rate against the nation's, and two units the catalogue does not hold, one printed twice. */
const TEXT = write(
  "county.txt",
  [
    "2024年某县国民经济和社会发展统计公报",
    "全年民间投资增长2.1%，增速高于全国8.5个百分点。",
    "全年货物运输周转量120亿吨公里，增长3.0%；旅客运输周转量50亿人公里，增长2.0%；水路货物运输周转量60亿吨公里，增长1.0%。",
    "",
  ].join("\n"),
);

/** A claims file a user wrote, with a unit the catalogue does not hold. */
const CLAIMS = write(
  "claims.yaml",
  [
    "claims:",
    '  - { id: a, indicator: freight, kind: level, year: 2024, value: "120", unit: 亿吨公里 }',
    '  - { id: b, indicator: freight, kind: cumulative_change, from: 2023, to: 2024, value: "3.0%" }',
  ].join("\n"),
);

/** The lines of a verification's text that are not a check's id (the line under each sentence). */
function withoutIds(out: string): string[] {
  return out.split("\n").filter((line) => !/^ {4}[a-z_]+:/.test(line));
}

describe("plansheet verify on a report's text", () => {
  it("names a filed subject without its mention number: the other side of a rate difference reads 全国民间投资", async () => {
    const zh = await cli("verify", TEXT, "--wide", "--all");
    expect(zh.out).toContain("推算全国民间投资2023—2024年增速");
    expect(zh.out).toMatch(/^ {4}rate_difference:民间投资#\d+:/m);
    for (const line of withoutIds(zh.out)) expect(line).not.toMatch(/#\d/);
    const en = await cliEn("verify", TEXT, "--wide", "--all");
    expect(en.out).toContain("for 全国 民间投资 over 2023–2024");
    for (const line of withoutIds(en.out)) expect(line).not.toMatch(/#\d/);
  });

  it("says the units the catalogue does not hold once, each unit once, in the language asked for", async () => {
    const zh = await cli("verify", TEXT);
    expect(zh.err).toBe("注意：以下单位不在单位表中，各按其本身计数：亿吨公里、亿人公里");
    const en = await cliEn("verify", TEXT);
    expect(en.err).toBe("note: units not in the catalogue, each taken as a count of its own: 亿吨公里, 亿人公里");
  });

  it("keeps the warning of each claim of a claims file the user wrote", async () => {
    const { err } = await cli("verify", CLAIMS);
    expect(err).toMatch(/warning\s+unit_unknown\s+claims\.0\.unit/);
    expect(err).not.toContain("注意");
  });

  it("says how many findings there are even when nothing is to review, in both languages", async () => {
    const zh = await cli("verify", MENTOUGOU_TEXT, "--wide");
    expect(zh.out.split("\n")[0]).toMatch(/共\d+项核对 — 发现2处问题；\d+项相符/);
    const en = await cliEn("verify", MENTOUGOU_TEXT, "--wide");
    expect(en.out.split("\n")[0]).toMatch(/\d+ checks — 2 findings; \d+ consistent/);
    const none = await cli("verify", TEXT, "--wide");
    expect(none.out.split("\n")[0]).toMatch(/共\d+项核对 — 发现0处问题；/);
  });

  it("heads the column of what each check relates 核对项", async () => {
    const { out } = await cli("verify", TEXT, "--wide");
    expect(out).toMatch(/^#\s+结果\s+核对项\s+报告值\s+其他数据推算$/m);
    expect(out).not.toContain("条件");
  });

  it("says first, in the report's language, when the text prints no year, and when its year was taken as the one it names most", async () => {
    const none = write("noyear.txt", "全市地区生产总值增长5.2%，一般公共预算收入增长3.1%。\n");
    const zh = await cli("verify", none, "--wide");
    expect(zh.out.split("\n")[0]).toBe(
      "原文没有印出年份，所读数据无法定位到年份，未作核对：请用 --year 指定报告的年份（如 --year 2024）。",
    );
    expect((await cliEn("verify", none, "--wide")).out.split("\n")[0]).toMatch(/^The text prints no year/);
    const assumed = write("assumed.txt", "全市地区生产总值增长5.2%。2023年一般公共预算收入增长3.1%。\n");
    expect((await cli("verify", assumed, "--wide")).out.split("\n")[0]).toBe(
      "原文的标题、日期行和开头都没有印出报告年份，按文中最常出现的2023年计；依此作出的核对只列为待复核。如不是2023年，请用 --year 指定。",
    );
    expect((await cli("verify", TEXT, "--wide")).out).not.toMatch(/没有印出年份|最常出现/);
  });

  it("counts the checks that could not be made in one line, and lists them with --all", async () => {
    const brief = (await cli("verify", TEXT, "--wide")).out;
    expect(brief).toMatch(/^另有\d+项无从核对（原文没有印出核对所需的其他数据）；--all 逐项列出。$/m);
    expect(brief).not.toContain("· 无从核对");
    const all = (await cli("verify", TEXT, "--wide", "--all")).out;
    expect(all).not.toContain("--all 逐项列出");
    expect(all).toContain("· 无从核对");
  });
});
