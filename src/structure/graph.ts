/**
 * The dependency graph over cells (indicator × year): which cells each cell reads, an order in which every
 * cell comes after the cells it reads, and the cells caught in circular definitions. Lagged recurrences
 * (`x[t-1]`) are no cycle at all here: `x[2022]` reads `x[2021]`, a different cell.
 */
export interface CellGraph {
  readonly cellCount: number;
  /** For cell c, its dependencies are `deps[depStart[c] .. depStart[c+1])`. */
  readonly depStart: Int32Array;
  readonly deps: Int32Array;
  /** Every cell not caught in a cycle, each after all the cells it reads. */
  readonly order: Int32Array;
  /** For each cell, the index in `cycles` of the cycle it belongs to, or −1. */
  readonly cycleOf: Int32Array;
  /** Circular definitions: the cells of each strongly connected component with a cycle. */
  readonly cycles: readonly (readonly number[])[];
}

/**
 * The most cell reads a model's formulas may make in all (each cell's formula reading each cell it names, a range
 * such as `sum(x, 2001, t)` every year in it): 20 million, some 80 MB of graph. Beyond it a model is refused
 * rather than left to exhaust memory; `sum(x, 1, t)` over a timeline of 20,000 years would make 200 million.
 */
export const MAX_CELL_READS = 20_000_000;

/** Thrown by {@link buildCellGraph} when the formulas read more cells than it may hold; `cell` was being listed. */
export class TooManyReads extends Error {
  constructor(
    readonly cell: number,
    readonly limit: number,
  ) {
    super(`the formulas read more than ${limit} cells`);
    this.name = "TooManyReads";
  }
}

/**
 * Builds the graph. `readsOf(cell, push)` must call `push(dep)` for every cell that `cell` reads.
 *
 * Kahn's algorithm orders the cells; when some are left over, Tarjan's algorithm (iterative, so ten thousand
 * cells deep is no stack risk) finds the strongly connected components among them, and the cells that
 * merely depend on a cycle are then ordered like any other (they will be missing, with the cycle as cause).
 * @throws TooManyReads past `maxReads` reads in all ({@link MAX_CELL_READS} unless given).
 */
export function buildCellGraph(
  cellCount: number,
  readsOf: (cell: number, push: (dep: number) => void) => void,
  maxReads: number = MAX_CELL_READS,
): CellGraph {
  const depStart = new Int32Array(cellCount + 1);
  let list = new Int32Array(Math.min(maxReads, Math.max(16, cellCount * 2)));
  let length = 0;
  let current = 0;
  const push = (dep: number) => {
    if (length === list.length) {
      if (length >= maxReads) throw new TooManyReads(current, maxReads);
      const grown = new Int32Array(Math.min(maxReads, length * 2));
      grown.set(list);
      list = grown;
    }
    list[length++] = dep;
  };
  for (let c = 0; c < cellCount; c++) {
    depStart[c] = length;
    current = c;
    readsOf(c, push);
  }
  depStart[cellCount] = length;
  const deps = list.slice(0, length);

  // Dependents (reverse edges) for Kahn's algorithm.
  const outCount = new Int32Array(cellCount + 1);
  for (const d of deps) outCount[d]! += 1;
  const outStart = new Int32Array(cellCount + 1);
  for (let c = 0; c < cellCount; c++) outStart[c + 1] = outStart[c]! + outCount[c]!;
  const dependents = new Int32Array(deps.length);
  const fill = outStart.slice(0, cellCount);
  for (let c = 0; c < cellCount; c++) {
    for (let k = depStart[c]!; k < depStart[c + 1]!; k++) dependents[fill[deps[k]!]!++] = c;
  }

  const cycleOf = new Int32Array(cellCount).fill(-1);
  const pending = new Int32Array(cellCount);
  for (let c = 0; c < cellCount; c++) pending[c] = depStart[c + 1]! - depStart[c]!;
  const order = new Int32Array(cellCount);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < cellCount; c++) if (pending[c] === 0) order[tail++] = c;
  const release = (c: number) => {
    for (let k = outStart[c]!; k < outStart[c + 1]!; k++) {
      const d = dependents[k]!;
      if (--pending[d]! === 0 && cycleOf[d]! < 0) order[tail++] = d;
    }
  };
  while (head < tail) release(order[head++]!);

  const cycles: number[][] = [];
  if (tail < cellCount) {
    const leftover = new Uint8Array(cellCount);
    for (let c = 0; c < cellCount; c++) if (pending[c]! > 0) leftover[c] = 1;
    for (const component of stronglyConnected(cellCount, depStart, deps, leftover)) {
      const only = component[0]!;
      const selfLoop = component.length === 1 && deps.subarray(depStart[only]!, depStart[only + 1]!).includes(only);
      if (component.length > 1 || selfLoop) {
        for (const c of component) cycleOf[c] = cycles.length;
        cycles.push(component);
      }
    }
    for (const cycle of cycles) for (const c of cycle) release(c);
    while (head < tail) release(order[head++]!);
  }
  return { cellCount, depStart, deps, order: order.slice(0, tail), cycleOf, cycles };
}

/**
 * Tarjan's strongly connected components over the nodes marked in `within`, without recursion. Edges go from a
 * node to the nodes it reads (`deps[depStart[n] .. depStart[n+1])`), so components come out in an order in
 * which every component follows the components it reads.
 */
export function stronglyConnected(
  cellCount: number,
  depStart: Int32Array,
  deps: Int32Array,
  within: Uint8Array,
): number[][] {
  const index = new Int32Array(cellCount).fill(-1);
  const low = new Int32Array(cellCount);
  const onStack = new Uint8Array(cellCount);
  const stack: number[] = [];
  const components: number[][] = [];
  const callStack: { cell: number; edge: number }[] = [];
  let counter = 0;

  for (let root = 0; root < cellCount; root++) {
    if (!within[root] || index[root] !== -1) continue;
    callStack.push({ cell: root, edge: depStart[root]! });
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const frame = callStack[callStack.length - 1]!;
      const v = frame.cell;
      if (frame.edge < depStart[v + 1]!) {
        const w = deps[frame.edge++]!;
        if (!within[w]) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callStack.push({ cell: w, edge: depStart[w]! });
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent) low[parent.cell] = Math.min(low[parent.cell]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
