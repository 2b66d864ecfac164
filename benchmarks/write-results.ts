/**
 * Writes a run's results: results/NAME.md and results/NAME.json and, for a full run (`latest`), README-section.md
 * and the README's Performance section. Run alone, it writes them again from results/latest.json (after a change
 * to how the report is written, without measuring again):
 *
 *   node --import tsx benchmarks/write-results.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BenchResults } from "./bench-results.js";
import { markdown, readmeSection, withPerformanceSection } from "./report.js";

const dir = fileURLToPath(new URL("./results/", import.meta.url));

/** Writes the results of a run named `name` (`latest` or `quick`); returns the Markdown report. */
export function writeResults(results: BenchResults, name: string, say: (text: string) => void): string {
  const text = markdown(results);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.md`, `${text}\n`);
  writeFileSync(`${dir}${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
  if (name === "latest") {
    const section = readmeSection(results);
    writeFileSync(fileURLToPath(new URL("./README-section.md", import.meta.url)), section);
    const readme = fileURLToPath(new URL("../README.md", import.meta.url));
    const updated = withPerformanceSection(readFileSync(readme, "utf8"), section);
    if (updated === undefined) say("README.md has no performance markers: its Performance section was left as it was");
    else writeFileSync(readme, updated);
  }
  return text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = JSON.parse(readFileSync(`${dir}latest.json`, "utf8")) as BenchResults;
  writeResults(results, "latest", (text) => process.stderr.write(`${text}\n`));
  process.stderr.write("written again from benchmarks/results/latest.json\n");
}
