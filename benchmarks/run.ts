/**
 * `npm run bench`: plansheet's evaluation against a hand-written reference, HyperFormula and mathjs on the
 * synthetic planning model M(N, 10) (see README.md here). Writes results/latest.md and results/latest.json and
 * prints the Markdown. `--quick` runs smaller sizes and fewer rounds (a smoke test of the suite itself).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { userJobs } from "./measures/as-a-user.js";
import { buildTime } from "./measures/build.js";
import { bundleSize } from "./measures/bundle-size.js";
import { extractionTime } from "./measures/extraction.js";
import { fullEvaluation } from "./measures/full-evaluation.js";
import { memory } from "./measures/memory.js";
import { monteCarlo } from "./measures/monte-carlo.js";
import { oneInputChange } from "./measures/one-input.js";
import { startUp } from "./measures/start-up.js";
import { timePerCell } from "./measures/time-per-cell.js";
import { markdown, readmeSection, withPerformanceSection } from "./report.js";
import type { BenchResults } from "./bench-results.js";

const quick = process.argv.includes("--quick");
if (!(globalThis as { gc?: unknown }).gc)
  console.error("note: run with --expose-gc (npm run bench does) so that garbage is collected between contestants");

const sizes = quick ? [10, 100, 1_000] : [10, 100, 1_000, 10_000];
const rounds = quick ? 3 : 9;
const timing = { rounds, roundMs: quick ? 15 : 40, warmupMs: quick ? 50 : 300 };
const started = performance.now();
const loadStart = loadavg();
const say = (text: string) => process.stderr.write(`${text}\n`);

function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

const full = sizes.map((chains) => {
  say(`full evaluation, N = ${chains}`);
  return fullEvaluation(chains, timing);
});
say("time per cell, every size in the same rounds");
const perCell = timePerCell(sizes, timing);
const oneInput = sizes
  .filter((chains) => chains >= 100)
  .map((chains) => {
    say(`one input changed, N = ${chains}`);
    return oneInputChange(chains, { ...timing, rounds: Math.min(rounds, 5) });
  });
say("Monte Carlo, one thread and two worker threads");
const mc = await monteCarlo(50, quick ? 3 : 7, 2);
say("heap growth (fresh processes)");
const mem = memory(quick ? 1_000 : 10_000);
say("extraction from a report's text");
const extraction = extractionTime(quick ? 5 : 21);
say("build time");
const build = buildTime(quick ? [10, 100, 1_000] : [10, 100, 1_000, 2_500, 10_000], quick ? 1 : 3);

say("start-up against node -e 0 (after building dist/)");
const start = startUp(quick ? 3 : 10);
say("the core entry's browser bundle");
const bundle = await bundleSize();
say("a goal seek on probability and the demo, as a user runs them");
const jobs = userJobs(quick ? 1 : 3);

const results: BenchResults = {
  environment: {
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
    node: process.versions.node,
    cpus: cpus()[0]?.model ?? "unknown CPU",
    cores: cpus().length,
    loadAverage: { start: loadStart, end: loadavg() },
    commit: commit(),
    rounds,
    seconds: (performance.now() - started) / 1000,
  },
  full,
  perCell,
  oneInput,
  monteCarlo: mc,
  memory: mem,
  build,
  extraction,
  startUp: start,
  bundle,
  userJobs: jobs,
};

const text = markdown(results);
const dir = fileURLToPath(new URL("./results/", import.meta.url));
mkdirSync(dir, { recursive: true });
const name = quick ? "quick" : "latest";
writeFileSync(`${dir}${name}.md`, `${text}\n`);
writeFileSync(`${dir}${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
if (!quick) {
  const section = readmeSection(results);
  writeFileSync(fileURLToPath(new URL("./README-section.md", import.meta.url)), section);
  const readme = fileURLToPath(new URL("../README.md", import.meta.url));
  const updated = withPerformanceSection(readFileSync(readme, "utf8"), section);
  if (updated === undefined) say("README.md has no performance markers: its Performance section was left as it was");
  else writeFileSync(readme, updated);
}
process.stdout.write(`${text}\n`);
say(`written to benchmarks/results/${name}.md and ${name}.json`);
