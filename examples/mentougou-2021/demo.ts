/**
 * The Mentougou 2021 government work report, end to end (`npm run demo`):
 *   1. the figures of the 2016–2021 review, checked against each other given their rounding;
 *   2. the projection to 2026 under the baseline scenario, with every assumption the report does not give;
 *   3. every numeric target of the next five years and of 2022, under four scenarios;
 *   4. what it would take to meet each target the baseline misses;
 *   5. how two answers depend on base values the report does not give;
 *   6. the probability of each target when the growth assumptions are uncertain, and fan charts.
 */
import { fileURLToPath } from "node:url";
import { formatRun } from "../../src/cli/run-command.js";
import { loadModel, simulateInWorkers, verifyClaimsFile } from "../../src/node.js";
import {
  formatFan,
  formatFeasibility,
  formatPrecise,
  formatProbabilities,
  formatProbabilitySolve,
  formatReachability,
  formatSolve,
  formatTable,
  formatVerification,
  wrapLines,
} from "../../src/render/index.js";
import { solveProbability } from "../../src/montecarlo/index.js";
import { compareScenarios } from "../../src/scenarios/index.js";
import { findFeasible, impliedBase, requiredPartGrowth, solve } from "../../src/targets/index.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const model = loadModel(`${here}model.yaml`);
const percent = model.structure.indicatorById.get("re_growth")!.unit;

/** The demo is laid out for 120 columns, or the terminal's width when it is narrower. */
const WIDTH = Math.min(120, process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 120);
const rule = "=".repeat(Math.min(110, WIDTH));
const section = (title: string, intro?: string) => {
  console.log(`\n${rule}\n${title}\n${rule}\n`);
  if (intro) console.log(`${wrapLines(intro, WIDTH)}\n`);
};

section("门头沟区 2021 年政府工作报告 · Mentougou District 2021 government work report");
console.log("Source: examples/mentougou-2021/government-work-report.txt (delivered 15 December 2021).");
console.log("Model: examples/mentougou-2021/model.yaml · Claims: examples/mentougou-2021/claims.yaml");

section(
  "1. Do the printed figures agree? 过去五年工作回顾的数字是否自洽",
  "Each printed figure is read as the interval its rounding allows (5.1% is [5.05%, 5.15%)), with its qualifiers\n" +
    "(以上, 以内, 突破 …). A check is consistent when some true values inside every interval satisfy the relation.",
);
console.log(
  formatVerification(verifyClaimsFile(`${here}claims.yaml`, { model }), "claims.yaml", undefined, "zh", WIDTH),
);

section("2. Projection to 2026, baseline scenario 基准情景预测");
const baseline = model.run({ scenario: "baseline" });
console.log(formatRun(baseline, model.name, false, "zh", WIDTH));

section(
  "3. Can the targets be reached? 目标能否实现（四种情景）",
  "Margin: how far the value lies on the good side of the threshold (negative when unmet); 'from' the first year\n" +
    "it holds on the way. Five-year targets are read for 2025 (end of the 14th Five-Year Plan) and, where the report\n" +
    "says 未来五年 without a year, also for 2026 (the government's term). Computed in decimal mode, so that a target\n" +
    "sitting exactly on its threshold is decided exactly.",
);
const comparison = compareScenarios(model, model.scenarios, { mode: "decimal" });
console.log(formatReachability(comparison, model, "zh", WIDTH));

section(
  "4. What it would take 要实现目标需要什么",
  "For each target the baseline misses, the value of its lever at which it just holds (Brent's method within the\n" +
    "lever's bounds), and the assumptions the answer rests on.",
);
for (const target of baseline.targets.filter((t) => t.met === false)) {
  const info = model.structure.targets.find((t) => t.id === target.id)!;
  if (!info.lever) continue;
  console.log(wrapLines(formatSolve(solve(model, { target: target.id }), model), WIDTH));
  console.log(`   rests on: ${target.assumptions.join(", ") || "the report's own figures"}\n`);
}

section(
  "5. How the answers depend on what the report does not say 答案如何取决于报告未给出的基数",
  "(a) The real-estate share of GDP in 2021 is not in the report. The value-added growth that brings it below 10% by\n" +
    "2025, for each 2021 share: solved on the model, and by the closed form (1 + g_GDP)·(10% / s₀)^(1/4) − 1.",
);
const rows: string[][] = [];
for (let sharePercent = 10; sharePercent <= 20; sharePercent++) {
  const share = sharePercent / 100;
  const result = solve(model, { target: "re_share_below_10_2025", lever: "re_growth", set: { re_share_2021: share } });
  const closedForm = requiredPartGrowth(share, 0.1, 0.05, 4);
  rows.push([
    formatPrecise(share, percent),
    result.value === null
      ? result.holdsThroughout
        ? "any"
        : "out of bounds"
      : `less than ${formatPrecise(result.value, percent)}`,
    formatPrecise(closedForm, percent),
  ]);
}
console.log(
  formatTable(
    [
      { header: "2021 share (assumed)" },
      { header: "real-estate growth needed (model)", align: "right" },
      { header: "closed form", align: "right" },
    ],
    rows,
    WIDTH,
  ),
);

console.log(
  wrapLines(
    '\n(b) Tourism: "综合收入年均增速保持在5%左右" and "旅游年综合总收入超过20亿元" by 2025 — can both hold? With the ' +
      "placeholder 2021 revenue of 15亿元, a joint search over the growth rate:\n",
    WIDTH,
  ),
);
console.log(
  formatFeasibility(
    findFeasible(model, { targets: ["tourism_revenue_20", "tourism_growth_about_5"], levers: ["tourism_growth"] }),
    model,
    "zh",
    WIDTH,
  ),
);
const needed = impliedBase(20, 0.055, 4);
console.log(
  wrapLines(
    `\nBoth can hold only if 2021 revenue was above ${formatPrecise(needed, undefined)}亿元 (20 ÷ 1.055⁴, growing at the top of "5%左右").` +
      ` With a 2021 revenue of 17亿元 instead:\n`,
    WIDTH,
  ),
);
console.log(
  formatFeasibility(
    findFeasible(model, {
      targets: ["tourism_revenue_20", "tourism_growth_about_5"],
      levers: ["tourism_growth"],
      set: { tourism_revenue: 17 },
    }),
    model,
    "zh",
    WIDTH,
  ),
);

section(
  "6. How likely is each target? 各目标实现的概率（蒙特卡洛）",
  "The growth assumptions and the unknown base values get ranges (the `uncertainty` section of the model, each with a\n" +
    "note on where its range comes from; GDP growth correlated with revenue, retail and tourism growth). 10,000 trials,\n" +
    "seed 2021: the same seed gives the same numbers on any machine and any number of threads.",
);
const simulation = await simulateInWorkers(model, { trials: 10_000, seed: 2021, workers: 1 });
console.log(formatProbabilities(simulation, model, "zh", WIDTH));
console.log();
console.log(formatFan(simulation, model, "gdp", "zh", WIDTH));
console.log();
console.log(formatFan(simulation, model, "re_share", "zh", WIDTH));
console.log();
console.log(
  wrapLines(
    formatProbabilitySolve(
      solveProbability(model, {
        target: "gdp_growth_2025",
        lever: "gdp_growth",
        probability: 0.8,
        trials: 2000,
        seed: 2021,
      }),
      model,
    ),
    WIDTH,
  ),
);
