/**
 * `npm run bench`: plansheet's evaluation against a hand-written reference, HyperFormula and mathjs on the
 * synthetic planning model M(N, 10) (see README.md here). Writes results/latest.md and results/latest.json and
 * prints the Markdown. `--quick` runs smaller sizes and fewer rounds (a smoke test of the suite itself).
 * No timed measure forces a garbage collection; `--expose-gc` serves the heap measure's fresh processes only.
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { userJobs } from "./measures/as-a-user.js";
import { buildTime } from "./measures/build.js";
import { bundleSize } from "./measures/bundle-size.js";
import { extractionTime } from "./measures/extraction.js";
import { goalSeekOnProbability, lastMentougouSeek } from "./measures/goal-seek-probability.js";
import { fullEvaluation } from "./measures/full-evaluation.js";
import { memory } from "./measures/memory.js";
import { monteCarlo } from "./measures/monte-carlo.js";
import { oneInputChange } from "./measures/one-input.js";
import { readingTime } from "./measures/reading.js";
import { startUp } from "./measures/start-up.js";
import { timePerCell } from "./measures/time-per-cell.js";
import { writeResults } from "./write-results.js";
import type { BenchResults } from "./bench-results.js";

const quick = process.argv.includes("--quick");
const sizes = quick ? [10, 100, 1_000] : [10, 100, 1_000, 10_000];
const rounds = quick ? 3 : 9;
const timing = { rounds, roundMs: quick ? 15 : 40, warmupMs: quick ? 50 : 300 };
const started = performance.now();
const loadStart = loadavg();
const say = (text: string) => process.stderr.write(`${text}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
say(`load average at the start: ${load()}`);
const measures: { name: string; seconds: number; load: number }[] = [];
/** Runs one measure, saying what it is and noting how long it took and the load when it started. */
function step<T>(name: string, run: () => T): T {
  say(name);
  const t0 = performance.now();
  const started = loadavg()[0]!;
  const result = run();
  measures.push({ name, seconds: (performance.now() - t0) / 1000, load: started });
  return result;
}
async function stepAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
  say(name);
  const t0 = performance.now();
  const started = loadavg()[0]!;
  const result = await run();
  measures.push({ name, seconds: (performance.now() - t0) / 1000, load: started });
  return result;
}

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

// the kernels' layout at scale: M(100,000, 10), 400,001 indicators, half a minute to build twice
const fullSizes = quick ? sizes : [...sizes, 100_000];
const full = fullSizes.map((chains) => step(`full evaluation, N = ${chains}`, () => fullEvaluation(chains, timing)));
const perCell = step("time per cell, every size in the same rounds", () => timePerCell(sizes, timing));
const oneInput = sizes
  .filter((chains) => chains >= 100)
  .map((chains) =>
    step(`one input changed, N = ${chains}`, () => oneInputChange(chains, { ...timing, rounds: Math.min(rounds, 5) })),
  );
const mc = await stepAsync("Monte Carlo, one thread and two worker threads", () => monteCarlo(50, quick ? 3 : 7, 2));
const mem = step("heap growth (fresh processes)", () => memory(quick ? 1_000 : 10_000));
const extraction = step("extraction from a report's text", () => extractionTime(quick ? 5 : 15, quick));
// M(10,000, 10) is 40,001 indicators, a few seconds a build: five rounds, every size in each
const build = step("build time, every size in each round", () =>
  buildTime(quick ? [10, 100, 1_000] : [10, 100, 1_000, 2_500, 10_000], quick ? 2 : 5),
);
const reading = step("building from YAML text, JSON text and data against HyperFormula; verifying claims", () =>
  readingTime(quick ? 250 : 2_500, quick ? 1_000 : 10_000, quick ? 2 : 7),
);

const start = step("start-up against node -e 0 (after building dist/)", () => startUp(quick ? 3 : 10));
const bundle = await stepAsync("the core entry's browser bundle", () => bundleSize());
const jobs = step("a goal seek on probability, a report with a Monte Carlo run and the demo, as a user runs them", () =>
  userJobs(quick ? 1 : 3),
);
const goalSeek = await stepAsync(
  "a goal seek on probability on each of the Mentougou example's targets (a fresh process)",
  async () => {
    try {
      return await goalSeekOnProbability(quick ? 1 : 3);
    } catch (error) {
      say(`  failed (${(error as Error).message.split("\n")[0]}): taking results/mentougou.json instead`);
      return lastMentougouSeek();
    }
  },
);

const results: BenchResults = {
  environment: {
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
    node: process.versions.node,
    cpus: cpus()[0]?.model ?? "unknown CPU",
    cores: cpus().length,
    memoryGB: totalmem() / 2 ** 30,
    loadAverage: { start: loadStart, end: loadavg() },
    commit: commit(),
    rounds,
    seconds: (performance.now() - started) / 1000,
    measures,
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
  reading,
  ...(goalSeek ? { goalSeek } : {}),
};

const text = writeResults(results, quick ? "quick" : "latest", say);
process.stdout.write(`${text}\n`);
say(`load average at the end: ${load()}; ${Math.round(results.environment.seconds)} s in all`);
say(`written to benchmarks/results/${quick ? "quick" : "latest"}.md and .json`);
