import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extraction/index.js";
import { readLabels, score, unaccounted, type Labels } from "./quality.js";

const ROOT = resolve(__dirname, "../..");

describe.each(["county-communique.yaml", "mentougou-2021.yaml", "county-quarterly.yaml"])(
  "extraction quality on %s",
  (file) => {
    const labels = readLabels(file);
    const text = readFileSync(resolve(ROOT, labels.text), "utf8");
    const extraction = extractClaims(text);

    it("finds at least 95% of the labelled figures, and at least 95% of what it finds is right", () => {
      const claims = score(
        extraction.claims,
        labels.figures.filter((f) => !f.target),
      );
      expect({ missed: claims.missed, spurious: claims.spurious }).toEqual({
        missed: claims.missed.slice(0, Math.floor(claims.labelled * 0.05)),
        spurious: claims.spurious.slice(0, Math.floor(claims.extracted * 0.05)),
      });
      expect(claims.recall).toBeGreaterThanOrEqual(0.95);
      expect(claims.precision).toBeGreaterThanOrEqual(0.95);
    });

    it("reads the targets the text sets with the same quality", () => {
      const targets = score(
        extraction.targets,
        labels.figures.filter((f) => f.target),
      );
      expect(targets.recall).toBeGreaterThanOrEqual(0.95);
      expect(targets.precision).toBeGreaterThanOrEqual(0.95);
    });

    it("accounts for every number of the text: a figure's value, or listed with the reason it is none", () => {
      expect(unaccounted(text, extraction)).toEqual([]);
    });
  },
);

/** The real texts labelled by hand (test/extraction/labels/corpus), each read once, by half. */
function corpus(half: "dev" | "test", kept?: number) {
  return readdirSync(resolve(__dirname, "labels/corpus"))
    .sort()
    .map((file) => ({ file, labels: readLabels(`corpus/${file}`) }))
    .filter(({ labels }) => labels.half === half && (kept === undefined || labels.kept === kept))
    .map(({ file, labels }) => {
      const text = readFileSync(resolve(ROOT, labels.text), "utf8");
      const extraction = extractClaims(text);
      return {
        file,
        labels,
        text,
        extraction,
        claims: score(
          extraction.claims,
          labels.figures.filter((f) => !f.target),
          labels.skipped,
        ),
        targets: score(
          extraction.targets,
          labels.figures.filter((f) => f.target),
          labels.skipped,
        ),
      };
    });
}

/** The sums of a half's scores: strict precision and recall, the printed value found at all, targets of work reports. */
function totals(results: ReturnType<typeof corpus>) {
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((a, r) => a + f(r), 0);
  const gwr = results.filter((r) => (r.labels as Labels).kind === "gwr");
  return {
    precision: sum((r) => r.claims.correct) / sum((r) => r.claims.extracted),
    recall: sum((r) => r.claims.correct) / sum((r) => r.claims.labelled),
    valueFound: sum((r) => r.claims.valueFound) / sum((r) => r.claims.labelled),
    targetRecall: gwr.reduce((a, r) => a + r.targets.correct, 0) / gwr.reduce((a, r) => a + r.targets.labelled, 0),
  };
}

describe("extraction quality on the real texts of the development half", () => {
  const results = corpus("dev");
  const total = totals(results);

  it("reads at least 90% of the labelled figures right (kind, value, time and grouping), and at least 95% of what it reads is right", () => {
    expect(results.length).toBeGreaterThanOrEqual(6);
    expect(total.recall).toBeGreaterThanOrEqual(0.9);
    expect(total.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("finds at least 98% of the printed values, and at least 90% of the targets of the work reports", () => {
    expect(total.valueFound).toBeGreaterThanOrEqual(0.98);
    expect(total.targetRecall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(results.map((r) => [r.file, r] as const))(
    "accounts for every number of %s: a figure's value, or listed with the reason it is none",
    (_file, r) => {
      expect(unaccounted(r.text, r.extraction)).toEqual([]);
    },
  );

  it.each(results.map((r) => [r.file, r] as const))(
    "reads the year %s speaks of, and says so when it is assumed",
    (_file, r) => {
      expect(r.extraction.year).toBe(r.labels.year);
      if (r.extraction.document.yearSource === "assumed")
        expect(r.extraction.assumptions.join(" ")).toContain(String(r.labels.year));
    },
  );
});

/**
 * The texts kept aside, set by set: each labelled by hand by a reader who had not seen the extractor's reading of it,
 * scored once when labelled, and held here at the level then measured, so that no later change reads them worse.
 * Set 1 (03, 15, 23, 28) was scored when the reader's development paused and is held near the development half's
 * goals (README, "Reading a report's text"); set 2 (07, 08, 11, 14, 21: a health and a civil-affairs bulletin, the
 * 1995 industrial census, a work report, a communiqué) at its first and only scoring.
 */
const KEPT: readonly {
  set: number;
  texts: number;
  recall: number;
  precision: number;
  valueFound: number;
  targets: number;
}[] = [
  { set: 1, texts: 4, recall: 0.92, precision: 0.93, valueFound: 0.98, targets: 0.78 },
  { set: 2, texts: 5, recall: 0.72, precision: 0.81, valueFound: 0.83, targets: 0.93 },
];

describe.each(KEPT)("extraction quality on the real texts kept aside, set $set", (floor) => {
  const results = corpus("test", floor.set);
  const total = totals(results);

  it(`reads at least ${floor.recall * 100}% of the labelled figures right, at least ${floor.precision * 100}% of what it reads is right, and finds ${floor.valueFound * 100}% of the printed values`, () => {
    expect(results.length).toBe(floor.texts);
    expect(total.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(total.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(total.valueFound).toBeGreaterThanOrEqual(floor.valueFound);
  });

  it(`reads at least ${floor.targets * 100}% of the targets of the work reports`, () => {
    expect(total.targetRecall).toBeGreaterThanOrEqual(floor.targets);
  });

  it.each(results.map((r) => [r.file, r] as const))(
    "accounts for every number of %s, and reads the year it speaks of",
    (_file, r) => {
      expect(unaccounted(r.text, r.extraction)).toEqual([]);
      expect(r.extraction.year).toBe(r.labels.year);
    },
  );
});
