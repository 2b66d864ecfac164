import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, type Model } from "../../src/evaluation/index.js";
import { loadModel } from "../../src/node.js";
import { CellRule } from "../../src/structure/index.js";
import { probeTarget } from "../../src/targets/probe.js";
import { heldScale, marginScale } from "../../src/workbook/number-formats.js";
import { scenarioNames } from "../../src/workbook/plan.js";
import { toWorkbook } from "../../src/xlsx.js";
import { numberOf, recalculate, soffice } from "./libreoffice.js";
import { randomModel } from "./random-models.js";

const ROOT = `${__dirname}/../..`;

/** A planner's edit: an input changed in the Inputs sheet, for one scenario's column. */
interface Edit {
  readonly input: string;
  readonly scenario: string;
  readonly value: number;
}

/** The workbook of a model without cached values, with the edits made in its Inputs sheet. */
async function editedWorkbook(model: Model, edits: readonly Edit[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await toWorkbook(model, { cachedValues: false })).buffer as ArrayBuffer);
  const inputs = workbook.getWorksheet("Inputs")!;
  const header = (inputs.getRow(1).values as unknown[]).map(String);
  for (const edit of edits) {
    let row = 0;
    inputs.eachRow((r, n) => {
      if (r.getCell(2).value === edit.input) row = n;
    });
    expect(row, `input ${edit.input} in the Inputs sheet`).toBeGreaterThan(0);
    const scale = heldScale(model.structure.indicatorById.get(edit.input)!.unit);
    inputs.getRow(row).getCell(header.indexOf(edit.scenario)).value = edit.value * scale;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** plansheet's own evaluation of a scenario with the same edits: every cell, and every target's outcome. */
function evaluated(model: Model, scenario: string, edits: readonly Edit[]) {
  const inputs = model.inputsOf(scenario);
  const { layout, rules, timeline } = model.structure;
  for (const edit of edits.filter((e) => e.scenario === scenario)) {
    const slot = model.structure.indicatorById.get(edit.input)!.slot;
    for (const year of timeline.years) {
      const cell = layout.cellInYear(slot, year);
      if (rules[cell] === CellRule.input) inputs.setNumber(cell, edit.value);
    }
  }
  const results = model.evaluate<number>(inputs);
  const targets = model.structure.targets
    .filter((t) => t.checked)
    .map((t) => probeTarget(model, t.id).evaluate(inputs));
  return { results, targets };
}

/** A value LibreOffice shows, as plansheet holds it: a cell held in points divided back. */
function unscaled(value: number | boolean | null, scale: number): number | boolean | null {
  return typeof value === "number" ? value / scale : value;
}

/** Whether LibreOffice's value is plansheet's, to 1e-12 relative (both missing counts as the same). */
function same(ours: number | boolean | null, theirs: number | boolean | null): boolean {
  if (ours === null || theirs === null || typeof ours === "boolean" || typeof theirs === "boolean")
    return ours === theirs;
  return ours === theirs || Math.abs(ours - theirs) <= 1e-12 * Math.max(Math.abs(ours), Math.abs(theirs));
}

/**
 * Compares every cell of every scenario sheet, and every target's verdict and margin, that LibreOffice recomputed
 * from the workbook's formulas with plansheet's evaluation of the same edits: the differences, and how many cells
 * were compared with the largest relative difference.
 */
function compare(model: Model, sheets: Map<string, string[][]>, scenarios: readonly string[], edits: readonly Edit[]) {
  const differences: string[] = [];
  let compared = 0;
  let largest = 0;
  let thresholds = 0;
  const named = scenarioNames(scenarios);
  for (const scenario of scenarios) {
    const rows = sheets.get(named.get(scenario)!.sheet)!;
    const { results, targets } = evaluated(model, scenario, edits);
    const { layout, timeline } = model.structure;
    for (const info of model.structure.indicators) {
      const row = rows[info.slot + 1]!;
      timeline.years.forEach((year, k) => {
        const cell = layout.cellInYear(info.slot, year);
        const ours = results.failed[cell] ? null : results.values[cell]!;
        const theirs = unscaled(numberOf(row[3 + k] ?? ""), heldScale(info.unit));
        compared++;
        if (typeof ours === "number" && typeof theirs === "number" && ours !== 0)
          largest = Math.max(largest, Math.abs(ours - theirs) / Math.abs(ours));
        if (!same(ours, theirs))
          differences.push(`${scenario} ${info.id} ${year}: plansheet ${ours}, LibreOffice ${row[3 + k]}`);
      });
    }
    const targetRows = sheets.get("Targets")!;
    const s = scenarios.indexOf(scenario);
    const units = new Map(model.run({ scenario }).targets.map((t) => [t.id, t.unit] as const));
    for (const t of targets) {
      const row = targetRows.find((r) => r[1] === t.id)!;
      compared += 2;
      // A margin is a difference: it is compared to 1e-12 of what it is the difference of. A spreadsheet takes
      // two numbers equal to 15 digits as equal, so on the threshold (to float rounding) its verdict may differ
      // from float's; plansheet decides those in decimal (`decidedBy`), and they are counted, not failed.
      const scale = Math.max(
        Math.abs(t.value ?? 0),
        Math.abs(t.threshold ?? 0),
        Math.abs(t.margin ?? 0),
        Number.MIN_VALUE,
      );
      const margin = unscaled(numberOf(row[5 + 2 * s]!), marginScale(units.get(t.id)));
      const onThreshold = t.margin !== null && Math.abs(t.margin) <= 1e-12 * scale;
      if (onThreshold) thresholds++;
      if (!(t.met === numberOf(row[4 + 2 * s]!) || onThreshold))
        differences.push(`${scenario} target ${t.id}: met ${t.met}, LibreOffice ${row[4 + 2 * s]}`);
      const close =
        typeof margin === "number" && t.margin !== null
          ? Math.abs(t.margin - margin) <= 1e-12 * scale
          : margin === t.margin;
      if (!close) differences.push(`${scenario} target ${t.id}: margin ${t.margin}, LibreOffice ${row[5 + 2 * s]}`);
    }
  }
  return { differences, compared, largest, thresholds };
}

describe.skipIf(!soffice)("the workbook against LibreOffice's recalculation", () => {
  it("recomputes every cell and target of the Mentougou model, in every scenario, to plansheet's numbers after a planner's edits", async () => {
    const model = loadModel(`${ROOT}/examples/mentougou-2021/model.yaml`);
    const scenarios = [...model.structure.scenarios.keys()];
    const edits: Edit[] = [
      { input: "gdp_growth", scenario: "baseline", value: 0.061 },
      { input: "re_growth", scenario: "transition", value: -0.09 },
      { input: "specialized_firms_added", scenario: "faster", value: 9 },
    ];
    const recalculated = recalculate({ mentougou: await editedWorkbook(model, edits) });
    // the edit reached the formulas: GDP grows at 6.1% a year in the file, not at the model's 5%
    const gdp = recalculated
      .get("mentougou")!
      .get("baseline")!
      .find((row) => row[1] === "gdp")!;
    expect(numberOf(gdp.at(-1)!)).not.toBeCloseTo(model.run().get("gdp", 2026)!, 3);
    const { differences, compared, largest, thresholds } = compare(
      model,
      recalculated.get("mentougou")!,
      scenarios,
      edits,
    );
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    console.info(
      `workbook oracle: ${compared} cells and targets compared with LibreOffice, largest relative difference ${largest.toExponential(2)}, ${thresholds} targets on their threshold`,
    );
  }, 240_000);

  it("recomputes a family of random models (operations, planning functions, unit scales, groups) to plansheet's numbers, whatever their scenarios are called", async () => {
    // one fixed sample, all converted in one LibreOffice run: a property test whose cases are drawn once; the second
    // scenario of each gets a name a sheet or a defined name could not take as it is, and a twin that cleans up alike
    const HOSTILE = [
      "fast-1",
      "a/b",
      "Targets",
      "一个名字很长很长很长很长很长很长很长很长很长很长的情景",
      "x:y*z",
      "'quoted'",
      "inputs",
      "fast 1",
    ];
    const cases = fc.sample(randomModel, { seed: 2021, numRuns: 16 }).map((c, k) => {
      const [hostile, twin] = [HOSTILE[k % HOSTILE.length]!, `${HOSTILE[k % HOSTILE.length]!}_`];
      const scenarios = (c.definition as { scenarios: Record<string, unknown> }).scenarios;
      const definition: Record<string, unknown> = {
        ...c.definition,
        scenarios: { baseline: scenarios.baseline, [hostile]: scenarios.faster, [twin]: scenarios.faster },
      };
      const edits = c.edits.map((e) => (e.scenario === "faster" ? { ...e, scenario: hostile } : e));
      return { ...c, definition, edits, scenarios: ["baseline", hostile, twin], model: buildModel(definition) };
    });
    const workbooks = Object.fromEntries(
      await Promise.all(cases.map(async (c, k) => [`m${k}`, await editedWorkbook(c.model, c.edits)] as const)),
    );
    const recalculated = recalculate(workbooks);
    let compared = 0;
    let largest = 0;
    const differences: string[] = [];
    cases.forEach((c, k) => {
      const found = compare(c.model, recalculated.get(`m${k}`)!, c.scenarios, c.edits);
      compared += found.compared;
      largest = Math.max(largest, found.largest);
      differences.push(
        ...found.differences.map(
          (d) => `model ${k} (${JSON.stringify(Object.keys((c.definition.indicators as object) ?? {}))}): ${d}`,
        ),
      );
    });
    expect(differences).toEqual([]);
    console.info(
      `workbook oracle, random models: ${compared} cells compared, largest relative difference ${largest.toExponential(2)}`,
    );
  }, 240_000);
});
