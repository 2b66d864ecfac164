import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleMentougou, runMentougou } from "./mentougou-bundle.js";
import type { GoalSeekRow } from "./mentougou-goal-seek.js";

/** A goal seek on probability at 80% and 10,000 trials on each of the Mentougou example's targets. */
export interface GoalSeekResult {
  /** Where the figures come from: this run, or the last run of `benchmarks/mentougou.ts`. */
  readonly source: "this run" | "results/mentougou.json";
  /** When they were measured (for results/mentougou.json, its date or else the file's time). */
  readonly date: string;
  readonly trials: number;
  readonly targets: number;
  /** The slowest target (median of the passes). */
  readonly slowest: GoalSeekRow;
  /** All targets, one after the other (sum of their medians). */
  readonly totalMs: number;
}

const results = fileURLToPath(new URL("../results/", import.meta.url));
const stamp = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

function summary(rows: readonly GoalSeekRow[], source: GoalSeekResult["source"], date: string): GoalSeekResult {
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { source, date, trials: 10_000, targets: rows.length, slowest, totalMs: rows.reduce((s, r) => s + r.ms, 0) };
}

/**
 * `solveProbability` at 80% and 10,000 trials on every target of the Mentougou example, `passes` passes over them,
 * in a fresh process running the library bundled as the package ships it (as `benchmarks/mentougou.ts` does).
 */
export async function goalSeekOnProbability(passes: number): Promise<GoalSeekResult> {
  const out = `${results}bench-seek.tmp`;
  try {
    await bundleMentougou(out);
    return summary(runMentougou<GoalSeekRow[]>(out, "seek", 10_000, passes), "this run", stamp(new Date()));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The goal seeks of the last run of `benchmarks/mentougou.ts` (results/mentougou.json), if there is one. */
export function lastMentougouSeek(): GoalSeekResult | undefined {
  const file = `${results}mentougou.json`;
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, "utf8")) as { date?: string; seeks?: GoalSeekRow[] };
  if (!json.seeks || json.seeks.length === 0) return undefined;
  return summary(json.seeks, "results/mentougou.json", json.date ?? stamp(statSync(file).mtime));
}
