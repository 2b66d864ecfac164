import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { claimsDefinitionOf, extractClaims, verifyClaims } from "../../src/index.js";
import { type Spread, type Timing, timeRotated } from "../harness.js";

/** Extraction of one text or a set of texts: size, figures read and the time. */
export interface ExtractionRow {
  readonly name: string;
  /** Size in kilobytes (UTF-8). */
  readonly kilobytes: number;
  /** Claims and targets read. */
  readonly figures: number;
  readonly extractMs: number;
  /** The spread of the rounds' milliseconds. */
  readonly spread?: Spread;
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
  /** The spread of the rounds of the three figures above. */
  readonly spreads?: { readonly extract: Spread; readonly extractAndVerify: Spread; readonly scan: Spread };
  /** Every text of the corpus (`test/extraction/corpus/texts/`), one after the other, and the largest of them. */
  readonly corpus?: { readonly texts: number; readonly all: ExtractionRow; readonly largest: ExtractionRow };
  /** The largest text of the corpus repeated 1, 2, 4 and 8 times: time per kilobyte stays flat when reading is linear. */
  readonly doubling?: readonly ExtractionRow[];
}

const kilobytes = (text: string) => Buffer.byteLength(text) / 1024;
const figuresOf = (text: string) => {
  const x = extractClaims(text);
  return x.claims.length + x.targets.length;
};

/**
 * Time to extract the Mentougou report's figures from its text (and to verify them), the corpus, and doubling sizes:
 * every figure timed in the same rotated rounds (see `timeRotated`), so that the regular-expression scan they are
 * compared with and the doubling sizes see the same load. No garbage is collected between rounds.
 */
export function extractionTime(rounds: number, quick = false): ExtractionResult {
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
  const repeats = [1, 2, 4, 8].map((times) => ({
    name: `${largest.name} × ${times}`,
    text: Array.from({ length: times }, () => largest.text).join("\n\n"),
  }));
  const timings = timeRotated(
    [
      { name: "scan", run: () => [...text.matchAll(/\d+(?:\.\d+)?/g)].length },
      { name: "extract", run: () => extractClaims(text) },
      { name: "verify", run: () => verifyClaims(claimsDefinitionOf(extractClaims(text))) },
      { name: "corpus", run: () => texts.forEach((t) => extractClaims(t.text)) },
      { name: "largest", run: () => extractClaims(largest.text) },
      ...repeats.slice(1).map((r) => ({ name: r.name, run: () => extractClaims(r.text) })),
    ],
    { rounds, roundMs: quick ? 15 : 40, warmupMs: quick ? 30 : 150 },
  );
  const t = (name: string): Timing => timings.get(name)!;
  const row = (name: string, source: string, timing: Timing): ExtractionRow => ({
    name,
    kilobytes: kilobytes(source),
    figures: figuresOf(source),
    extractMs: timing.median,
    spread: timing.spread,
  });
  return {
    kilobytes: kilobytes(text),
    figures: extractClaims(text).claims.length,
    scanMs: t("scan").median,
    extractMs: t("extract").median,
    extractAndVerifyMs: t("verify").median,
    spreads: { scan: t("scan").spread, extract: t("extract").spread, extractAndVerify: t("verify").spread },
    corpus: {
      texts: texts.length,
      all: {
        name: `${texts.length} texts`,
        kilobytes: texts.reduce((s, x) => s + kilobytes(x.text), 0),
        figures: texts.reduce((s, x) => s + figuresOf(x.text), 0),
        extractMs: t("corpus").median,
        spread: t("corpus").spread,
      },
      largest: row(largest.name, largest.text, t("largest")),
    },
    doubling: repeats.map((r, k) => row(r.name, r.text, k === 0 ? t("largest") : t(r.name))),
  };
}
