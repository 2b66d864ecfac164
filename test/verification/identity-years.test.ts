import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/verification/index.js";

const share = (id: string, indicator: string, year: number, value: string) => ({
  id,
  indicator,
  kind: "share",
  year,
  value,
});

describe("identities mean what they say", () => {
  it.each([
    ["agri - agri[1952]", "agri[1952] names a fixed year"],
    ["agri - agri[t-1]", "agri[t-1] names another year"],
    ["if(t == 1952, agri, 0)", "if(t == 1952, agri, 0) is a condition"],
    ["agri * t", "t is the year itself"],
    ["growth(agri)", "growth(agri) reads other years"],
  ])("refuses %s when the claims are read, with its position", (rhs, words) => {
    const report = verifyClaims({
      claims: [share("a", "agri", 1952, "58.5%"), share("b", "rest", 1952, "41.5%")],
      identities: [`rest = ${rhs}`],
    });
    const issue = report.issues.find((i) => i.code === "invalid_claim")!;
    expect(issue.message).toContain(
      `identity 'rest = ${rhs}': ${words}, but an identity relates indicators in the same year`,
    );
    expect(issue.span!.start).toBeGreaterThan("rest =".length - 1);
    expect(issue.path).toEqual(["identities", 0]);
    expect(report.checks.filter((c) => c.kind.startsWith("identity"))).toEqual([]);
  });

  it("holds only in the years it is limited to: { check: …, years: [1952] }", () => {
    const claims = [
      share("a52", "s_agr", 1952, "58.5%"),
      share("f52", "s_for", 1952, "20%"),
      share("n52", "s_ani", 1952, "21.5%"),
      share("a78", "s_agr", 1978, "80%"),
      share("f78", "s_for", 1978, "3.4%"),
      share("n78", "s_ani", 1978, "15%"),
    ];
    const all = verifyClaims({ claims, identities: ["s_agr = 1 - s_for - s_ani"] });
    expect(all.checks.filter((c) => c.kind === "identity_levels").map((c) => [c.id.split(":")[2], c.verdict])).toEqual([
      ["1952", "consistent"],
      ["1978", "inconsistent"],
    ]);
    const limited = verifyClaims({ claims, identities: [{ check: "s_agr = 1 - s_for - s_ani", years: [1952] }] });
    expect(limited.checks.filter((c) => c.kind === "identity_levels").map((c) => c.id.split(":")[2])).toEqual(["1952"]);
  });

  it("without a model, takes an id no claim prints for a slip when it is close to one that is printed", () => {
    const report = verifyClaims({
      claims: [
        { id: "e", indicator: "energy", kind: "level", year: 2021, value: "30" },
        { id: "g", indicator: "gdp", kind: "level", year: 2021, value: "276" },
      ],
      identities: ["intensity = energy / gpd"],
    });
    const issue = report.issues.find((i) => i.code === "unknown_reference")!;
    expect(issue.message).toBe("identity 'intensity = energy / gpd': 'gpd' is printed by no claim");
    expect(issue.hint).toBe("did you mean 'gdp'?");
    expect(report.checks.filter((c) => c.kind.startsWith("identity"))).toEqual([]);
  });

  it("without a model, still derives the one indicator no claim prints", () => {
    const report = verifyClaims({
      claims: [
        { id: "e", indicator: "energy", kind: "level", year: 2021, value: "30" },
        { id: "g", indicator: "gdp", kind: "level", year: 2021, value: "276" },
      ],
      identities: ["intensity = energy / gdp"],
    });
    expect(report.issues).toEqual([]);
    expect(report.checks[report.checks.length - 1]!.derived).toEqual({ indicator: "intensity", year: 2021 });
  });

  it("refuses two ids no claim prints: there is nothing the identity could check or find", () => {
    const report = verifyClaims({
      claims: [{ id: "g", indicator: "gdp", kind: "level", year: 2021, value: "276" }],
      identities: ["a = b * gdp"],
    });
    expect(report.issues[0]!.message).toBe(
      "identity 'a = b * gdp': 'a' and 'b' are printed by no claim, and an identity can find one missing value, not 2",
    );
  });
});
