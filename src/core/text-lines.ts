/**
 * The last of `length` ordered starts (`startAt(0) ≤ startAt(1) ≤ …`) at or before `at`, by binary search: the line
 * an offset lies on, given where lines start. 0 when `at` comes before them all.
 */
export function lastStartAtOrBefore(length: number, startAt: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startAt(mid) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset at which each line of a text starts (a line break is `\n`, so `\r\n` too). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column of an offset, given the offsets at which lines start. */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; col: number } {
  const index = lastStartAtOrBefore(starts.length, (i) => starts[i]!, offset);
  return { line: index + 1, col: offset - starts[index]! + 1 };
}

/** A string as a regular expression matching it literally (1.5万, 微克/立方米). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
