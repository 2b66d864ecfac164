import { iqr, minMax, ms, n, ratio, table } from "./format.js";
import type { BenchResults } from "./bench-results.js";
import { goals } from "./goals.js";

/** The Markdown of the start-up, bundle and whole-job measures. */
function userSection(results: BenchResults): string[] {
  const rows: string[][] = [];
  const s = results.startUp;
  if (s) {
    for (const r of s.rows)
      rows.push([
        `\`${r.name}\``,
        `${ms(r.ms)} ms${r.spread ? ` ${iqr(r.spread)}` : ""}`,
        `${ratio(r.ratio)} \`node -e 0\` (${ms(r.nodeMs)} ms), median of ${s.runs} pairs`,
      ]);
    rows.push([
      '`await import("plansheet")` in a fresh process',
      `${ms(s.importMs)} ms${s.importSpread ? ` ${iqr(s.importSpread)}` : ""}`,
      `median of ${s.runs}`,
    ]);
  }
  if (results.bundle) {
    const b = results.bundle;
    rows.push([
      "the core entry bundled for a browser (esbuild, minified)",
      `${(b.bytes / 1024).toFixed(0)} KB`,
      `${(b.gzipBytes / 1024).toFixed(0)} KB gzipped; ${b.parts.map((p) => `${p.name} ${(p.bytes / 1024).toFixed(0)} KB`).join(", ")}`,
    ]);
  }
  const jobs = results.userJobs;
  if (jobs) {
    const job = (value: number, spread: Parameters<typeof minMax>[0] | undefined) =>
      `${ms(value)} ms${spread ? ` ${minMax(spread)}` : ""}`;
    const of = `wall time, median of ${jobs.runs} [fastest–slowest]`;
    rows.push([
      "`plansheet solve … --probability 80%`, Mentougou, 10,000 trials",
      job(jobs.solveProbabilityMs, jobs.spreads?.solve),
      of,
    ]);
    if (jobs.reportSimulateMs !== undefined)
      rows.push([
        "`plansheet report … --claims … --simulate 10000`, Mentougou, the page written",
        job(jobs.reportSimulateMs, jobs.spreads?.report),
        of,
      ]);
    rows.push(["`npm run demo`", job(jobs.demoMs, jobs.spreads?.demo), of]);
  }
  const seek = results.goalSeek;
  if (seek)
    rows.push([
      `\`solveProbability\` at 80%, 10,000 trials, each of the Mentougou example's ${seek.targets} targets: the slowest`,
      `${ms(seek.slowest.ms)} ms${seek.slowest.spread ? ` ${minMax(seek.slowest.spread)}` : ""}`,
      `${seek.slowest.target}; all ${seek.targets} in ${ms(seek.totalMs)} ms; ${seek.source === "this run" ? "a fresh process from the bundled library, median of its passes" : `from \`benchmarks/mentougou.ts\` (${seek.date}), not this run`}`,
    ]);
  if (rows.length === 0) return [];
  return [
    "### As a user meets it",
    "",
    "As a user meets it: commands from the built package (`dist/`), each run paired with a bare `node -e 0` right before it; the first import; the core entry as a page would bundle it; whole jobs. In square brackets, the middle half of the runs (first to third quartile), or the fastest and slowest of a few.",
    "",
    table(["what", "time or size", "compared with"], rows),
    "",
  ];
}

/** The machine of a run: cores, processor and memory. */
function machine(results: BenchResults): string {
  const env = results.environment;
  return `${env.cores} × ${env.cpus}${env.memoryGB ? `, ${env.memoryGB.toFixed(0)} GB` : ""}`;
}

/** The Markdown of building from text, JSON text and data against HyperFormula, and of verifying many claims. */
function readingSection(results: BenchResults): string[] {
  const r = results.reading;
  if (!r) return [];
  const b = r.build;
  const v = r.verify;
  const cell = (value: number, spread: Parameters<typeof iqr>[0]) => `${ms(value)} ms ${iqr(spread)}`;
  return [
    "### Reading text against working from data",
    "",
    `M(${n(b.chains)}, 10), ${n(b.indicators)} indicators, built and compiled from its YAML text, from the same model written as JSON text, and from its data already read, against HyperFormula's \`buildFromArray\` of the same model laid out as a sheet; a claims file of ${n(v.claims)} claims verified from its text and from its data. Medians of ${b.rounds} rotated rounds.`,
    "",
    table(
      ["what", "time", "compared with"],
      [
        [
          `building M(${n(b.chains)}, 10) from its YAML text`,
          cell(b.fromTextMs, b.spreads.text),
          `HyperFormula's \`buildFromArray\`: ${cell(b.hyperformulaMs, b.spreads.hyperformula)} (${ratio(b.hyperformulaMs / b.fromTextMs)} the time)`,
        ],
        [
          `building M(${n(b.chains)}, 10) from its JSON text`,
          cell(b.fromJsonMs, b.spreads.json),
          `from its data already read: ${cell(b.fromDataMs, b.spreads.data)}`,
        ],
        [
          `verifying ${n(v.claims)} claims from their YAML text`,
          cell(v.fromTextMs, v.spreads.text),
          `from their data already read: ${cell(v.fromDataMs, v.spreads.data)}`,
        ],
      ],
    ),
    "",
  ];
}

