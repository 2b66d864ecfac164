import { describe, expect, it } from "vitest";
import { CLAIM_KINDS, KINDS, inAYear, type YearKind } from "../../src/verification/kinds/index.js";
import { verifyClaims } from "../../src/verification/index.js";
import { claimsJsonSchema } from "../../src/verification/index.js";

/** One claim of each kind, as printed, with how a sentence quotes it. */
const PRINTED: Record<(typeof CLAIM_KINDS)[number], [Record<string, unknown>, string]> = {
  level: [{ year: 2021, value: "276", unit: "亿元" }, "“276亿元”"],
  share: [{ year: 2021, value: "58.4%" }, "“58.4%”"],
  structure: [{ year: 2023, value: "3.9：59.5：36.6", parts: ["a", "b", "c"] }, "“3.9：59.5：36.6”"],
  cumulative_change: [{ from: 2016, to: 2021, value: "-3.85%", qualifiers: ["以上"] }, "“下降3.85%以上”"],
  average_growth: [{ from: 2016, to: 2021, value: "5.1%" }, "“年均增速5.1%”"],
  pp_change: [{ from: 2020, to: 2021, value: "4.8pp" }, "“提高4.8个百分点”"],
  absolute_change: [{ from: 2020, to: 2021, value: "73.5", unit: "亿元" }, "“增加73.5亿元”"],
  multiple: [{ from: 2018, to: 2023, value: "1.3" }, "“增长1.3倍”"],
  ratio: [{ from: 2016, to: 2021, value: "2.3" }, "“是2016年的2.3倍”"],
  index: [{ from: 2022, to: 2023, value: "99.5" }, "“指数99.5（上年=100）”"],
  contribution: [{ from: 2022, to: 2023, value: "-0.4pp", of: "gdp" }, "“下拉0.4个百分点”"],
  contribution_share: [{ from: 2022, to: 2023, value: "35.2%", of: "gdp" }, "“贡献率35.2%”"],
  rate_difference: [
    { from: 2022, to: 2023, value: "0.8pp", than: { from: 2021, to: 2022 } },
    "“增速比2022年提高0.8个百分点”",
  ],
};

describe("the registry of claim kinds", () => {
  it("holds every kind once, each a figure of a year or of a period as its type says", () => {
    const years: YearKind[] = ["level", "share", "structure"];
    expect(CLAIM_KINDS.filter(inAYear).sort()).toEqual([...years].sort());
    expect(Object.keys(PRINTED).sort()).toEqual([...CLAIM_KINDS].sort());
  });

  it("reads a claim of every kind, files it where the registry says, and quotes it as a report prints it", () => {
    for (const kind of CLAIM_KINDS) {
      const [fields, words] = PRINTED[kind];
      const report = verifyClaims({
        claims: [
          { id: "c", indicator: "x", kind, ...fields },
          { id: "d", indicator: "x", kind, ...fields },
        ],
      });
      expect(report.issues, kind).toEqual([]);
      // the same figure twice meets itself where the index files it
      const same = report.checks.find((c) => c.kind === "same_figure" || c.kind === "structure_sum");
      expect(same, kind).toBeDefined();
      // (a structure twice is its shares twice, each quoted as a share)
      if (kind !== "structure") expect(same!.explanationZh, kind).toContain(words);
    }
  });

  it("gives each field to the kinds the registry says, and names the others in a message", () => {
    for (const kind of CLAIM_KINDS) {
      const [fields] = PRINTED[kind];
      const withOf = verifyClaims({ claims: [{ id: "c", indicator: "x", kind, ...fields, of: "gdp" }] });
      const takesOf = (KINDS[kind].fields as readonly string[]).includes("of");
      expect(
        withOf.issues.some((i) => i.path?.join(".") === "claims.0.of"),
        kind,
      ).toBe(!takesOf);
    }
  });

  it("describes every kind in the JSON Schema from the registry", () => {
    const schema = JSON.stringify(claimsJsonSchema());
    for (const kind of CLAIM_KINDS)
      expect(schema).toContain(`${kind}, ${KINDS[kind].states}`.slice(0, 40).replace(/"/g, '\\"'));
  });

  it("suggests the kind meant for a kind misspelt", () => {
    const report = verifyClaims({
      claims: [{ id: "c", indicator: "x", kind: "cumulative_chage", from: 2016, to: 2021, value: "28.5%" }],
    });
    expect(report.issues.map((i) => i.hint)).toEqual(["did you mean 'cumulative_change'?"]);
  });
});
