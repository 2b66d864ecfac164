import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { claimsDefinitionOf, extractClaims } from "../../src/extraction/index.js";
import { readReportBytes } from "../../src/io/report-text.js";
import { verifyClaims } from "../../src/verification/index.js";
import { unaccounted } from "../extraction/quality.js";
import { expectTypedIssues, runs } from "./outcomes.js";

/**
 * Report texts as they arrive damaged: a stretch of a real text of the corpus with characters that print nothing
 * put inside figures, lines doubled or dropped, brackets and quotes left open, full-width and half-width mixed,
 * HTML around it, bytes cut. Reading gives claims, targets and unclassified numbers — every number accounted for —
 * and verifying them gives a report with typed issues, never an exception.
 */
const CORPUS = resolve(__dirname, "../extraction/corpus/texts");
const TEXTS = readdirSync(CORPUS)
  .sort()
  .map((f) => readFileSync(resolve(CORPUS, f), "utf8"));

const MUTATIONS: ((text: string, at: number) => string)[] = [
  (t, at) => `${t.slice(0, at)}\u200b${t.slice(at)}`,
  (t, at) => `${t.slice(0, at)}\u00ad\u200e${t.slice(at)}`,
  (t, at) => `${t.slice(0, at)}（“${t.slice(at)}`,
  (t, at) => t.slice(0, at) + t.slice(at + 7),
  (t, at) => {
    const lines = t.split("\n");
    const k = at % Math.max(1, lines.length);
    return [...lines.slice(0, k), lines[k] ?? "", ...lines.slice(k)].join("\n");
  },
  (t, at) => `${t.slice(0, at)}\n   —  3  —\n${t.slice(at)}`,
  (t, at) => t.slice(0, at).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) + t.slice(at),
  (t, at) => `${t.slice(0, at)}%%%%${t.slice(at)}`,
  (t, at) => `${t.slice(0, at)}1、2、3、4、5、6${t.slice(at)}`,
];

const damaged = fc
  .tuple(
    fc.nat({ max: TEXTS.length - 1 }),
    fc.nat({ max: 40_000 }),
    fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), fc.nat({ max: 3_000 })), { maxLength: 6 }),
  )
  .map(([k, start, edits]) => {
    let text = TEXTS[k]!.slice(
      start % Math.max(1, TEXTS[k]!.length - 3_000),
      (start % Math.max(1, TEXTS[k]!.length - 3_000)) + 3_000,
    );
    for (const [m, at] of edits) text = MUTATIONS[m]!(text, at % Math.max(1, text.length));
    return text;
  });

describe("fuzzing report texts", () => {
  it("reads every damaged stretch to claims with every number accounted for, and verifies them to typed issues", () => {
    fc.assert(
      fc.property(damaged, fc.boolean(), (text, html) => {
        const read = html
          ? readReportBytes(new TextEncoder().encode(`<html><body><p>${text}</p></body></html>`), "page.html")
          : { text, issues: [] };
        expectTypedIssues(read.issues);
        if (read.text === undefined) return;
        const extraction = extractClaims(read.text, { year: 2023 });
        expect(unaccounted(read.text, extraction)).toEqual([]);
        const report = verifyClaims(claimsDefinitionOf(extraction));
        expectTypedIssues(report.issues);
        for (const check of report.checks) expect(check.explanation).not.toMatch(/undefined|NaN|\[object Object\]/);
      }),
      { numRuns: runs(40), seed: 29 },
    );
  });
});
