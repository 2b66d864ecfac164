/**
 * Edit distance between two names (insertions, deletions, substitutions and swaps of neighbours each count
 * one), for "did you mean" hints.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known names closest to `name` (at most three), for a hint such as "did you mean 'gdp'?". A candidate
 * qualifies when its distance is at most a third of the longer name (and at least 1), or when one name is
 * the other with different case.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (distance <= allowed) scored.push([candidate, distance]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

/** ` Did you mean 'gdp'?` or `` when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const close = closestNames(name, candidates);
  if (close.length === 0) return undefined;
  return `did you mean ${close.map((c) => `'${c}'`).join(" or ")}?`;
}