/** The Markdown report of a run. */
export function markdown(results: BenchResults): string {
  const env = results.environment;
  const sizes = results.full.map((f) => f.chains);
  const names = [...new Set(results.full.flatMap((f) => f.rows.map((r) => r.name)))];
  const lines: string[] = [];
  lines.push(
    `Run of ${env.date} on ${machine(results)}, Node ${env.node}, commit ${env.commit}; load average ${env.loadAverage.start.map((l) => l.toFixed(2)).join(" ")} at the start, ${env.loadAverage.end.map((l) => l.toFixed(2)).join(" ")} at the end (1, 5 and 15 minutes); ${env.rounds} rounds per measure unless said; ${Math.round(env.seconds)} s in all${env.measures ? ` (${env.measures.map((m) => `${m.name.split(/[(;]/)[0]!.trim()}: ${Math.round(m.seconds)} s`).join("; ")})` : ""}.`,
    "",
    "Every time is the median of its rounds, rotated among the contestants it is compared with; in square brackets, the middle half of the rounds (first to third quartile), which shows how much the load moved it. No garbage collection is forced before or during a timed round.",
    "",
    "### Full evaluation of M(N, 10)",
    "",
    "Milliseconds per evaluation (median of rotated rounds) and, in brackets, the ratio to the faster of the two hand-written references timed in the same run (one Float64Array per series, as PERFORMANCE.md's reference; or one per kind of series, faster at large N). Every contestant's numbers were checked against the reference's before timing: bit for bit for the float contestants, within a relative 1e-12 for decimal.js, mathjs and HyperFormula (all of which agreed bit for bit in this run unless a difference is listed below).",
    "",
    table(
      ["contestant", ...sizes.map((c) => `N = ${n(c)}`)],
      names.map((name) => [
        name,
        ...results.full.map((f) => {
          const row = f.rows.find((r) => r.name === name);
          return row ? `${ms(row.ms)} ms ${iqr(row.spread)} (${ratio(row.ratio)})` : "—";
        }),
      ]),
    ),
    "",
  );
  const skipped = [...new Set(results.full.flatMap((f) => f.skipped))];
  if (skipped.length > 0)
    lines.push(`Not run at the larger sizes, to keep the run to a few minutes: ${skipped.join("; ")}.`, "");
  const differences = results.full.flatMap((f) =>
    f.rows
      .filter((r) => r.agreement.difference > 0)
      .map((r) => `${r.name} at N = ${n(f.chains)}: ${r.agreement.difference.toExponential(1)}`),
  );
  if (differences.length > 0)
    lines.push(`Largest relative differences from the reference: ${differences.join("; ")}.`, "");
  lines.push(
    "### Time per formula cell, plansheet compiled",
    "",
    "Every size timed in the same rotated rounds (so that a change of load falls on all of them alike); beside it, the faster hand-written reference's time per cell from the full-evaluation measure.",
    "",
    table(
      ["N", "formula cells", "plansheet compiled, ns per cell", "faster hand-written, ns per cell"],
      results.perCell.map((r) => {
        const f = results.full.find((x) => x.chains === r.chains)!;
        return [
          n(r.chains),
          n(r.cells),
          `${r.nsPerCell.toFixed(2)} ${iqr(r.spread, (v) => v.toFixed(2))}`,
          Math.min(f.rows[0]!.nsPerCell, f.rows[1]!.nsPerCell).toFixed(2),
        ];
      }),
    ),
    "",
  );
  if (results.oneInput.length > 0) {
    lines.push(
      "### One input changed, then the model evaluated again",
      "",
      "The first chain's growth rate is changed (alternating between two values). plansheet and the hand-written loops evaluate the whole model again; HyperFormula recalculates incrementally (`setCellContents`).",
      "",
      table(
        ["contestant", ...results.oneInput.map((r) => `N = ${n(r.chains)}`)],
        results.oneInput[0]!.rows.map((row, k) => [
          row.name,
          ...results.oneInput.map(
            (r) => `${ms(r.rows[k]!.ms)} ms ${iqr(r.rows[k]!.spread)} (${ratio(r.rows[k]!.ratio)})`,
          ),
        ]),
      ),
      "",
      `plansheet's full compiled re-evaluation is ${results.oneInput.map((r) => `${ratio(r.speedupOverHyperFormula)} (N = ${n(r.chains)})`).join(", ")} faster than HyperFormula's incremental recalculation.`,
      "",
    );
  }
  if (results.monteCarlo) {
    lines.push(
      `### Monte Carlo, M(${n(results.monteCarlo.chains)}, 10)`,
      "",
      "Every chain's growth rate drawn from a normal around its own (sd 1 percentage point) by a seeded generator, the model evaluated, two numbers recorded per trial. The same seed gives every contestant the same draws, and their sums over the same first trials were checked before timing. Each contestant runs alone in its own worker thread (or pair of threads); plansheet writes the draws into its results buffer and evaluates it in place. `plansheet simulate()` is the library's Monte Carlo end to end, on the same model with the same distributions written into its `uncertainty`: it draws by inversion from a generator per trial, evaluates, and keeps what a planner gets back — a target's probability and its drivers (the Spearman ρ and variance share of each input that feeds it: the first chain's growth rate; the other 49 cannot move it), quantiles of the tracked cells; its means agreed with the hand-written loop's within their sampling error.",
      "",
      table(
        [
          "contestant",
          "threads",
          "trials per round",
          "trials per second",
          "µs per trial",
          "ratio to the faster hand-written",
        ],
        results.monteCarlo.rows.map((r) => [
          r.name,
          String(r.threads),
          n(r.trials),
          Math.round(r.trialsPerSecond).toLocaleString("en-US"),
          `${r.usPerTrial.toFixed(2)} ${iqr(r.spread, (v) => v.toFixed(2))}`,
          ratio(r.ratio),
        ]),
      ),
      "",
    );
  }
  if (results.memory) {
    lines.push(
      `### Heap growth of a built model, M(${n(results.memory.chains)}, 10)`,
      "",
      "Growth of `process.memoryUsage().heapUsed` (after `gc()`) from before building to after the first evaluation, each in a fresh process; memory outside the heap (typed arrays' contents) is listed beside it.",
      "",
      table(
        ["", "heap growth", "outside the heap", "build + first evaluation (cold)"],
        results.memory.rows.map((r) => [
          r.name,
          `${r.heapMB.toFixed(1)} MB`,
          `${r.outsideMB.toFixed(1)} MB`,
          `${ms(r.ms)} ms`,
        ]),
      ),
      "",
    );
  }
  if (results.build.length > 0) {
    lines.push(
      "### Build time: model file to compiled model",
      "",
      table(
        ["N", "indicators", "read YAML", "validate, parse, check, order", "plan and generate kernels", "total"],
        results.build.map((b) => [
          n(b.chains),
          n(b.indicators),
          `${ms(b.readMs)} ms`,
          `${ms(b.buildMs)} ms`,
          `${ms(b.compileMs)} ms`,
          `${ms(b.totalMs)} ms${b.totalSpread ? ` ${iqr(b.totalSpread)}` : ""}`,
        ]),
      ),
      "",
      `Medians of ${results.build[0]?.builds ?? "a few"} builds of each size, the sizes in a rotated order in every round; the total's brackets are the middle half of the builds' totals.`,
      "",
    );
  }
  if (results.extraction) {
    const e = results.extraction;
    lines.push(
      "### Extraction from a report's text",
      "",
      table(
        ["report", "figures", "scan of its numbers (reference)", "extract", "extract and verify"],
        [
          [
            `Mentougou 2021, ${e.kilobytes.toFixed(0)} KB`,
            String(e.figures),
            `${ms(e.scanMs)} ms${e.spreads ? ` ${iqr(e.spreads.scan)}` : ""}`,
            `${ms(e.extractMs)} ms${e.spreads ? ` ${iqr(e.spreads.extract)}` : ""} (${ratio(e.extractMs / e.scanMs)})`,
            `${ms(e.extractAndVerifyMs)} ms${e.spreads ? ` ${iqr(e.spreads.extractAndVerify)}` : ""}`,
          ],
        ],
      ),
      "",
    );
    const rows = [...(e.corpus ? [e.corpus.all, e.corpus.largest] : []), ...(e.doubling ?? [])];
    if (rows.length > 0) {
      lines.push(
        "The corpus of real texts, its largest text, and that text repeated (time per KB stays flat when reading is linear):",
        "",
        table(
          ["texts", "KB", "figures", "extract", "per KB"],
          rows.map((r) => [
            r.name,
            r.kilobytes.toFixed(0),
            String(r.figures),
            `${ms(r.extractMs)} ms${r.spread ? ` ${iqr(r.spread)}` : ""}`,
            `${(r.extractMs / r.kilobytes).toFixed(3)} ms`,
          ]),
        ),
        "",
      );
    }
  }
  lines.push(...readingSection(results));
  lines.push(...userSection(results));
  const g = goals(results);
  if (g.length > 0) {
    lines.push(
      "### Goals",
      "",
      table(
        ["goal", "this run", "met"],
        g.map((x) => [x.goal, x.measured, x.met === undefined ? "—" : x.met ? "yes" : "**no**"]),
      ),
      "",
    );
  }
  return lines.join("\n");
}

