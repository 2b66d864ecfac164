/**
 * The Monte Carlo of the Mentougou example (`examples/mentougou-2021`), as the outside review of issue 32 measured
 * it: `simulate()` at 100,000 trials against a hand-written trial loop, one thread against two, and a goal seek on
 * probability at 10,000 trials on every one of its 33 targets. Each measure runs in a fresh process from the library
 * bundled by esbuild as the package ships it. Prints Markdown and writes results/mentougou.md and
 * results/mentougou.json (`--quick`: fewer trials and rounds, printed only — a check that the measure works).
 *
 *   node --import tsx benchmarks/mentougou.ts [--quick]
 */
import { rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { bundleMentougou, runMentougou } from "./measures/mentougou-bundle.js";
import type { GoalSeekRow } from "./measures/mentougou-goal-seek.js";
import type { ThreadsResult } from "./measures/mentougou-threads.js";

const quick = process.argv.includes("--quick");
const root = fileURLToPath(new URL("../", import.meta.url));
/** Where the measures are bundled (git ignores `results/*.tmp`). */
const out = `${root}benchmarks/results/mentougou.tmp`;
const say = (text: string) => process.stderr.write(`${text}\n`);
const measure = <T>(name: string, trials: number, rounds: number): T => runMentougou<T>(out, name, trials, rounds);

const loadStart = loadavg();
await bundleMentougou(out);
const trials = quick ? 10_000 : 100_000;
say(`simulate() and the hand-written loop, ${trials} trials`);
const loop = measure<{ name: string; ms: number; rounds: number[] }[]>("loop", trials, quick ? 3 : 7);
// at the review's 100,000 trials, and at ten times as many, where the trials outweigh a worker's start-up
const threads = [trials, 10 * trials].map((n) => {
  say(`one thread and two, ${n} trials`);
  return measure<ThreadsResult>("threads", n, quick ? 1 : n > 100_000 ? 3 : 7);
});
say("a goal seek on probability on every target, 10,000 trials");
const seeks = measure<GoalSeekRow[]>("seek", 10_000, quick ? 1 : 3);
const loadEnd = loadavg();
rmSync(out, { recursive: true, force: true });

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const handMs = loop.find((r) => r.name === "hand-written loop")!.ms;
const slowest = seeks[0]!;
const markdown = [
  "# The Mentougou example's Monte Carlo",
  "",
  `${new Date().toISOString().slice(0, 16).replace("T", " ")}, Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}; load average ${loadStart.map((l) => l.toFixed(2)).join(" ")} at the start, ${loadEnd.map((l) => l.toFixed(2)).join(" ")} at the end. Each measure in a fresh process, from the library bundled as the package ships it.`,
  "",
  `## \`simulate()\`, ${trials.toLocaleString("en")} trials, one thread`,
  "",
  "Medians of rotated rounds. The trials alone are what a run's chunks cost; `simulate()` adds its summary: each tracked cell's quantiles and the inputs that drive each target.",
  "",
  "| what | ms | ratio to the hand-written loop |",
  "| --- | --- | --- |",
  ...loop.map((r) => `| ${r.name} | ${f(r.ms)} | ${(r.ms / handMs).toFixed(2)}× |`),
  "",
  "## Threads, whole runs (worker start-up included)",
  "",
  "| trials | threads | median ms | fastest ms | speed-up over one thread (medians) |",
  "| --- | --- | --- | --- | --- |",
  ...threads.flatMap((t) =>
    t.rows.map(
      (r) =>
        `| ${t.trials.toLocaleString("en")} | ${r.name} | ${f(r.medianMs)} | ${f(r.minMs)} | ${(t.rows[0]!.medianMs / r.medianMs).toFixed(2)}× |`,
    ),
  ),
  "",
  "## Goal seek on probability, 80%, 10,000 trials, every target",
  "",
  `Each target with the lever it names, else the first of the model's levers that reaches it. Slowest ${f(slowest.ms)} ms (${slowest.target}); all ${seeks.length} in ${f(seeks.reduce((s, r) => s + r.ms, 0))} ms.`,
  "",
  "| target | lever | moves | runs of 10,000 trials | ms |",
  "| --- | --- | --- | --- | --- |",
  ...seeks.map((r) => `| ${r.target} | ${r.lever} | ${r.moves} | ${r.iterations} | ${f(r.ms)} |`),
  "",
].join("\n");
process.stdout.write(markdown);
if (!quick) {
  const results = new URL("./results/", import.meta.url);
  writeFileSync(new URL("mentougou.md", results), markdown);
  const json = {
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
    loadAverage: { start: loadStart, end: loadEnd },
    loop,
    threads,
    seeks,
  };
  writeFileSync(new URL("mentougou.json", results), `${JSON.stringify(json, null, 2)}\n`);
}
