import { describe, expect, it } from "vitest";
import { buildStructure } from "../../src/structure/build.js";
import { buildCellGraph, type CellGraph } from "../../src/structure/graph.js";

/** A graph from an adjacency list: `reads[c]` are the cells that cell c reads. */
function graphOf(reads: readonly (readonly number[])[]): CellGraph {
  return buildCellGraph(reads.length, (cell, push) => {
    for (const dep of reads[cell] ?? []) push(dep);
  });
}

function depsOf(graph: CellGraph, cell: number): number[] {
  return [...graph.deps.subarray(graph.depStart[cell]!, graph.depStart[cell + 1]!)];
}

function positions(graph: CellGraph): Map<number, number> {
  return new Map([...graph.order].map((cell, i) => [cell, i]));
}

describe("buildCellGraph", () => {
  it("stores each cell's reads in compressed rows (depStart, deps)", () => {
    const graph = graphOf([[], [0], [0, 1], []]);
    expect(graph.cellCount).toBe(4);
    expect(depsOf(graph, 0)).toEqual([]);
    expect(depsOf(graph, 1)).toEqual([0]);
    expect(depsOf(graph, 2)).toEqual([0, 1]);
    expect(depsOf(graph, 3)).toEqual([]);
    expect(graph.depStart.length).toBe(5);
  });

  it("orders every cell after all the cells it reads", () => {
    // 4 reads 3 and 1; 3 reads 2; 2 reads 0; 1 reads 0
    const reads = [[], [0], [0], [2], [3, 1]];
    const graph = graphOf(reads);
    expect(graph.cycles).toEqual([]);
    expect([...graph.order].sort()).toEqual([0, 1, 2, 3, 4]);
    const at = positions(graph);
    reads.forEach((deps, cell) => {
      for (const dep of deps) expect(at.get(dep)!).toBeLessThan(at.get(cell)!);
    });
  });

  it("does not count a read of a different cell as a cycle, as a lagged recurrence x[t-1] makes", () => {
    // cells 0..9 are x[2016..2025]; each year reads the previous one
    const reads = Array.from({ length: 10 }, (_, i) => (i === 0 ? [] : [i - 1]));
    const graph = graphOf(reads);
    expect(graph.cycles).toEqual([]);
    expect([...graph.cycleOf].every((c) => c === -1)).toBe(true);
    expect([...graph.order]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("separates a cycle from the cells downstream of it and from independent cells", () => {
    // 0 ↔ 1 form a cycle; 2 reads 0 (downstream); 3 is independent; 4 reads 3
    const graph = graphOf([[1], [0], [0], [], [3]]);
    expect(graph.cycles.length).toBe(1);
    expect([...graph.cycles[0]!].sort()).toEqual([0, 1]);
    expect(graph.cycleOf[0]).toBe(0);
    expect(graph.cycleOf[1]).toBe(0);
    expect(graph.cycleOf[2]).toBe(-1);
    expect(graph.cycleOf[3]).toBe(-1);
    expect(graph.cycleOf[4]).toBe(-1);
    const at = positions(graph);
    // the downstream cell is still ordered (it will be missing, with the cycle as cause), and not a cycle member
    expect(at.has(2)).toBe(true);
    expect(at.get(3)!).toBeLessThan(at.get(4)!);
  });

  it("reports a cell that reads itself as a cycle of one", () => {
    const graph = graphOf([[0], []]);
    expect(graph.cycles).toEqual([[0]]);
    expect(graph.cycleOf[0]).toBe(0);
    expect(graph.cycleOf[1]).toBe(-1);
  });

  it("finds several separate cycles, each as its own component", () => {
    // 0 → 1 → 0, and 2 → 3 → 4 → 2; 5 reads 4
    const graph = graphOf([[1], [0], [3], [4], [2], [4]]);
    const cycles = graph.cycles.map((c) => [...c].sort()).sort((a, b) => a[0]! - b[0]!);
    expect(cycles).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
    expect(graph.cycleOf[0]).not.toBe(graph.cycleOf[2]);
    expect(graph.cycleOf[5]).toBe(-1);
  });

  it("finds a cycle through ten thousand cells without overflowing the stack", () => {
    const n = 10_000;
    const graph = buildCellGraph(n, (cell, push) => push((cell + 1) % n));
    expect(graph.cycles.length).toBe(1);
    expect(graph.cycles[0]!.length).toBe(n);
  });

  it("orders a chain ten thousand cells deep", () => {
    const n = 10_000;
    const graph = buildCellGraph(n, (cell, push) => {
      if (cell > 0) push(cell - 1);
    });
    expect(graph.cycles).toEqual([]);
    expect(graph.order.length).toBe(n);
    expect(graph.order[0]).toBe(0);
    expect(graph.order[n - 1]).toBe(n - 1);
  });
});

describe("the graph of a built model", () => {
  it("has no cycle for a projection that reads its own previous year", () => {
    const { structure, issues } = buildStructure({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: {
        gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)", backcast: "gdp[t+1] / (1 + g)" },
        g: { unit: "%", value: "5%" },
      },
    });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(structure!.graph.cycles).toEqual([]);
  });

  it("puts a formula's cell after the same-year cells it reads", () => {
    const { structure } = buildStructure({
      years: [2020, 2022],
      baseYear: 2020,
      indicators: { share: { formula: "a / b" }, a: { value: 1 }, b: { value: 2 } },
    });
    const graph = structure!.graph;
    const years = 3;
    const at = positions(graph);
    for (let yi = 0; yi < years; yi++) {
      const share = 0 * years + yi;
      expect(depsOf(graph, share).sort()).toEqual([1 * years + yi, 2 * years + yi]);
      expect(at.get(share)!).toBeGreaterThan(at.get(1 * years + yi)!);
      expect(at.get(share)!).toBeGreaterThan(at.get(2 * years + yi)!);
    }
  });

  it("links a range function to every year of its range, clipped to the timeline", () => {
    const { structure } = buildStructure({
      years: [2020, 2024],
      baseYear: 2024,
      indicators: { x: { value: 1 }, total: { formula: "sum(x, 2021, 2023)" } },
    });
    const graph = structure!.graph;
    const cell = 1 * 5 + 0; // total[2020]
    expect(depsOf(graph, cell).sort()).toEqual([1, 2, 3]);
  });
});

describe("buildCellGraph and cycles", () => {
  it("leaves every member of a cycle out of the order, and orders the cells that depend on it", () => {
    // 0 ↔ 1 is a cycle; 2 reads 1; 3 is free.
    const graph = graphOf([[1], [0], [1], []]);
    expect([...graph.order].sort()).toEqual([2, 3]);
    expect([...graph.cycleOf]).toEqual([0, 0, -1, -1]);
  });
});
