/**
 * The core layer: years, the float and decimal number modes, literals as written, intervals and rounding,
 * issues. Everything else in plansheet builds on it; it imports nothing from the other layers.
 */
export { Timeline } from "./timeline.js";
export { joinSpans, makeSpan, formatFilePosition, excerptFormula, type Span, type FilePosition, type FormulaExcerpt } from "./span.js";
export {
  ISSUE_CODES,
  makeIssue,
  hasErrors,
  PlansheetError,
  type Issue,
  type IssueCode,
  type IssueFields,
  type Severity,
  type CellCause,
} from "./issues.js";
export { Dec, DECIMAL_PRECISION, decimalOf } from "./decimal.js";
export { CellFailure } from "./cell-failure.js";
export {
  floatArithmetic,
  decimalArithmetic,
  roundHalfAwayFromZero,
  type Arithmetic,
  type NumberMode,
} from "./arithmetic.js";
export { parseQuantityLiteral, plainLiteral, PP_SUFFIXES, type QuantityLiteral, type LiteralKind } from "./literal.js";
export {
  interval,
  isEmptyInterval,
  intervalContains,
  intersectIntervals,
  intervalsOverlap,
  formatInterval,
  type Interval,
} from "./interval.js";
export { readPrintedFigure, truncationInterval, type PrintedFigure } from "./rounding.js";
export { editDistance, closestNames, didYouMean } from "./suggest.js";
export {
  pointInterval,
  WHOLE_LINE,
  EMPTY_INTERVAL,
  addIntervals,
  subtractIntervals,
  negateInterval,
  multiplyIntervals,
  divideIntervals,
  reciprocalInterval,
  powerIntervalInteger,
  expInterval,
  logInterval,
  rootInterval,
  absInterval,
  scaleInterval,
  intervalHoldsZero,
} from "./interval-arithmetic.js";
export { xoshiro128, trialRng, type Rng } from "./rng.js";
export { cholesky } from "./cholesky.js";
