import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModelText, verifyClaimsText } from "../../src/io/index.js";
import { formatVerification } from "../../src/render/index.js";
import { CLAIM_KINDS, QUALIFIERS } from "../../src/verification/schema.js";
import { expectSoundRuns, expectTyped, expectTypedIssues, runs } from "./outcomes.js";
import { formulaText } from "./grammar.js";

/**
 * Model and claims files as people and programs write them by mistake: byte-order marks, Windows line ends, bytes
 * that are not UTF-8, tabs, aliases and alias bombs, timelines of a billion years, scenarios that extend each
 * other in a circle, repeated keys, keys JavaScript gives a meaning. Reading, building and running one gives a
 * model or typed issues, never another exception.
 */
const BASE_MODEL = [
  "name: 示例",
  "years: [2020, 2025]",
  "baseYear: 2021",
  "indicators:",
  "  gdp: { unit: 亿元, history: { 2021: 276 }, projection: 'gdp[t-1] * (1 + g)' }",
  "  g: { unit: '%', value: 5% }",
  "  share: { unit: '%', formula: 'g * 2' }",
  "targets:",
  "  growth: { check: 'cagr(gdp, 2021, 2025) >= 5%', lever: g }",
  "scenarios:",
  "  fast: { set: { g: 6% } }",
].join("\n");

const LINE_EDITS: fc.Arbitrary<string>[] = [
  fc.constantFrom(
    "years: [1, 1000000000]",
    "years: [2025, 2020]",
    "years: [2020.5, 2025]",
    "baseYear: 3000",
    "baseYear: .nan",
    "years: 2020",
  ),
  fc.constantFrom(
    "  fast: { extends: slow }\n  slow: { extends: fast }",
    "  fast: { extends: toString }",
    "  fast: { set: { g: 600 } }",
    "  fast: { set: { nope: 1 } }",
    "  constructor: { set: { g: 1% } }",
    "  fast: { set: { g: { growth: 1e300 } } }",
    "  'a/b': { set: { g: 7% } }\n  Targets: { set: { g: 8% } }\n  'fast-1': {}\n  fast_1: {}\n  '一个名字很长很长很长很长很长很长很长很长很长很长很长的情景': {}\n  'x:y*z?': {}",
    Array.from(
      { length: 40 },
      (_, i) => `  c${i}: { ${i > 0 ? `extends: c${i - 1}, ` : ""}set: { g: ${i % 9}% } }`,
    ).join("\n"),
  ),
  fc.constantFrom(
    '  x: { value: {2020: 1, "2020": 2} }',
    "  x: { unit: constructor, value: 1 }",
    "  x: { unit: valueOf, formula: 'gdp * 2' }",
    "  x: &a { value: 1 }\n  y: *a",
    "  __proto__: { value: 1 }",
    "  x: { value: .inf }",
    "  x: { value: '5%%' }",
    "  x: { formula: gdp[t-1 }",
    "  x: { formula: 'gdp[t-1' }",
    '  x: { formula: sum(gdp, 2020, t), label: "\\u001b[31m" }',
    "\tx: { value: 1 }",
    "  x: { unit: 亿元, value: 1 }\n  y: { formula: 'x ^ 1000000000' }",
  ),
  formulaText(2).map((f) => `  x: { formula: ${JSON.stringify(f)} }`),
];

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...["b", "c", "d", "e", "f", "g", "h"].map((n, k) => `${n}: &${n} [${Array(9).fill(`*${"abcdefgh"[k]}`).join(",")}]`),
].join("\n");

const modelText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.oneof(...LINE_EDITS)), { maxLength: 3 }),
    fc.constantFrom("", "\uFEFF"),
    fc.constantFrom("\n", "\r\n"),
    fc.oneof(
      { weight: 8, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constant(BOMB) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString("utf8")) },
    ),
  )
  .map(([edits, bom, eol, tail]) => {
    const lines = BASE_MODEL.split("\n");
    for (const [at, text] of edits) {
      const key = text.trimStart().split(":")[0]!;
      const replaced = lines.findIndex((l) => l.startsWith(`${key}:`));
      if (replaced >= 0 && !text.startsWith(" ")) lines[replaced] = text;
      else lines.splice(Math.min(at, lines.length), 0, text);
    }
    return bom + [...lines, tail].join(eol);
  });

