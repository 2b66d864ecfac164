import { describe, expect, it } from "vitest";
import { claimsDefinitionOf, extractClaims } from "../../src/extraction/index.js";
import { verifyReportBytes } from "../../src/node.js";
import { verifyClaims, type ClaimDefinition } from "../../src/verification/index.js";

/** The claims file of a text, as `id indicator unit basis`, and the errors its verifier reports. */
function written(text: string): { claims: string[]; errors: string[] } {
  const definition = claimsDefinitionOf(extractClaims(text, { year: 2024 }));
  const claims = (definition.claims as ClaimDefinition[]).map((c) =>
    [c.id, c.indicator, c.unit ?? "-", c.basis ?? "-"].join(" "),
  );
  const errors = verifyClaims(definition)
    .issues.filter((i) => i.severity === "error")
    .map((i) => `${i.code} ${i.message}`);
  return { claims, errors };
}

describe("a claims file its own verifier accepts", () => {
  it("writes no price basis for a change of an amount in dollars, and keeps it for one in 元", () => {
    const text = "全年外商直接投资12.5亿美元，比上年增长8.1%。全年固定资产投资320亿元，比上年增长6.4%。";
    expect(extractClaims(text, { year: 2024 }).claims.map((c) => c.basis ?? "-")).toEqual([
      "-",
      "current",
      "-",
      "current",
    ]);
    expect(written(text)).toEqual({
      claims: [
        "外商直接投资_1 外商直接投资#1 亿美元 -",
        "外商直接投资_2 外商直接投资#1 - -",
        "investment_1 investment 亿元 -",
        "investment_2 investment - current",
      ],
      errors: [],
    });
  });

  it("files apart a figure whose unit does not convert to its subject's first level, so that the two are never compared", () => {
    expect(written("2024年，全市养老机构达到320个、4.5万。")).toEqual({
      claims: ["养老机构_1 养老机构#1 个 -", "养老机构_2 养老机构_万#1 万 -"],
      errors: [],
    });
  });

  it("keeps together a subject's figures in one unit printed in full and as a magnitude alone", () => {
    const { claims, errors } = written("全年公园游览人次8.5亿，比上年增加6000万人次，增长7.6%。");
    expect(claims).toEqual([
      "公园游览人次_1 公园游览人次#1 亿人次 -",
      "公园游览人次_2 公园游览人次#1 万人次 -",
      "公园游览人次_3 公园游览人次#1 - -",
    ]);
    expect(errors).toEqual([]);
  });

  it("verifies a made-up report with such figures without an error", () => {
    const text = [
      "某县2024年国民经济和社会发展统计公报",
      "全年外商直接投资1.8亿美元，比上年增长4.2%。全年接待游客860万人次，比上年增长9.5%。",
      "全年景区游览人次1.1亿，比上年增加900万人次。年末常住人口1.2亿，比上年减少30万。",
      "年末全县养老机构达到56个、1.3万。",
    ].join("\n");
    const { report } = verifyReportBytes(new TextEncoder().encode(text), "county.txt");
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.checks.filter((c) => c.verdict === "inconsistent" && !c.review)).toEqual([]);
  });
});
