/**
 * The core layer: years, spans, issues and suggestions here; the float and decimal number modes and literals as
 * written in `numbers/`; intervals and the rounding of printed figures in `intervals/`; the seeded generator and
 * the special functions of sampling in `random/`; what notebooks display and CSV text in `output/`. Everything
 * else in plansheet builds on it; it imports nothing from the other layers.
 */
export { Timeline } from "./timeline.js";
export { joinSpans, makeSpan, formatFilePosition, type Span } from "./span.js";
export {
  ISSUE_CODES,
  makeIssue,
  hasErrors,
  PlansheetError,
  usageError,
  isModuleNotFound,
  missingPackageError,
  type Issue,
  type IssueCode,
  type Severity,
} from "./issues.js";
export { Dec, DECIMAL_PRECISION } from "./numbers/decimal.js";
export { CellFailure } from "./numbers/cell-failure.js";
export {
  defineArithmetic,
  floatArithmetic,
  decimalArithmetic,
  roundHalfAwayFromZero,
  type Arithmetic,
  type NumberMode,
} from "./numbers/arithmetic.js";
export { ScaleMode, scaleModeOf, scaler } from "./numbers/unit-scale.js";
export { parseQuantityLiteral, plainLiteral, type QuantityLiteral, type LiteralKind } from "./numbers/literal.js";
export {
  interval,
  intervalContains,
  intervalsOverlap,
  isEmptyInterval,
  hullOfIntervals,
  formatInterval,
  type Interval,
} from "./intervals/interval.js";
export { readPrintedFigure, truncationInterval, type PrintedFigure } from "./intervals/rounding.js";
export { didYouMean } from "./suggest.js";
export { chineseNumber } from "./numbers/chinese-numerals.js";
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
} from "./intervals/interval-arithmetic.js";
export { normalQuantile, normalCdf, betaQuantile, logGamma, regularizedBeta } from "./random/special-functions.js";
export { xoshiro128, trialRng, type Rng } from "./random/rng.js";
export { cholesky } from "./random/cholesky.js";
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
} from "./output/display.js";
export { UTF8_BOM, csvText, type CsvCell } from "./output/csv.js";
export type { Language } from "./output/language.js";
export { escapeRegExp, lastStartAtOrBefore, lineAndColumn, lineStarts } from "./text-lines.js";
