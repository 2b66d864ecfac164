import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { claimsDefinitionOf, extractClaims, verifyClaims } from "../../src/index.js";
import { collectGarbage, median } from "../harness.js";

export interface ExtractionResult {
  /** The report's size in kilobytes (UTF-8). */
  readonly kilobytes: number;
  readonly figures: number;
  /** Reading every claim, target and number of the text. */
  readonly extractMs: number;
  /** Extracting and verifying in one step (`plansheet verify REPORT.txt` without reading the file). */
  readonly extractAndVerifyMs: number;
  /** The reference in the same run: one pass of a regular expression that finds every number of the text. */
  readonly scanMs: number;
}

/** Time to extract the Mentougou report's figures from its text (and to verify them), median of `rounds` after a warm-up. */
export function extractionTime(rounds: number): ExtractionResult {
  const text = readFileSync(fileURLToPath(new URL("../../examples/mentougou-2021/government-work-report.txt", import.meta.url)), "utf8");
  const time = (run: () => unknown) => {
    for (let i = 0; i < 3; i++) run();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      collectGarbage();
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const figures = extractClaims(text).claims.length;
  return {
    kilobytes: Buffer.byteLength(text) / 1024,
    figures,
    scanMs: time(() => [...text.matchAll(/\d+(?:\.\d+)?/g)].length),
    extractMs: time(() => extractClaims(text)),
    extractAndVerifyMs: time(() => verifyClaims(claimsDefinitionOf(extractClaims(text)))),
  };
}
