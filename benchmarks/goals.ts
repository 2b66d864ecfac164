import { iqr, minMax, ms, n, ratio } from "./format.js";
import type { BenchResults } from "./bench-results.js";

/** One goal, what this run measured, and whether it is met. */
export interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

/** Each of plansheet's speed and memory goals, and where this run stands. */
export function goals(results: BenchResults): Goal[] {
  const out: Goal[] = [];
  const compiledAt = (chains: number) =>
    results.full.find((f) => f.chains === chains)?.rows.find((r) => r.name === "plansheet compiled");
  const large = [1_000, 10_000, 100_000];
  const big = large.map(compiledAt).filter((r) => r !== undefined);
  if (big.length > 0) {
    const worst = Math.max(...big.map((r) => r!.ratio));
    const text = large
      .map((c) => (compiledAt(c) ? `${ratio(compiledAt(c)!.ratio)} at N = ${n(c)}` : ""))
      .filter(Boolean)
      .join(", ");
    out.push({
      goal: "compiled full evaluation ≤ 1.5× hand-written (N = 1,000, 10,000 and 100,000)",
      measured: text,
      met: worst <= 1.5,
    });
    out.push({ goal: "… ≤ 1.2× with shared-formula detection", measured: text, met: worst <= 1.2 });
  }
  const runAt = (chains: number) =>
    results.full.find((f) => f.chains === chains)?.rows.find((r) => r.name === "plansheet model.run()");
  const runs = [100, 1_000, 10_000].filter((c) => runAt(c) !== undefined);
  if (runs.length > 0) {
    out.push({
      goal: "the public `model.run()` ≤ 1.2× the hand-written loop at N = 1,000 and 10,000, ≤ 2× at N = 100",
      measured: runs.map((c) => `${ratio(runAt(c)!.ratio)} at N = ${n(c)}`).join(", "),
      met: runs.every((c) => runAt(c)!.ratio <= (c === 100 ? 2 : 1.2)),
    });
  }
  const speedups = results.oneInput.filter((r) => r.chains >= 1_000);
  if (speedups.length > 0) {
    out.push({
      goal: "one input changed + re-evaluation ≥ 100× faster than HyperFormula's incremental recalculation (N ≥ 1,000)",
      measured: speedups
        .map(
          (r) =>
            `${ratio(r.incrementalSpeedup)} at N = ${n(r.chains)} (full re-evaluation: ${ratio(r.speedupOverHyperFormula)})`,
        )
        .join(", "),
      met: speedups.every((r) => r.incrementalSpeedup >= 100),
    });
    const largest = results.oneInput.find((r) => r.chains === 10_000);
    if (largest) {
      out.push({
        goal: "… ≥ 10,000× with incremental evaluation at N = 10,000",
        measured: `${ratio(largest.incrementalSpeedup)}: the changed chain feeds the group sum, and so every share — ${n(largest.cellsComputed)} of ${n(largest.cells)} formula cells to compute`,
        met: largest.incrementalSpeedup >= 10_000,
      });
    }
  }
  if (results.monteCarlo) {
    const rows = results.monteCarlo.rows.filter((r) => r.name === "plansheet compiled");
    out.push({
      goal: "Monte Carlo ≤ 1.5× the hand-written loop per trial",
      measured: rows.map((r) => `${ratio(r.ratio)} on ${r.threads} thread${r.threads > 1 ? "s" : ""}`).join(", "),
      met: rows.every((r) => r.ratio <= 1.5),
    });
  }
  if (results.monteCarlo) {
    const rows = results.monteCarlo.rows.filter((r) => r.name === "plansheet simulate()");
    if (rows.length > 0) {
      out.push({
        goal: "`simulate()` end to end ≤ 1.5× the hand-written trial loop",
        measured: rows.map((r) => `${ratio(r.ratio)} on ${r.threads} thread${r.threads > 1 ? "s" : ""}`).join(", "),
        met: rows.every((r) => r.ratio <= 1.5),
      });
    }
  }
  const decimal = results.full
    .map((f) => {
      const mine = f.rows.find((r) => r.name === "plansheet decimal");
      const hand = f.rows.find((r) => r.name === "hand-written decimal.js");
      return mine && hand ? { chains: f.chains, ratio: mine.ms / hand.ms } : undefined;
    })
    .filter((d) => d !== undefined);
  if (decimal.length > 0) {
    out.push({
      goal: "decimal mode ≤ 1.5× hand-written decimal.js",
      measured: decimal.map((d) => `${ratio(d!.ratio)} at N = ${n(d!.chains)}`).join(", "),
      met: decimal.every((d) => d!.ratio <= 1.5),
    });
  }
  const perCell = results.perCell.filter((r) => r.chains >= 100).map((r) => r.nsPerCell);
  if (perCell.length > 1) {
    const mid = [...perCell].sort((a, b) => a - b)[perCell.length >> 1]!;
    const spread = Math.max(...perCell.map((v) => Math.abs(v / mid - 1)));
    out.push({
      goal: "time per cell flat within ±50% from N = 100 to 10,000",
      measured: `${perCell.map((v) => `${v.toFixed(1)}`).join(", ")} ns/cell: within ±${(spread * 100).toFixed(0)}% of their median`,
      met: spread <= 0.5,
    });
  }
  if (results.memory) {
    out.push({
      goal: "heap growth at N = 10,000 ≤ one third of HyperFormula's",
      measured: `${results.memory.rows[0]!.heapMB.toFixed(1)} MB vs ${results.memory.rows[1]!.heapMB.toFixed(1)} MB: ${(results.memory.ratio * 100).toFixed(0)}%`,
      met: results.memory.ratio <= 1 / 3,
    });
  }
  const tenThousand = results.build.find((b) => b.indicators >= 10_000 && b.indicators < 20_000);
  if (tenThousand) {
    const building = tenThousand.buildMs + tenThousand.compileMs;
    out.push({
      goal: "building a 10,000-indicator model well under a second",
      measured: `${ms(building)} ms${tenThousand.buildCompileSpread ? ` ${iqr(tenThousand.buildCompileSpread)}` : ""} to validate, parse, check, lay out and compile ${n(tenThousand.indicators)} indicators (M(${n(tenThousand.chains)}, 10)); ${ms(tenThousand.totalMs)} ms with reading the YAML text`,
      met: building < 500,
    });
  }
  if (results.reading) {
    const b = results.reading.build;
    out.push({
      goal: `building a ${n(b.indicators - 1)}-indicator model from its YAML text faster than HyperFormula's \`buildFromArray\` of the same sheet`,
      measured: `${ms(b.fromTextMs)} ms ${iqr(b.spreads.text)} from YAML text (JSON text ${ms(b.fromJsonMs)} ms, data already read ${ms(b.fromDataMs)} ms) against ${ms(b.hyperformulaMs)} ms ${iqr(b.spreads.hyperformula)}: ${ratio(b.hyperformulaMs / b.fromTextMs)} ahead`,
      met: b.fromTextMs < b.hyperformulaMs,
    });
  }
  if (results.extraction) {
    const e = results.extraction;
    out.push({
      goal: "extracting a 45 KB report well under a second",
      measured: `${ms(e.extractMs)} ms for ${e.kilobytes.toFixed(0)} KB (${e.figures} figures), ${ratio(e.extractMs / e.scanMs)} a regular-expression scan of its numbers; ${ms(e.extractAndVerifyMs)} ms with verification`,
      met: e.extractMs < 100,
    });
    if (e.corpus) {
      const l = e.corpus.largest;
      out.push({
        goal: "reading a 50 KB real text in at most 50 ms",
        measured: `${ms(l.extractMs)} ms for ${l.name} (${l.kilobytes.toFixed(0)} KB, ${l.figures} figures); the whole corpus, ${e.corpus.texts} texts and ${e.corpus.all.kilobytes.toFixed(0)} KB, in ${ms(e.corpus.all.extractMs)} ms`,
        met: (l.extractMs * 50) / l.kilobytes <= 50,
      });
    }
    if (e.doubling && e.doubling.length > 1) {
      const perKb = (r: { extractMs: number; kilobytes: number }) => r.extractMs / r.kilobytes;
      const first = e.doubling[0]!;
      const last = e.doubling[e.doubling.length - 1]!;
      out.push({
        goal: "reading time linear in the text's length",
        measured: `${ratio(perKb(last) / perKb(first))} the time per KB at ${last.kilobytes.toFixed(0)} KB as at ${first.kilobytes.toFixed(0)} KB`,
        met: perKb(last) / perKb(first) < 1.5,
      });
    }
  }
  out.push(...userGoals(results));
  return out;
}

