import { addIntervals, readPrintedFigure, type Interval } from "../core/index.js";
import { shareKey, type ReadClaim } from "./read-claim.js";
import type { ValidClaim } from "./schema.js";
import type { SubYearPeriod } from "./sub-year.js";

/** How a structure is printed, for messages. */
const EXPECTED_STRUCTURE = 'shares separated by ： such as "3.9：59.5：36.6"';

/**
 * A structure (三次产业结构 3.9：59.5：36.6): each printed share read as a percentage with its own rounding, kept as a
 * share claim of its part (`of` the total, the structure's id); the structure's interval is the shares' sum. Shares
 * printed to add up to exactly 100 may have been rounded so that they do (0.3：56.6：43.1 for 0.32%, 56.64% and
 * 43.05%): each is then read as within one unit of its last digit, not half of one.
 */
export function readStructure(
  claim: ValidClaim,
  path: readonly (string | number)[],
  problem: (field: string | undefined, message: string, hint?: string) => void,
  read: ReadClaim[],
  partOfYear: { period?: SubYearPeriod },
): void {
  if (!claim.parts) {
    problem(
      "parts",
      "a structure needs its parts, in the order their shares are printed",
      "such as parts: [primary, secondary, tertiary]",
    );
    return;
  }
  const texts = String(claim.value)
    .split(/[：:]/)
    .map((t) => t.trim().replace(/%$/, ""));
  if (texts.length !== claim.parts.length) {
    problem(
      "value",
      `'${claim.value}' has ${texts.length} shares but parts names ${claim.parts.length}`,
      "give one part per printed share",
    );
    return;
  }
  const components: ReadClaim[] = [];
  const figures = texts.map((text) => readPrintedFigure(`${text}%`));
  const addsUp =
    figures.every((f) => f !== undefined) &&
    figures.reduce((sum, f) => sum.plus(f!.value), figures[0]!.value.times(0)).eq(1);
  for (const [i, text] of texts.entries()) {
    const figure = figures[i];
    if (!figure || figure.negative) {
      problem(
        "value",
        `'${text}' (share ${i + 1} of '${claim.value}') is not a share as printed`,
        `expected ${EXPECTED_STRUCTURE}`,
      );
      return;
    }
    components.push({
      id: claim.id,
      indicator: shareKey(claim.parts[i]!, claim.indicator),
      kind: "share",
      year: claim.year!,
      ...partOfYear,
      of: claim.indicator,
      figure,
      qualifiers: [],
      meanings: [],
      interval: addsUp ? oneUnitEachWay(figure.interval) : figure.interval,
      path,
    });
  }
  const figure = readPrintedFigure("100%")!;
  read.push({
    id: claim.id,
    indicator: claim.indicator,
    kind: "structure",
    year: claim.year!,
    ...partOfYear,
    ...(claim.quote !== undefined ? { quote: claim.quote } : {}),
    figure: { ...figure, text: String(claim.value) },
    qualifiers: [],
    meanings: [],
    // the shares as each is printed add up to the structure (so shares that add up to exactly 100 fit, as they do)
    interval: components.map((c) => c.figure.interval).reduce(addIntervals),
    components,
    path,
  });
}

/** A rounded figure's interval widened from half a unit of its last digit each way to one unit, open at both ends. */
function oneUnitEachWay(rounded: Interval): Interval {
  if (rounded.lo === null || rounded.hi === null) return rounded;
  const half = rounded.hi.minus(rounded.lo).div(2);
  return { lo: rounded.lo.minus(half), hi: rounded.hi.plus(half), loClosed: false, hiClosed: false };
}
