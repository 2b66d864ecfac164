import { HyperFormula } from "hyperformula";
import { readYamlText, verifyClaims, verifyClaimsText } from "../../src/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { HYPERFORMULA_CONFIG, sheetOf } from "../contestants/hyperformula.js";
import { type Spread, timeRotated } from "../harness.js";
import { syntheticModel } from "../model.js";

/** Building a model from its file, from its parsed data, and HyperFormula's sheet of the same model. */
export interface ReadingBuildResult {
  readonly chains: number;
  readonly indicators: number;
  /** The model file's text read (`readYamlText`), built and compiled. */
  readonly fromTextMs: number;
  /** The same model written as JSON text (`JSON.stringify` of its data), read, built and compiled. */
  readonly fromJsonMs: number;
  /** The same from the data already read: building and compiling only. */
  readonly fromDataMs: number;
  /** `HyperFormula.buildFromArray` of the same model laid out as a sheet (which also evaluates it). */
  readonly hyperformulaMs: number;
  /** The spread of the rounds of each figure above. */
  readonly spreads: {
    readonly text: Spread;
    readonly json: Spread;
    readonly data: Spread;
    readonly hyperformula: Spread;
  };
  readonly rounds: number;
}

/** Verifying a claims file from its text, and from its data already read. */
export interface ReadingVerifyResult {
  readonly claims: number;
  /** `verifyClaimsText`: reading the YAML text (with the digits-lost check) and verifying. */
  readonly fromTextMs: number;
  /** `verifyClaims` of the data already read. */
  readonly fromDataMs: number;
  readonly spreads: { readonly text: Spread; readonly data: Spread };
  readonly rounds: number;
}

/** Both measures of reading text against working from data already read. */
export interface ReadingResult {
  readonly build: ReadingBuildResult;
  readonly verify: ReadingVerifyResult;
}

/**
 * A claims file of `indicators` × 4 claims, as a report's review of five years prints them: each indicator's level
 * in 2016 and 2021, its cumulative change and its average annual growth over the period — the figures whose checks
 * take a fifth root of an interval. Values are quoted, as in the examples, but one figure in ten is written bare.
 */
export function syntheticClaims(indicators: number): string {
  const lines = ["name: synthetic review of five years (see benchmarks/README.md)", "claims:"];
  for (let i = 0; i < indicators; i++) {
    const start = 100 + (i % 900);
    const rate = 1 + ((i * 7) % 60) / 10; // 1.0% to 6.9% a year
    const end = start * (1 + rate / 100) ** 5;
    const change = (end / start - 1) * 100;
    const bare = i % 10 === 0;
    const level = (year: number, value: string) =>
      `  - { id: l${year}_${i}, indicator: x_${i}, kind: level, year: ${year}, value: ${bare ? value : `"${value}"`}, unit: 亿元 }`;
    lines.push(
      level(2016, String(start)),
      level(2021, end.toFixed(1)),
      `  - { id: c_${i}, indicator: x_${i}, kind: cumulative_change, from: 2016, to: 2021, value: "${change.toFixed(1)}%" }`,
      `  - { id: a_${i}, indicator: x_${i}, kind: average_growth, from: 2016, to: 2021, value: "${rate.toFixed(1)}%" }`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Reading text against working from data already read, in the same rounds: M(chains, 10) built from its model file,
 * from its data, and as HyperFormula's sheet; a claims file of `claims` claims verified from its text and from its
 * data. Medians of rotated rounds.
 */
export function readingTime(chains: number, claims: number, rounds: number): ReadingResult {
  const model = syntheticModel(chains);
  const read = readYamlText(model.text);
  if (read.issues.length > 0) throw new Error(`the synthetic model does not read: ${read.issues[0]!.message}`);
  const json = JSON.stringify(read.data);
  const sheet = sheetOf(model);
  const claimsText = syntheticClaims(Math.ceil(claims / 4));
  const claimsRead = readYamlText(claimsText, undefined, { figures: true });
  const report = verifyClaimsText(claimsText);
  if (report.checks.length === 0 || report.checks.some((c) => c.verdict !== "consistent"))
    throw new Error("the synthetic claims are not all consistent");
  const options = { rounds, roundMs: 0, warmupMs: 0 };
  const build = timeRotated(
    [
      { name: "text", run: () => buildModel(readYamlText(model.text).data).compiled() },
      { name: "json", run: () => buildModel(readYamlText(json).data).compiled() },
      { name: "data", run: () => buildModel(read.data, read.source).compiled() },
      { name: "hyperformula", run: () => HyperFormula.buildFromArray(sheet, HYPERFORMULA_CONFIG).destroy() },
    ],
    options,
  );
  const verify = timeRotated(
    [
      { name: "text", run: () => verifyClaimsText(claimsText) },
      { name: "data", run: () => verifyClaims(claimsRead.data, { source: claimsRead.source }) },
    ],
    options,
  );
  return {
    build: {
      chains,
      indicators: 4 * chains + 1,
      fromTextMs: build.get("text")!.median,
      fromJsonMs: build.get("json")!.median,
      fromDataMs: build.get("data")!.median,
      hyperformulaMs: build.get("hyperformula")!.median,
      spreads: {
        text: build.get("text")!.spread,
        json: build.get("json")!.spread,
        data: build.get("data")!.spread,
        hyperformula: build.get("hyperformula")!.spread,
      },
      rounds,
    },
    verify: {
      claims: 4 * Math.ceil(claims / 4),
      fromTextMs: verify.get("text")!.median,
      fromDataMs: verify.get("data")!.median,
      spreads: { text: verify.get("text")!.spread, data: verify.get("data")!.spread },
      rounds,
    },
  };
}