/** The goals of start-up, bundle size and whole jobs (see {@link goals}). */
function userGoals(results: BenchResults): Goal[] {
  const out: Goal[] = [];
  const s = results.startUp;
  if (s) {
    const row = (prefix: string) => s.rows.find((r) => r.name.startsWith(prefix))!;
    const schema = row("plansheet schema");
    out.push({
      goal: "`plansheet schema` ≤ 3× `node -e 0`",
      measured: `${ratio(schema.ratio)} (${ms(schema.ms)} ms vs ${ms(schema.nodeMs)} ms)`,
      met: schema.ratio <= 3,
    });
    const heavy = [row("plansheet verify"), row("plansheet run")];
    out.push({
      goal: "`plansheet verify` and `plansheet run` of the Mentougou example ≤ 5× `node -e 0`",
      measured: heavy
        .map((r) => `${r.name.split(" ")[1]} ${ratio(r.ratio)} (${ms(r.ms)} ms${r.spread ? ` ${iqr(r.spread)}` : ""})`)
        .join(", "),
      met: heavy.every((r) => r.ratio <= 5),
    });
    out.push({
      goal: '`import("plansheet")` ≤ 150 ms',
      measured: `${ms(s.importMs)} ms${s.importSpread ? ` ${iqr(s.importSpread)}` : ""} in a fresh process`,
      met: s.importMs <= 150,
    });
  }
  if (results.bundle) {
    const b = results.bundle;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    out.push({
      goal: "the core entry's browser bundle ≤ 400 KB minified",
      measured: `${kb(b.bytes)} (${kb(b.gzipBytes)} gzipped): ${b.parts
        .slice(0, 5)
        .map((p) => `${p.name} ${kb(p.bytes)}`)
        .join(", ")}`,
      met: b.bytes <= 400 * 1024,
    });
  }
  const seek = results.goalSeek;
  if (seek) {
    out.push({
      goal: `a goal seek on probability at 10,000 trials under 2 s on every target of the Mentougou example (the slowest of ${seek.targets})`,
      measured: `${ms(seek.slowest.ms)} ms${seek.slowest.spread ? ` ${minMax(seek.slowest.spread)}` : ""} (${seek.slowest.target})${seek.source === "this run" ? "" : `, from \`benchmarks/mentougou.ts\` of ${seek.date}`}`,
      met: seek.slowest.ms < 2_000,
    });
  }
  const jobs = results.userJobs;
  if (jobs) {
    const spread = (s: Parameters<typeof minMax>[0] | undefined) => (s ? ` ${minMax(s)}` : "");
    out.push({
      goal: "`plansheet solve --probability 80%` on the Mentougou example, 10,000 trials, under 2 s",
      measured: `${ms(jobs.solveProbabilityMs)} ms${spread(jobs.spreads?.solve)}`,
      met: jobs.solveProbabilityMs < 2_000,
    });
    if (jobs.reportSimulateMs !== undefined)
      out.push({
        goal: "`plansheet report --simulate 10000` of the Mentougou example ≤ 3 s",
        measured: `${ms(jobs.reportSimulateMs)} ms${spread(jobs.spreads?.report)}, with its claims, the page written`,
        met: jobs.reportSimulateMs <= 3_000,
      });
    out.push({
      goal: "`npm run demo` under 5 s",
      measured: `${ms(jobs.demoMs)} ms${spread(jobs.spreads?.demo)}`,
      met: jobs.demoMs < 5_000,
    });
  }
  return out;
}
