import type { UserJobsResult } from "./measures/as-a-user.js";
import type { BuildRow } from "./measures/build.js";
import type { BundleSizeResult } from "./measures/bundle-size.js";
import type { ExtractionResult } from "./measures/extraction.js";
import type { FullResult } from "./measures/full-evaluation.js";
import type { MemoryResult } from "./measures/memory.js";
import type { MonteCarloResult } from "./measures/monte-carlo.js";
import type { OneInputResult } from "./measures/one-input.js";
import type { StartUpResult } from "./measures/start-up.js";
import type { PerCellRow } from "./measures/time-per-cell.js";

/** Everything one `npm run bench` measured, as written to results/latest.json. */
export interface BenchResults {
  readonly environment: {
    readonly date: string;
    readonly node: string;
    readonly cpus: string;
    readonly cores: number;
    readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
    readonly commit: string;
    readonly rounds: number;
    readonly seconds: number;
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
}
