import type { ClaimIndex } from "./claim-index.js";
import { isCeiling, isFloor } from "./qualifiers.js";
import type { ReadClaim } from "./read-claim.js";
import { comparison, type CheckData } from "./report.js";
import { decimalsNear, scaleOf } from "./wording.js";

/**
 * The same figure printed twice (0.23 in one place, 0.25 in another; 5.1% and 6%): the two must agree once each is
 * read as the interval its rounding allows. One check per repeat, naming both claims.
 */
export function repeatChecks(index: ClaimIndex): CheckData[] {
  return index.repeats.map(([first, second]) => {
    const when = first.year !== undefined ? String(first.year) : `${first.from}-${first.to}`;
    return comparison({
      id: `same_figure:${first.indicator}:${first.kind}:${when}:${second.id}`,
      kind: "same_figure",
      claims: [first.id, second.id],
      computed: first.interval,
      reported: second.interval,
      scale: scaleOf(first),
      decimals: Math.max(decimalsNear(first.figure), decimalsNear(second.figure)),
      finding: {
        sentence: "same_figure",
        indicator: first.indicator,
        first,
        second,
        ...(rangeEnds(first, second) ? { range: true } : {}),
      },
    });
  });
}

/** True when one claim is a floor and the other a ceiling: the two ends of a range printed as one. */
function rangeEnds(a: ReadClaim, b: ReadClaim): boolean {
  return (isFloor(a.meanings) && isCeiling(b.meanings)) || (isCeiling(a.meanings) && isFloor(b.meanings));
}
