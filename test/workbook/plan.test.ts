import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PlansheetError } from "../../src/core/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { parseFormula } from "../../src/formula/index.js";
import { loadModel } from "../../src/node.js";
import { excelFormula, type FormulaPlace } from "../../src/workbook/excel-formula.js";
import { columnName, workbookPlan } from "../../src/workbook/plan.js";
import { WORKBOOK_WORDS } from "../../src/workbook/words.js";
import { toWorkbook } from "../../src/xlsx.js";

const model = loadModel(`${__dirname}/../../examples/mentougou-2021/model.yaml`);

/** The Excel form of one indicator's formula in a year, from the plan of a small model. */
function formulaOf(definition: Record<string, unknown>, id: string, year: number, sheet = "baseline"): string {
  const m = buildModel(definition);
  const plan = workbookPlan(m);
  const info = m.structure.indicatorById.get(id)!;
  const cell = plan.sheets
    .find((s) => s.name === sheet)!
    .cells.get(`${columnName(4 + year - m.structure.timeline.first)}${info.slot + 2}`)!;
  return cell.kind === "formula" ? cell.formula : `value ${String(cell.value)}`;
}

const small = (indicators: Record<string, unknown>) => ({ years: [2020, 2023], baseYear: 2021, indicators });

describe("formulas as Excel formulas", () => {
  it("reads the same year relatively, the year before one column left, a fixed year absolutely", () => {
    const d = small({
      g: { unit: "%", value: "5%" },
      x: { unit: "亿元", history: { 2021: 100 }, projection: "x[t-1] * (1 + g)" },
      y: { formula: "x / x[2021]" },
    });
    // shown blank where it has no value; a computed cell read as its number or missing, a reported one as it is
    expect(formulaOf(d, "x", 2022)).toBe('IFERROR((E3*(1+F2)),"")');
    expect(formulaOf(d, "x", 2021)).toBe("value 100");
    expect(formulaOf(d, "y", 2023)).toBe('IFERROR((IF(ISNUMBER(G3),G3,NA())/$E3),"")');
    // an input reads its defined name in the Inputs sheet
    expect(formulaOf(d, "g", 2022)).toBe("g.baseline");
  });

  it("writes the planning functions with plansheet's guards, and unit scales into the formula", () => {
    const d = small({
      x: { unit: "亿元", history: { 2020: 90, 2021: 100, 2022: 104, 2023: 110 } },
      y: { unit: "万元", history: { 2020: 5, 2021: 6, 2022: 7, 2023: 8 } },
      c: { formula: "cagr(x, 2020, t)" },
      s: { unit: "亿元", formula: "x + y" },
    });
    expect(formulaOf(d, "c", 2023)).toBe('IFERROR(IF(OR($D2<=0,G2<0),NA(),(G2/$D2)^(1/3)-1),"")');
    expect(formulaOf(d, "c", 2020)).toBe('IFERROR(NA(),"")');
    expect(formulaOf(d, "s", 2022)).toBe('IFERROR((F2+(F3/10000)),"")');
  });

  it("refuses a formula Excel cannot express, naming the indicator, the year and the rule", () => {
    const place: FormulaPlace = { year: 2022, what: "x, 2022 (formula)", ref: () => "A1" };
    const call = { kind: "call", fn: "secret", args: [], span: { start: 0, end: 1 } } as never;
    expect(() => excelFormula(call, place)).toThrow(PlansheetError);
    expect(() => excelFormula(call, place)).toThrow(
      "x, 2022 (formula): the formula uses the function secret, which has no Excel form yet",
    );
    expect(parseFormula).toBeTypeOf("function");
  });
});

