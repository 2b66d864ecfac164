import { HyperFormula, type RawCellContent } from "hyperformula";
import type { SyntheticModel } from "../model.js";
import { emptyOutputs, type Outputs } from "../outputs.js";
import type { Contestant } from "./contestant.js";

/**
 * M(N, Y) laid out as a sheet, one row per chain — growth rate, levels, shares, cagr — and a last row of
 * `SUM`s: what a planner would build in a spreadsheet. HyperFormula (GPL-3.0, a dev dependency of the benchmarks
 * only) with `smartRounding: false`, so that it returns its floats unrounded.
 */
export function sheetOf(model: SyntheticModel): RawCellContent[][] {
  const N = model.chains;
  const Y = model.years;
  const column = (c: number) =>
    c < 26
      ? String.fromCharCode(65 + c)
      : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
  const x = (t: number) => column(1 + t);
  const rows: RawCellContent[][] = [];
  for (let i = 0; i < N; i++) {
    const r = i + 1;
    const row: RawCellContent[] = [Number(model.growthDecimal[i]), Number(model.baseText[i])];
    for (let t = 1; t <= Y; t++) row.push(`=${x(t - 1)}${r}*(1+$A${r})`);
    for (let t = 0; t <= Y; t++) row.push(`=${x(t)}${r}/${x(t)}$${N + 1}`);
    row.push(`=(${x(Y)}${r}/${x(0)}${r})^(1/${Y})-1`);
    rows.push(row);
  }
  const sums: RawCellContent[] = [null];
  for (let t = 0; t <= Y; t++) sums.push(`=SUM(${x(t)}1:${x(t)}${N})`);
  rows.push(sums);
  return rows;
}

export const HYPERFORMULA_CONFIG = { licenseKey: "gpl-v3", smartRounding: false } as const;

/**
 * `incremental`: the sheet is built once and a changed input is recalculated by HyperFormula's own incremental
 * recalculation (`setCellContents`; `evaluate` has nothing left to do). Otherwise `evaluate` builds the sheet
 * and evaluates it from scratch.
 */
export function hyperformula(model: SyntheticModel, incremental: boolean): Contestant {
  const N = model.chains;
  const Y = model.years;
  const sheet = sheetOf(model);
  let hf = HyperFormula.buildFromArray(sheet, HYPERFORMULA_CONFIG);
  const value = (row: number, col: number) => {
    const v = hf.getCellValue({ sheet: 0, row, col });
    if (typeof v !== "number") throw new Error(`HyperFormula gave ${JSON.stringify(v)} at row ${row}, column ${col}`);
    return v;
  };
  return {
    name: incremental ? "HyperFormula incremental" : "HyperFormula build + evaluation",
    evaluate() {
      if (incremental) return;
      hf.destroy();
      hf = HyperFormula.buildFromArray(sheet, HYPERFORMULA_CONFIG);
    },
    setGrowth(i, value) {
      if (incremental) hf.setCellContents({ sheet: 0, row: i, col: 0 }, value);
      else sheet[i]![0] = value;
    },
    setAllGrowth(values) {
      if (incremental)
        hf.setCellContents(
          { sheet: 0, row: 0, col: 0 },
          Array.from(values, (v) => [v]),
        );
      else values.forEach((v, i) => (sheet[i]![0] = v));
    },
    outputs(): Outputs {
      const out = emptyOutputs(N, Y);
      for (let i = 0; i < N; i++) {
        for (let t = 0; t <= Y; t++) {
          out.x[i * (Y + 1) + t] = value(i, 1 + t);
          out.s[i * (Y + 1) + t] = value(i, 2 + Y + t);
        }
        out.c[i] = value(i, 3 + 2 * Y);
      }
      for (let t = 0; t <= Y; t++) out.total[t] = value(N, 1 + t);
      return out;
    },
    probe: () => ({ total: value(N, 1 + Y), cagr: value(0, 3 + 2 * Y) }),
  };
}
