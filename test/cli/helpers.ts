import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import type { Console } from "../../src/cli/console.js";
import { runCli } from "../../src/cli/program.js";

/** The Mentougou example model and claims. */
export const EXAMPLE = fileURLToPath(new URL("../../examples/mentougou-2021/model.yaml", import.meta.url));
export const EXAMPLE_CLAIMS = fileURLToPath(new URL("../../examples/mentougou-2021/claims.yaml", import.meta.url));

/** A temporary folder for model files, removed after the test file. */
export function tempDir(prefix: string): (name: string, text: string) => string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return (name, text) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
}

/** Runs the command line in-process, capturing standard output and error. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const console: Console = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, console);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** {@link cli} with `--lang en`: for tests that read the English words of a command's text output. */
export function cliEn(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cli(...argv, "--lang", "en");
}

/**
 * A small planning model: GDP from 276 in 2021 at gdp_growth, a real-estate share of 14% whose sector grows at
 * re_growth, forest cover from 48.08% gaining forest_gain a year; targets for 2025 that name their levers.
 */
export const SHARE_MODEL = [
  "name: 示例",
  "years: [2016, 2026]",
  "baseYear: 2021",
  "indicators:",
  "  gdp: { unit: 亿元, history: { 2021: 276 }, projection: 'gdp[t-1] * (1 + gdp_growth)' }",
  "  gdp_growth: { unit: '%', value: 5% }",
  "  re_share_2021: { unit: '%', value: 14%, assumption: true, note: a placeholder }",
  "  re_growth: { unit: '%', value: -3%, assumption: true, note: a placeholder }",
  "  re_va: { unit: 亿元, formula: 'if(t == 2021, re_share_2021 * gdp, re_va[t-1] * (1 + re_growth))' }",
  "  re_share: { unit: '%', formula: re_va / gdp }",
  "  forest: { unit: '%', history: { 2021: 48.08% }, projection: 'forest[t-1] + forest_gain' }",
  "  forest_gain: { unit: 百分点, value: 0.55pp }",
  "  tourism: { unit: 亿元, history: { 2021: 15 }, projection: 'tourism[t-1] * (1 + tourism_growth)' }",
  "  tourism_growth: { unit: '%', value: 5% }",
  "targets:",
  "  re_share_below_10: { check: 're_share[2025] < 10%', lever: re_growth, kind: 预期性 }",
  "  forest_50_3: { check: 'forest[2025] >= 50.3%', lever: forest_gain, kind: 约束性 }",
  "  tourism_about_5: { check: 'abs(cagr(tourism, 2021, 2025) - 5%) <= 0.5pp', lever: tourism_growth }",
  "  gdp_300: { check: 'gdp[2025] >= 300' }",
  "scenarios:",
  "  baseline: {}",
  "  fast: { extends: baseline, set: { gdp_growth: 6%, tourism_growth: 5.5% } }",
  "  slow: { extends: baseline, set: { gdp_growth: 4%, tourism_growth: 4.5% } }",
  "levers:",
  "  re_growth: { min: -20%, max: 10% }",
  "  forest_gain: { min: 0pp, max: 1.5pp }",
  "  gdp_growth: { min: 0%, max: 10% }",
  "  tourism_growth: { min: 0%, max: 15% }",
].join("\n");
