import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCellGraph } from "../../src/structure/graph.js";

const SEED = 20_211_215;

/** A random acyclic graph: each cell reads only cells of lower rank in a random permutation. */
const dag = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: n, maxLength: n }),
    ),
  )
  .map(([rank, picks]) => {
    const n = rank.length;
    const cellAtRank = rank;
    const reads: number[][] = Array.from({ length: n }, () => []);
    for (let r = 1; r < n; r++) {
      const cell = cellAtRank[r]!;
      for (const p of picks[r]!) reads[cell]!.push(cellAtRank[p % r]!);
    }
    return reads;
  });

describe("buildCellGraph (property)", () => {
  it("orders every cell of an acyclic graph exactly once, after all the cells it reads", () => {
    fc.assert(
      fc.property(dag, (reads) => {
        const graph = buildCellGraph(reads.length, (cell, push) => reads[cell]!.forEach(push));
        expect(graph.cycles).toEqual([]);
        expect([...graph.order].sort((a, b) => a - b)).toEqual(reads.map((_, i) => i));
        const at = new Map([...graph.order].map((c, i) => [c, i]));
        reads.forEach((deps, cell) => deps.forEach((dep) => expect(at.get(dep)!).toBeLessThan(at.get(cell)!)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("finds a cycle that closes an acyclic chain, with exactly the chain's cells as members", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 20 }), (length, extra) => {
        // cells 0..length-1 form a ring; cells after it read the ring (downstream) and are no members
        const n = length + extra;
        const graph = buildCellGraph(n, (cell, push) => push(cell < length ? (cell + 1) % length : cell % length));
        expect(graph.cycles.length).toBe(1);
        expect([...graph.cycles[0]!].sort((a, b) => a - b)).toEqual(Array.from({ length }, (_, i) => i));
        for (let c = length; c < n; c++) expect(graph.cycleOf[c]).toBe(-1);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
