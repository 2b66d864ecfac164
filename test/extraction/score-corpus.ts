/**
 * Scores extraction on the labelled corpus and prints a table per text: strict precision and recall, the value
 * found at all, kind and grouping right with the time left aside, targets. `--half dev` (the default) or
 * `--half test`; `--examples` the three example texts; `--misses` lists what was missed and what was spurious.
 *
 *     npx tsx test/extraction/score-corpus.ts --half dev
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims } from "../../src/extraction/index.js";
import { readLabels, score } from "./quality.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const half = args[args.indexOf("--half") + 1] === "test" && args.includes("--half") ? "test" : "dev";
const only = args.find((a) => /^\d\d$/.test(a));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rows: string[][] = [
  ["text", "labelled", "extracted", "precision", "recall", "value found", "timeless", "targets P/R", "ms"],
];
const sums = { labelled: 0, extracted: 0, correct: 0, found: 0, timeless: 0 };
const examples = args.includes("--examples");
const files = examples
  ? ["mentougou-2021.yaml", "county-communique.yaml", "county-quarterly.yaml"]
  : readdirSync(resolve(ROOT, "test/extraction/labels/corpus"))
      .sort()
      .map((f) => `corpus/${f}`);
for (const path of files) {
  const file = path.replace(/^corpus\//, "");
  if (only && !file.startsWith(only)) continue;
  const labels = readLabels(path);
  if (!examples && labels.half !== half) continue;
  const text = readFileSync(resolve(ROOT, labels.text), "utf8");
  const t0 = performance.now();
  const extraction = extractClaims(text);
  const ms = performance.now() - t0;
  const q = score(
    extraction.claims,
    labels.figures.filter((f) => !f.target),
    labels.skipped,
  );
  const t = score(
    extraction.targets,
    labels.figures.filter((f) => f.target),
    labels.skipped,
  );
  sums.labelled += q.labelled;
  sums.extracted += q.extracted;
  sums.correct += q.correct;
  sums.found += q.valueFound;
  sums.timeless += q.timelessCorrect;
  rows.push([
    examples ? file.slice(0, 12) : file.slice(0, 2),
    String(q.labelled),
    String(q.extracted),
    pct(q.precision),
    pct(q.recall),
    pct(q.valueFound / q.labelled),
    pct(q.timelessCorrect / q.labelled),
    t.labelled ? `${pct(t.precision)}/${pct(t.recall)} of ${t.labelled}` : `(${t.extracted} read)`,
    ms.toFixed(0),
  ]);
  if (args.includes("--misses")) {
    console.log(
      `\n## ${file}\nconfusion: ${JSON.stringify(q.confusion)}\nmissed:\n  ${q.missed.join("\n  ")}\nspurious:\n  ${q.spurious.join("\n  ")}`,
    );
    if (t.labelled || t.extracted)
      console.log(`targets missed:\n  ${t.missed.join("\n  ")}\ntargets spurious:\n  ${t.spurious.join("\n  ")}`);
  }
}
rows.push([
  "all",
  String(sums.labelled),
  String(sums.extracted),
  pct(sums.correct / sums.extracted),
  pct(sums.correct / sums.labelled),
  pct(sums.found / sums.labelled),
  pct(sums.timeless / sums.labelled),
  "",
  "",
]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(rows.map((r) => r.map((c, i) => c.padStart(widths[i]!)).join("  ")).join("\n"));
