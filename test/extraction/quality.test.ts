import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extraction/index.js";
import { readLabels, score, unaccounted } from "./quality.js";

const ROOT = resolve(__dirname, "../..");

describe.each(["county-communique.yaml", "mentougou-2021.yaml", "county-quarterly.yaml"])("extraction quality on %s", (file) => {
  const labels = readLabels(file);
  const text = readFileSync(resolve(ROOT, labels.text), "utf8");
  const extraction = extractClaims(text, labels.year !== undefined ? { year: labels.year } : {});

  it("finds at least 95% of the labelled figures, and at least 95% of what it finds is right", () => {
    const claims = score(extraction.claims, labels.figures.filter((f) => !f.target));
    expect({ missed: claims.missed, spurious: claims.spurious }).toEqual({ missed: claims.missed.slice(0, Math.floor(claims.labelled * 0.05)), spurious: claims.spurious.slice(0, Math.floor(claims.extracted * 0.05)) });
    expect(claims.recall).toBeGreaterThanOrEqual(0.95);
    expect(claims.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("reads the targets the text sets with the same quality", () => {
    const targets = score(extraction.targets, labels.figures.filter((f) => f.target));
    expect(targets.recall).toBeGreaterThanOrEqual(0.95);
    expect(targets.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("accounts for every number of the text: inside a figure's quote, or listed with the reason it is none", () => {
    expect(unaccounted(text, extraction)).toEqual([]);
  });
});
