import { describe, expect, it } from "vitest";
import { Timeline } from "../../src/core/index.js";
import { CellLayout } from "../../src/structure/index.js";
import { buildCellGraph } from "../../src/structure/graph.js";
import { buildStructure } from "../../src/structure/build.js";
import { cellsRead, upstreamSlots } from "../../src/structure/upstream.js";
import { checked, slot, TARGET, TIMELINE } from "../formula/helpers.js";

const cell = (name: string, year: number) => new CellLayout(TIMELINE).cellInYear(slot(name), year);

describe("cellsRead", () => {
  it("gives the one cell a comparison of a cell reads", () => {
    expect(cellsRead(checked("share[2025] < 10%", TARGET), TIMELINE)).toEqual([cell("share", 2025)]);
  });

  it("gives both ends of a growth over years", () => {
    expect(cellsRead(checked("cagr(gdp, 2016, 2021) >= 5%", TARGET), TIMELINE).sort((a, b) => a - b)).toEqual([
      cell("gdp", 2016),
      cell("gdp", 2021),
    ]);
  });

  it("gives every year of a range", () => {
    expect(cellsRead(checked("sum(gdp, 2021, 2024) >= 100", TARGET), TIMELINE)).toEqual(
      [2021, 2022, 2023, 2024].map((y) => cell("gdp", y)),
    );
  });

  it("gives the cells of every part of a compound condition", () => {
    const cells = cellsRead(checked("gdp[2025] >= 4500 and share[2023] < 10%", TARGET), TIMELINE);
    expect(new Set(cells)).toEqual(new Set([cell("gdp", 2025), cell("share", 2023)]));
  });
});

describe("upstreamSlots", () => {
  // Three indicators over two years: c reads b, b reads a in the same year; a[1] reads a[0] (a lag).
  const years = new CellLayout(new Timeline(2020, 2021, 2020));
  const reads: Record<number, number[]> = { 5: [3], 3: [1], 1: [0], 4: [4] };
  const graph = buildCellGraph(6, (c, push) => (reads[c] ?? []).forEach(push));

  it("follows every cell the start cells read, through formulas and lags, including their own slot", () => {
    expect(upstreamSlots(graph, years, [5])).toEqual(new Set([2, 1, 0]));
  });

  it("does not include indicators the start cells do not read", () => {
    expect(upstreamSlots(graph, years, [2])).toEqual(new Set([1]));
    expect(upstreamSlots(graph, years, [0])).toEqual(new Set([0]));
  });

  it("ends on a cell that reads itself", () => {
    expect(upstreamSlots(graph, years, [4])).toEqual(new Set([2]));
  });

  it("is empty for no start cells", () => {
    expect(upstreamSlots(graph, years, [])).toEqual(new Set());
  });

  it("finds the inputs a target of a built model depends on through projections and formulas", () => {
    const { structure } = buildStructure({
      years: [2021, 2025],
      baseYear: 2021,
      indicators: {
        gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
        g: { unit: "%", value: "5%" },
        re: { unit: "亿元", history: { 2021: 40 }, projection: "re[t-1] * (1 + rg)" },
        rg: { unit: "%", value: "-3%" },
        share: { unit: "%", formula: "re / gdp" },
        other: { unit: "%", value: "1%" },
      },
      targets: { t: { check: "share[2025] < 10%" } },
    });
    const s = structure!;
    const slots = upstreamSlots(s.graph, s.layout, cellsRead(s.targets[0]!.checked!, s.timeline));
    const ids = [...slots].map((i) => s.indicators[i]!.id).sort();
    expect(ids).toEqual(["g", "gdp", "re", "rg", "share"]);
  });
});
