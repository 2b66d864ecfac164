import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { claimsDefinitionOf, extractClaims } from "../../src/extraction/index.js";
import { verifyClaimsFile, verifyReportFile } from "../../src/node.js";
import { verifyClaims } from "../../src/verification/index.js";

const ROOT = resolve(__dirname, "../..");

describe("verifying a report from its text alone", () => {
  it("finds the Mentougou report's two known findings, with their quotes, and no failure the hand-written claims do not have", () => {
    const { extraction, report } = verifyReportFile(
      resolve(ROOT, "examples/mentougou-2021/government-work-report.txt"),
    );
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    const failures = report.failures.map((c) => `${c.verdict} ${c.id}`).sort();
    expect(failures).toEqual([
      "arithmetic_mean average_vs_cumulative:energy_intensity:2016-2021",
      "inconsistent identity_changes:energy_intensity=energy/gdp:2016-2021",
    ]);
    const byHand = verifyClaimsFile(resolve(ROOT, "examples/mentougou-2021/claims.yaml"))
      .failures.map((c) => c.verdict)
      .sort();
    expect(failures.map((f) => f.split(" ")[0])).toEqual(byHand);
    expect(extraction!.identities).toContain("energy_intensity = energy / gdp");
    const quoted = report.failures[0]!.claims.map((id) => extraction!.claims.find((c) => c.id === id)!.quote);
    for (const quote of quoted)
      expect(readFileSync(resolve(ROOT, "examples/mentougou-2021/government-work-report.txt"), "utf8")).toContain(
        quote,
      );
  });

  it("names a share's total as the text prints it, so that no sentence holds an id", () => {
    const text = "与2016年相比，2021年建安投资占全社会固定资产投资比重由30%提升至58.4%。";
    const definition = claimsDefinitionOf(extractClaims(text));
    expect(definition.claims.map((c) => (c as { ofLabel?: string }).ofLabel)).toEqual([
      "全社会固定资产投资",
      "全社会固定资产投资",
    ]);
    const check = verifyClaims(definition).checks.find((c) => c.kind === "pp_vs_levels")!;
    expect(check.titleZh).toMatch(/^建安投资占全社会固定资产投资比重：比重与百分点变化，/);
    expect(check.explanationZh).not.toMatch(/[A-Za-z]/);
  });

  it("says in Chinese what a reading to review takes that the text does not print, carried by the claims file", () => {
    const text =
      "生态环境质量状况\n\n全市空气质量持续改善，优良天数比例为87.5%，比上年提高2.4个百分点。2023年为85.1%。";
    const definition = claimsDefinitionOf(extractClaims(text));
    const assumes = definition.claims.map((c) => (c as { assumes?: string[] }).assumes ?? []);
    expect(assumes.flat()).toContain("year");
    expect(assumes.flat()).toContain("subject");
    const check = verifyClaims(definition).checks.find((c) => c.review)!;
    expect(check.notesZh.at(-1)).toMatch(/^待复核，不作为问题：所依据的读法原文未写明——.*（(年份、)?主语系推断）/);
    expect(check.notesZh.at(-1)).not.toMatch(/[a-z]{3,}/);
  });

  it("finds in the county communiqué every kind of failure its hand-written claims file finds, and no other", () => {
    const { report } = verifyReportFile(resolve(ROOT, "examples/county-communique/communique.txt"));
    const byHand = new Set(
      verifyClaimsFile(resolve(ROOT, "examples/county-communique/claims.yaml")).failures.map((c) => c.kind),
    );
    const fromText = new Set(report.failures.map((c) => c.kind));
    // the parts' growth is checked too: trade's growth is at current prices by its family, unless the text says otherwise
    expect([...fromText].sort()).toEqual([...byHand].sort());
    expect(report.failures).toHaveLength(13);
    expect(report.toReview).toEqual([]);
  });

  it("checks a quarterly analysis's figures within their part of the year, and finds a rate against the first quarter that does not fit", () => {
    const file = resolve(ROOT, "examples/county-quarterly/analysis.txt");
    const { extraction, report } = verifyReportFile(file);
    expect(report.failures).toEqual([]);
    expect(extraction!.claims.filter((c) => c.period === "Q1").map((c) => `${c.indicator} ${c.kind}`)).toEqual([
      "gdp level",
      "gdp cumulative_change",
    ]);
    const periods = report.checks.map((c) => c.id.split("@")[1]);
    expect(periods.every((p) => p === "H1")).toBe(true);
    // no check mixes the first half's figures with the first quarter's, but the one comparing the two rates
    expect(report.checks.find((c) => c.kind === "identity_levels")!.explanationZh).toContain("上半年：");
    expect(report.checks.find((c) => c.kind === "level_vs_change" && c.id.includes("retail_sales"))!.verdict).toBe(
      "consistent",
    );
    const faster = report.checks.find((c) => c.kind === "rate_difference" && c.verdict === "consistent")!;
    expect(faster.explanationZh).toContain("“增速比一季度加快1.2个百分点”相符");
    // the same text with the difference misprinted: found, with the clause it is printed in
    const misprinted = readFileSync(file, "utf8").replace("加快1.2个百分点", "加快1.9个百分点");
    const wrong = verifyClaims(claimsDefinitionOf(extractClaims(misprinted)));
    expect(wrong.failures.map((c) => `${c.kind}@${c.period?.code}`)).toEqual(["rate_difference@H1"]);
  });
});