describe("fuzzing model files", () => {
  it("reads, builds and runs to a model or typed issues, whatever the file holds", () => {
    fc.assert(
      fc.property(modelText, (text) => {
        try {
          expectSoundRuns(parseModelText(text, "fuzz.yaml"));
        } catch (error) {
          expectTyped(error);
          const partial = (error as { partial?: Parameters<typeof expectSoundRuns>[0] }).partial;
          if (partial) expectSoundRuns(partial);
        }
      }),
      { numRuns: runs(150), seed: 11 },
    );
  });

  // 20,000 indicators in the suite, 100,000 in `npm run fuzz` (reading the YAML text takes most of the time).
  const many = process.env.PLANSHEET_FUZZ ? 100_000 : 20_000;
  it(`builds and runs ${many.toLocaleString("en-US")} indicators`, () => {
    const lines = ["years: [2020, 2022]", "baseYear: 2020", "indicators:"];
    for (let k = 0; k < many; k++)
      lines.push(k % 2 === 0 ? `  x${k}: { value: ${k} }` : `  x${k}: { formula: 'x${k - 1} * 2' }`);
    const model = parseModelText(lines.join("\n"), "big.yaml");
    expect(model.run().get(`x${many - 1}`, 2022)).toBe((many - 2) * 2);
  }, 120_000);
});

const printed = fc.oneof(
  fc.constantFrom(
    "276",
    "28.5%",
    "5.1%",
    "-3.85%",
    "0.6个百分点",
    "1.3倍",
    "1094",
    "5.10%",
    "",
    "%",
    "abc",
    "1e400",
    "NaN",
    "-0",
    "0.0%",
    "１２",
    "持平",
    "3.9：59.5：36.6",
    "50:50",
    "1.3pp",
    "99.5",
    "：：",
  ),
  fc.double().map(String),
  fc.integer().map((n) => n),
  fc.double(),
);
const claim = fc.record(
  {
    id: fc.constantFrom("c1", "c2", "c3", "constructor", ""),
    indicator: fc.constantFrom("gdp", "energy", "intensity", "nope", "toString"),
    kind: fc.constantFrom(...CLAIM_KINDS, "nope"),
    year: fc.constantFrom(2016, 2021, 2021.5, -1),
    from: fc.constantFrom(2016, 2021, 2030),
    to: fc.constantFrom(2016, 2021, 2026),
    value: printed,
    unit: fc.constantFrom("亿元", "%", "万吨标准煤", "constructor", "valueOf", "吨标准煤/万元", "nope"),
    qualifiers: fc.array(fc.constantFrom(...QUALIFIERS, "bogus"), { maxLength: 2 }),
    basis: fc.constantFrom("comparable", "nominal", "real"),
    of: fc.constantFrom("gdp", "energy", "nope", ""),
    parts: fc.array(fc.constantFrom("gdp", "energy", "intensity", "nope"), { maxLength: 4 }),
    than: fc.record(
      {
        indicator: fc.constantFrom("gdp", "energy"),
        from: fc.constantFrom(2015, 2016, 2021),
        to: fc.constantFrom(2016, 2021),
      },
      { requiredKeys: [] },
    ),
    deflates: fc.oneof(fc.constantFrom("gdp", "energy", ""), fc.array(fc.constantFrom("gdp", "energy"))),
    label: fc.constantFrom("地区生产总值", ""),
  },
  { requiredKeys: ["id", "indicator", "kind", "value"] },
);
const claimsText = fc
  .tuple(
    fc.array(claim, { maxLength: 6 }),
    fc.array(
      fc.constantFrom(
        "intensity = energy / gdp",
        "gdp = energy",
        "x = ",
        "gdp - gdp[2016]",
        "intensity = energy / nope",
      ),
      { maxLength: 2 },
    ),
  )
  .chain(([claims, identities]) =>
    fc
      .option(
        fc.dictionary(
          fc.constantFrom("gdp", "energy", "nope"),
          fc.array(fc.constantFrom("gdp", "energy", "intensity", "nope", "gdpp"), { maxLength: 3 }),
        ),
        { nil: undefined },
      )
      .map((parts) => JSON.stringify({ claims, identities, ...(parts ? { parts } : {}) })),
  );

describe("fuzzing claims files", () => {
  it("verifies to a report with typed issues, whatever the claims say", () => {
    fc.assert(
      fc.property(claimsText, (text) => {
        const report = verifyClaimsText(text, "claims.json");
        expectTypedIssues(report.issues);
        for (const check of report.checks)
          expect(["consistent", "inconsistent", "arithmetic_mean", "not_checkable"]).toContain(check.verdict);
        expect(typeof formatVerification(report)).toBe("string");
        expect(() => JSON.stringify(report.toJSON())).not.toThrow();
      }),
      { numRuns: runs(200), seed: 13 },
    );
  });
});
