import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { claimsDefinitionOf, extractClaims, verifyClaims } from "../../src/index.js";
import { collectGarbage, median } from "../harness.js";

/** Extraction of one text or a set of texts: size, figures read and the time. */
export interface ExtractionRow {
  readonly name: string;
  /** Size in kilobytes (UTF-8). */
  readonly kilobytes: number;
  /** Claims and targets read. */
  readonly figures: number;
  readonly extractMs: number;
}

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
  /** Every text of the corpus (`test/extraction/corpus/texts/`), one after the other, and the largest of them. */
  readonly corpus?: { readonly texts: number; readonly all: ExtractionRow; readonly largest: ExtractionRow };
  /** The largest text of the corpus repeated 1, 2, 4 and 8 times: time per kilobyte stays flat when reading is linear. */
  readonly doubling?: readonly ExtractionRow[];
}

const time = (rounds: number, run: () => unknown) => {
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

const kilobytes = (text: string) => Buffer.byteLength(text) / 1024;
const figuresOf = (text: string) => {
  const x = extractClaims(text);
  return x.claims.length + x.targets.length;
};

/** Time to extract the Mentougou report's figures from its text (and to verify them), the corpus, and doubling sizes. */
export function extractionTime(rounds: number): ExtractionResult {
  const text = readFileSync(
    fileURLToPath(new URL("../../examples/mentougou-2021/government-work-report.txt", import.meta.url)),
    "utf8",
  );
  const dir = fileURLToPath(new URL("../../test/extraction/corpus/texts/", import.meta.url));
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(`${dir}${f}`, "utf8") }));
  const largest = texts.reduce((a, b) => (kilobytes(b.text) > kilobytes(a.text) ? b : a));
  const corpusRounds = Math.max(3, Math.round(rounds / 3));
  return {
    kilobytes: kilobytes(text),
    figures: extractClaims(text).claims.length,
    scanMs: time(rounds, () => [...text.matchAll(/\d+(?:\.\d+)?/g)].length),
    extractMs: time(rounds, () => extractClaims(text)),
    extractAndVerifyMs: time(rounds, () => verifyClaims(claimsDefinitionOf(extractClaims(text)))),
    corpus: {
      texts: texts.length,
      all: {
        name: `${texts.length} texts`,
        kilobytes: texts.reduce((s, t) => s + kilobytes(t.text), 0),
        figures: texts.reduce((s, t) => s + figuresOf(t.text), 0),
        extractMs: time(corpusRounds, () => texts.forEach((t) => extractClaims(t.text))),
      },
      largest: {
        name: largest.name,
        kilobytes: kilobytes(largest.text),
        figures: figuresOf(largest.text),
        extractMs: time(rounds, () => extractClaims(largest.text)),
      },
    },
    doubling: [1, 2, 4, 8].map((times) => {
      const repeated = Array.from({ length: times }, () => largest.text).join("\n\n");
      return {
        name: `${largest.name} × ${times}`,
        kilobytes: kilobytes(repeated),
        figures: figuresOf(repeated),
        extractMs: time(corpusRounds, () => extractClaims(repeated)),
      };
    }),
  };
}
