import type { CellResults } from "../../src/evaluation/index.js";

/**
 * Where two evaluations of the same model differ, as readable lines (empty when they agree exactly): the same
 * failed cells, bit-identical values elsewhere (`Object.is`, so −0 and +0 differ), and the same problems —
 * code, message and root — in the same order. With `cells`, only those cells are compared, each with its problem.
 */
export function resultDifferences(
  expected: CellResults<number>,
  actual: CellResults<number>,
  name: (cell: number) => string = String,
  cells?: ArrayLike<number>,
): string[] {
  const lines: string[] = [];
  if (expected.failed.length !== actual.failed.length)
    return [`cell counts differ: ${expected.failed.length} vs ${actual.failed.length}`];
  if (cells) return cellDifferences(expected, actual, name, cells);
  for (let cell = 0; cell < expected.failed.length && lines.length < 10; cell++) {
    if (expected.failed[cell] !== actual.failed[cell]) {
      lines.push(
        `${name(cell)}: failed ${expected.failed[cell]} vs ${actual.failed[cell]} (${expected.problems.get(cell)?.message ?? actual.problems.get(cell)?.message})`,
      );
    } else if (!expected.failed[cell] && !Object.is(expected.values[cell], actual.values[cell])) {
      lines.push(`${name(cell)}: value ${expected.values[cell]} vs ${actual.values[cell]}`);
    }
  }
  const a = [...expected.problems];
  const b = [...actual.problems];
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    const at = a.findIndex((entry, k) => JSON.stringify(entry) !== JSON.stringify(b[k]));
    lines.push(
      `problems differ (${a.length} vs ${b.length}), first at #${at}: ${JSON.stringify(a[at])} vs ${JSON.stringify(b[at])}`,
    );
  }
  return lines;
}

/** {@link resultDifferences} on some cells: failed or not, the value, and the problem of each. */
function cellDifferences(
  expected: CellResults<number>,
  actual: CellResults<number>,
  name: (cell: number) => string,
  cells: ArrayLike<number>,
): string[] {
  const lines: string[] = [];
  for (let k = 0; k < cells.length && lines.length < 10; k++) {
    const cell = cells[k]!;
    const [want, got] = [expected.problems.get(cell), actual.problems.get(cell)];
    if (expected.failed[cell] !== actual.failed[cell]) {
      lines.push(
        `${name(cell)}: failed ${expected.failed[cell]} vs ${actual.failed[cell]} (${(want ?? got)?.message})`,
      );
    } else if (!expected.failed[cell] && !Object.is(expected.values[cell], actual.values[cell])) {
      lines.push(`${name(cell)}: value ${expected.values[cell]} vs ${actual.values[cell]}`);
    } else if (JSON.stringify(want) !== JSON.stringify(got)) {
      lines.push(`${name(cell)}: problem ${JSON.stringify(want)} vs ${JSON.stringify(got)}`);
    }
  }
  return lines;
}