describe("the workbook", () => {
  it("has an Inputs sheet with names, a sheet per scenario with cached values, and a Targets sheet", async () => {
    const bytes = await toWorkbook(model, { scenarios: ["baseline", "faster"] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inputs", "baseline", "faster", "Targets"]);
    const baseline = workbook.getWorksheet("baseline")!;
    expect(baseline.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 1 });
    let row = 0;
    baseline.eachRow((r, n) => {
      if (r.getCell(2).value === "re_share") row = n;
    });
    const share2025 = baseline.getRow(row).getCell(4 + 2025 - 2016);
    expect(share2025.value).toMatchObject({ formula: expect.any(String), result: model.run().get("re_share", 2025) });
    expect(share2025.numFmt).toBe("0.00%");
    expect(baseline.getRow(row).getCell(1).value).toBe("房地产业占地区生产总值比重");
    expect(baseline.getColumn(1).width).toBeGreaterThan(30);
    const targets = workbook.getWorksheet("Targets")!;
    let met: unknown;
    targets.eachRow((r) => {
      if (r.getCell(2).value === "re_share_below_10_2026") met = r.getCell(5).value;
    });
    expect(met).toMatchObject({
      formula: `IFERROR((IF(ISNUMBER('baseline'!$N$14),'baseline'!$N$14,NA())<0.1),"")`,
      result: true,
    });
    expect(workbook.definedNames.getRanges("gdp_growth.faster").ranges).toEqual([
      "Inputs!$F$2".replace("$2", `$${findRow(workbook.getWorksheet("Inputs")!, "gdp_growth")}`),
    ]);
    const plain = await toWorkbook(model, { scenarios: ["baseline"], cachedValues: false });
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(plain.buffer as ArrayBuffer);
    expect(
      (
        reread
          .getWorksheet("baseline")!
          .getRow(row)
          .getCell(4 + 2025 - 2016).value as { result?: unknown }
      ).result,
    ).toBeUndefined();
  });
});

function findRow(sheet: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  sheet.eachRow((r, n) => {
    if (r.getCell(2).value === id) found = n;
  });
  return found;
}

describe("sheet and defined names", () => {
  const withScenarios = (names: readonly string[]) =>
    buildModel({
      years: [2020, 2023],
      baseYear: 2021,
      indicators: {
        g: { unit: "%", value: "5%" },
        x: { unit: "亿元", history: { 2021: 100 }, projection: "x[t-1] * (1 + g)" },
      },
      scenarios: Object.fromEntries(names.map((n, k) => [n, { set: { g: `${k + 1}%` } }])),
    });

  it("are legal and unique by construction, whatever the scenarios are called, and the Inputs sheet shows where each went", () => {
    const names = [
      "fast-1",
      "fast_1",
      "a/b",
      "Targets",
      "inputs",
      "一个名字很长很长很长很长很长很长很长很长很长很长很长的情景",
      "'quoted'",
    ];
    const m = withScenarios(names);
    const plan = workbookPlan(m);
    const sheets = plan.sheets.map((s) => s.name);
    expect(new Set(sheets.map((s) => s.toLowerCase())).size).toBe(sheets.length);
    for (const s of sheets) {
      expect([...s].length).toBeLessThanOrEqual(31);
      expect(s).not.toMatch(/[:\\/?*[\]]|^'|'$/);
    }
    // every scenario's input has its own name, pointing at its own column
    const targets = [...plan.names.values()];
    expect(new Set(targets).size).toBe(targets.length);
    expect(plan.names.size).toBe(m.runnableScenarios.length);
    for (const name of plan.names.keys()) expect(name).toMatch(/^[\p{L}_][\p{L}\p{N}_]*\.[\p{L}\p{N}_]+$/u);
    // each scenario's sheet reads its own input: the formula names what the plan defines
    for (const scenario of names) {
      const sheet = plan.sheets[1 + m.runnableScenarios.indexOf(scenario)]!;
      const input = sheet.cells.get("E2")!;
      expect(input.kind === "formula" && plan.names.has(input.formula), scenario).toBe(true);
    }
    const mapping = [...plan.sheets[0]!.cells.values()].map((c) => (c.kind === "value" ? c.value : ""));
    expect(mapping).toContain(WORKBOOK_WORDS.renamed);
  });

  it("write a workbook exceljs reads back, with each sheet's name as planned", async () => {
    const m = withScenarios(["fast-1", "fast_1", "a/b", "Targets"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toWorkbook(m)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(workbookPlan(m).sheets.map((s) => s.name));
  });
});
