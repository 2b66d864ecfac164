import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, type Spread, spreadOf } from "../harness.js";

/** Whole jobs as a user runs them, wall time: a goal seek on probability, a report with a Monte Carlo run, the demo. */
export interface UserJobsResult {
  readonly runs: number;
  readonly solveProbabilityMs: number;
  /** `plansheet report … --simulate 10000`, the page written. */
  readonly reportSimulateMs?: number;
  readonly demoMs: number;
  /** The spread of each job's runs, ms. */
  readonly spreads?: { readonly solve: Spread; readonly report: Spread; readonly demo: Spread };
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

/** Where the report command writes its page (removed afterwards). */
const REPORT_PAGE = join(tmpdir(), `plansheet-bench-report-${process.pid}.html`);

/** The report of the Mentougou example with its claims and a Monte Carlo run of 10,000 trials. */
export const REPORT_SIMULATE = [
  "dist/cli.js",
  "report",
  "examples/mentougou-2021/model.yaml",
  "--claims",
  "examples/mentougou-2021/claims.yaml",
  "--simulate",
  "10000",
  "--seed",
  "2021",
  "-o",
  REPORT_PAGE,
];

/**
 * `plansheet solve … --probability 80%` on the Mentougou example at 10,000 trials and `plansheet report …
 * --simulate 10000` (from the built `dist/`, which the start-up measure builds), and `npm run demo` (through tsx,
 * as a newcomer runs it): the three jobs in turn, `runs` times; medians and their spreads.
 */
export function userJobs(runs: number): UserJobsResult {
  const solves: number[] = [];
  const reports: number[] = [];
  const demos: number[] = [];
  try {
    for (let k = 0; k < runs; k++) {
      solves.push(wall(process.execPath, SOLVE_PROBABILITY));
      reports.push(wall(process.execPath, REPORT_SIMULATE));
      demos.push(wall("npm", ["run", "--silent", "demo"]));
    }
  } finally {
    rmSync(REPORT_PAGE, { force: true });
  }
  return {
    runs,
    solveProbabilityMs: median(solves),
    reportSimulateMs: median(reports),
    demoMs: median(demos),
    spreads: { solve: spreadOf(solves), report: spreadOf(reports), demo: spreadOf(demos) },
  };
}
