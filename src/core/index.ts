/**
 * The core layer: years, the float and decimal number modes, literals as written, intervals and rounding,
 * issues. Everything else in plansheet builds on it; it imports nothing from the other layers.
 */
export { Timeline } from "./timeline.js";
export { joinSpans, makeSpan, formatFilePosition, type Span } from "./span.js";
export {
  ISSUE_CODES,
  makeIssue,
  hasErrors,
  PlansheetError,
  usageError,
  type Issue,
  type IssueCode,
  type Severity,
} from "./issues.js";
export { Dec, DECIMAL_PRECISION } from "./decimal.js";
export { CellFailure } from "./cell-failure.js";
export {
  floatArithmetic,
  decimalArithmetic,
  roundHalfAwayFromZero,
  type Arithmetic,
  type NumberMode,
} from "./arithmetic.js";
export { ScaleMode, scaleModeOf, scaler } from "./unit-scale.js";
export { parseQuantityLiteral, plainLiteral, type QuantityLiteral, type LiteralKind } from "./literal.js";
export {
  interval,
  intervalContains,
  intervalsOverlap,
  isEmptyInterval,
  formatInterval,
  type Interval,
} from "./interval.js";
export { readPrintedFigure, truncationInterval, type PrintedFigure } from "./rounding.js";
export { didYouMean } from "./suggest.js";
export {
  pointInterval,
  addIntervals,
  subtractIntervals,
  multiplyIntervals,
  divideIntervals,
  powerIntervalInteger,
  rootInterval,
  scaleInterval,
  intervalArithmetic,
} from "./interval-arithmetic.js";
export { normalQuantile, normalCdf, betaQuantile, logGamma, regularizedBeta } from "./special-functions.js";
export { xoshiro128, trialRng, type Rng } from "./rng.js";
export { cholesky } from "./cholesky.js";
export {
  JUPYTER_DISPLAY,
  INSPECT,
  VEGA_LITE_MIME,
  escapeHtml,
  htmlElement,
  setPresenter,
  presentation,
  tableBundle,
  withDisplay,
  csvOf,
  display,
  type DisplaySink,
  type MimeBundle,
  type DocumentLike,
  type Displayable,
  type Presentation,
  type ResultKind,
} from "./display.js";
export { UTF8_BOM, csvText, type CsvCell } from "./csv.js";