/**
 * The Performance section of the top-level README, from a full run: a short account, the key numbers, how to
 * reproduce them and how much to trust them. `npm run bench` writes it to benchmarks/README-section.md.
 */
export function readmeSection(results: BenchResults): string {
  const env = results.environment;
  const at = (chains: number, name: string) =>
    results.full.find((f) => f.chains === chains)?.rows.find((r) => r.name === name);
  const hand = (chains: number) => {
    const f = results.full.find((x) => x.chains === chains)!;
    return Math.min(f.rows[0]!.ms, f.rows[1]!.ms);
  };
  const cell = (chains: number, name: string) => {
    const row = at(chains, name);
    return row ? `${ms(row.ms)} ms ${iqr(row.spread)} (${ratio(row.ratio)})` : "—";
  };
  const big = results.full.map((f) => f.chains).filter((c) => c >= 1_000);
  const names = [
    "plansheet compiled",
    "plansheet model.run()",
    "plansheet interpreted",
    "plansheet decimal",
    "hand-written decimal.js",
    "mathjs compile/evaluate per cell",
    "HyperFormula build + evaluation",
  ];
  const mc = results.monteCarlo?.rows ?? [];
  const mcRow = (name: string, threads: number) => mc.find((r) => r.name === name && r.threads === threads);
  const lines = [
    "## Performance",
    "",
    "Float mode compiles a model once into JavaScript loops over typed arrays — one kernel for every group of indicators whose formulas have the same shape — and scenarios, sweeps, goal seeks and Monte Carlo trials re-run the kernels with new inputs, computing only the cells downstream of the inputs that changed (what-ifs, sweeps, goal seeks, trials) and, in a trial, only what the recorded cells and targets need. The results are the reference interpreter's, bit for bit (the test suite checks every evaluation it makes against it). Decimal mode, and pages whose content security policy forbids generated code, use the interpreter.",
    "",
    `M(N, 10) is the synthetic plan of the benchmarks: N chains of a growth rate, a level projected from it, its share of the group sum and its average annual growth, written as a model file of 4N + 1 indicators. From the last run of \`npm run bench\` (${env.date}, ${machine(results)}, Node ${env.node}, load average ${env.loadAverage.start.map((l) => l.toFixed(2)).join(" ")} at the start and ${env.loadAverage.end.map((l) => l.toFixed(2)).join(" ")} at the end, over 1, 5 and 15 minutes; ${Math.round(env.seconds)} s in all). Each time is the median of its rounds; in square brackets, the middle half of the rounds (first to third quartile):`,
    "",
    table(
      ["full evaluation of M(N, 10)", ...big.map((c) => `N = ${n(c)}`)],
      [
        ["hand-written JS over Float64Arrays (the faster of two layouts)", ...big.map((c) => `${ms(hand(c))} ms (1×)`)],
        ...names.map((name) => [name, ...big.map((c) => cell(c, name))]),
      ],
    ),
    "",
    "Ratios are to the hand-written loops timed in the same run. The decimal contestants, mathjs and building a HyperFormula sheet are not run at N = 10,000 (tens of seconds each).",
    "",
    table(
      ["measure", "plansheet", "compared with"],
      [
        ...results.oneInput
          .filter((r) => r.chains >= 1_000)
          .map((r) => [
            `one input changed, model evaluated again, N = ${n(r.chains)}`,
            `${ms(r.rows.find((x) => x.name === "plansheet compiled")!.ms)} ms`,
            `HyperFormula's incremental recalculation: ${ms(r.rows.find((x) => x.name.startsWith("HyperFormula"))!.ms)} ms (${ratio(r.speedupOverHyperFormula)} slower)`,
          ]),
        ...[1, 2].flatMap((threads) => {
          const mine = mcRow("plansheet compiled", threads);
          const handRows = mc.filter((r) => r.threads === threads && r.name.startsWith("hand-written"));
          if (!mine || handRows.length === 0) return [];
          const best = handRows.reduce((a, b) => (a.trialsPerSecond > b.trialsPerSecond ? a : b));
          const threadText = `${threads} thread${threads > 1 ? "s" : ""}`;
          const rows = [
            [
              `Monte Carlo trials per second, M(${n(results.monteCarlo!.chains)}, 10), ${threadText}`,
              Math.round(mine.trialsPerSecond).toLocaleString("en-US"),
              `hand-written: ${Math.round(best.trialsPerSecond).toLocaleString("en-US")} (${ratio(mine.ratio)} the time per trial)`,
            ],
          ];
          const simulated = mcRow("plansheet simulate()", threads);
          if (simulated)
            rows.push([
              `\`simulate()\` end to end (draws, targets, drivers, quantiles), ${threadText}`,
              Math.round(simulated.trialsPerSecond).toLocaleString("en-US"),
              `the same hand-written loop: ${ratio(simulated.ratio)} the time per trial`,
            ]);
          return rows;
        }),
        ...results.oneInput
          .filter((r) => r.chains >= 1_000)
          .map((r) => [
            `one input changed, evaluated incrementally, N = ${n(r.chains)}`,
            `${ms(r.rows.find((x) => x.name === "plansheet incremental")!.ms)} ms`,
            `HyperFormula: ${ratio(r.incrementalSpeedup)} slower; ${n(r.cellsComputed)} of ${n(r.cells)} formula cells computed`,
          ]),
        ...(results.memory
          ? [
              [
                `heap growth of a built model, N = ${n(results.memory.chains)}`,
                `${results.memory.rows[0]!.heapMB.toFixed(1)} MB`,
                `HyperFormula: ${results.memory.rows[1]!.heapMB.toFixed(1)} MB`,
              ],
            ]
          : []),
        ...results.build
          .filter((b) => b.chains >= 1_000)
          .map((b) => [
            `building ${n(b.indicators)} indicators (validate, parse, check, compile)`,
            `${ms(b.buildMs + b.compileMs)} ms${b.buildCompileSpread ? ` ${iqr(b.buildCompileSpread)}` : ""}`,
            `reading the YAML text first: ${ms(b.readMs)} ms`,
          ]),
      ],
    ),
    "",
    ...readingSection(results).slice(2),
    ...userSection(results).slice(2),
    "The goals of this work and where this run stands:",
    "",
    table(
      ["goal", "this run", "met"],
      goals(results).map((x) => [x.goal, x.measured, x.met === undefined ? "—" : x.met ? "yes" : "no"]),
    ),
    "",
    `Reproduce with \`npm ci && npm run bench\` (${Math.round(env.seconds)} s in this run; \`benchmarks/README.md\` explains every measure). It prints the tables and writes \`benchmarks/results/latest.md\` and \`latest.json\` (every round of every figure, the load average at the start and the end). Every contestant's numbers are checked against the hand-written reference before anything is timed; rounds are rotated, no garbage collection is forced before a timed round, and medians are given with the spread of the rounds. The Monte Carlo of the Mentougou example (one thread against two, 100,000 and 1,000,000 trials) is measured apart: \`node --import tsx benchmarks/mentougou.ts\` (about ten minutes), written to \`benchmarks/results/mentougou.md\`.`,
    "",
    "**On noise.** These numbers come from a 2-core virtual machine shared with other work. From run to run, ratios near 1 move by 10–30% (more when another process competes for the cores: the load average is recorded with the results), and a goal whose threshold lies inside that band can be met in one run and missed in the next; the orders of magnitude do not move. Compare runs on the same machine, run twice before trusting a difference of 20%, and never time in tests.",
    "",
  ];
  return lines.join("\n");
}

const SECTION_START = "<!-- performance:";
const SECTION_END = "<!-- /performance -->";

/**
 * The README with the text between its performance markers replaced by `section`, or `undefined` when the
 * markers are missing (the README is then left as it is).
 */
export function withPerformanceSection(readme: string, section: string): string | undefined {
  const start = readme.indexOf(SECTION_START);
  const end = readme.indexOf(SECTION_END);
  if (start < 0 || end < start) return undefined;
  const afterStart = readme.indexOf("\n", start) + 1;
  return `${readme.slice(0, afterStart)}${section.trimEnd()}\n${readme.slice(end)}`;
}
