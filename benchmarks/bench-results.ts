import type { UserJobsResult } from "./measures/as-a-user.js";
import type { BuildRow } from "./measures/build.js";
import type { BundleSizeResult } from "./measures/bundle-size.js";
import type { ExtractionResult } from "./measures/extraction.js";
import type { GoalSeekResult } from "./measures/goal-seek-probability.js";
import type { FullResult } from "./measures/full-evaluation.js";
import type { MemoryResult } from "./measures/memory.js";
import type { MonteCarloResult } from "./measures/monte-carlo.js";
import type { OneInputResult } from "./measures/one-input.js";
import type { ReadingResult } from "./measures/reading.js";
import type { StartUpResult } from "./measures/start-up.js";
import type { PerCellRow } from "./measures/time-per-cell.js";

/** Everything one `npm run bench` measured, as written to results/latest.json. */
export interface BenchResults {
  readonly environment: {
    readonly date: string;
    readonly node: string;
    readonly cpus: string;
    readonly cores: number;
    /** The machine's memory, GiB (`os.totalmem()`). */
    readonly memoryGB?: number;
    readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
    readonly commit: string;
    readonly rounds: number;
    readonly seconds: number;
    /** Seconds each measure took, in the order run, with the 1-minute load average when it started. */
    readonly measures?: readonly { readonly name: string; readonly seconds: number; readonly load: number }[];
  };
  readonly full: readonly FullResult[];
  readonly perCell: readonly PerCellRow[];
  readonly oneInput: readonly OneInputResult[];
  readonly monteCarlo?: MonteCarloResult;
  readonly memory?: MemoryResult;
  readonly build: readonly BuildRow[];
  readonly extraction?: ExtractionResult;
  readonly startUp?: StartUpResult;
  readonly bundle?: BundleSizeResult;
  readonly userJobs?: UserJobsResult;
  /** Building M(2,500, 10) from text, JSON text and data against HyperFormula; verifying 10,000 claims. */
  readonly reading?: ReadingResult;
  /** A goal seek on probability on every target of the Mentougou example. */
  readonly goalSeek?: GoalSeekResult;
}
