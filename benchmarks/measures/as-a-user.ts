import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "../harness.js";

/** Whole jobs as a user runs them, wall time: a goal seek on probability and the demo. */
export interface UserJobsResult {
  readonly runs: number;
  readonly solveProbabilityMs: number;
  readonly demoMs: number;
}

const root = fileURLToPath(new URL("../../", import.meta.url));

function wall(command: string, args: readonly string[]): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

/** The command of the goal seek on probability: the Mentougou GDP target at 80%, 10,000 trials. */
export const SOLVE_PROBABILITY = [
  "dist/cli.js",
  "solve",
  "examples/mentougou-2021/model.yaml",
  "--target",
  "gdp_growth_2025",
  "--lever",
  "gdp_growth",
  "--probability",
  "80%",
  "--trials",
  "10000",
  "--seed",
  "2021",
];

/**
 * `plansheet solve … --probability 80%` on the Mentougou example at 10,000 trials (from the built `dist/`, which
 * the start-up measure builds), and `npm run demo` (through tsx, as a newcomer runs it): medians of `runs`.
 */
export function userJobs(runs: number): UserJobsResult {
  const solves = Array.from({ length: runs }, () => wall(process.execPath, SOLVE_PROBABILITY));
  const demos = Array.from({ length: runs }, () => wall("npm", ["run", "--silent", "demo"]));
  return { runs, solveProbabilityMs: median(solves), demoMs: median(demos) };
}
