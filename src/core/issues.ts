import { excerptFormula, type Span } from "./span.js";

/** How serious an issue is: an `error` stops a build (or nulls a cell), a `warning` does not, `info` notes a gap. */
export type Severity = "error" | "warning" | "info";

/**
 * Every issue code plansheet can report, with its default severity and a one-line meaning. The code is the
 * stable part of an issue (scripts may switch on it); the message is for people.
 */
export const ISSUE_CODES = {
  // reading files and the model's shape
  invalid_yaml: ["error", "the file is not valid YAML"],
  invalid_json: ["error", "the file is not valid JSON"],
  file_unreadable: ["error", "the file could not be read"],
  file_unwritable: ["error", "an output file could not be written"],
  schema: ["error", "a field has the wrong shape"],
  invalid_id: ["error", "an indicator, group or scenario id is not a valid name"],
  duplicate_id: ["error", "two things share one id"],
  non_finite_number: ["error", "a number in the file is not finite"],
  percent_slip: ["error", "a bare number above 1 given for a share or rate"],
  bare_ratio: ["warning", "a bare number for a share or rate, read as the ratio (0.5 is 50%)"],
  year_outside_timeline: ["error", "a year lies outside the model's timeline"],
  model_too_large: ["error", "the model has more cells, or its formulas read more cells, than plansheet evaluates"],
  // formulas
  syntax: ["error", "the formula does not parse"],
  refused_construct: ["error", "the formula uses a construct plansheet does not accept"],
  unknown_reference: ["error", "the formula names an indicator that does not exist"],
  unknown_function: ["error", "the formula calls a function plansheet does not have"],
  wrong_arguments: ["error", "a function is called with the wrong arguments"],
  invalid_year: ["error", "a year argument is not a year"],
  number_expected: ["error", "a number was expected where a condition stands"],
  condition_expected: ["error", "a condition was expected where a number stands"],
  formula_too_deep: ["error", "the formula nests too deeply to evaluate"],
  formula_too_long: ["error", "the formula is longer than plansheet reads"],
  // units
  unit_unknown: ["warning", "a unit plansheet does not know, taken as its own count"],
  unit_mismatch: ["error", "two quantities of different units are combined"],
  unit_not_convertible: ["error", "a formula's unit cannot be converted to the indicator's unit"],
  unit_dimensionless_required: ["error", "a function needs a quantity without a unit"],
  // the dependency graph
  cycle: ["error", "indicators depend on each other in the same year"],
  // cells (evaluation)
  gap: ["info", "no value for a year: not reported and no rule applies"],
  outside_timeline: ["info", "a lag or lead reaches outside the timeline"],
  depends_on_missing: ["info", "a value could not be computed because an input is missing"],
  division_by_zero: ["error", "division by zero"],
  zero_to_negative_power: ["error", "zero raised to a negative power"],
  domain: ["error", "a function was given a value outside its domain"],
  not_finite: ["error", "a result overflowed or is not a finite number"],
  beyond_float_range: ["warning", "a decimal value lies beyond the range of a JavaScript number"],
  formula_failed: ["error", "the indicator's formula could not be built"],
  // scenarios, targets, levers, uncertainty, claims
  unknown_scenario: ["error", "a scenario that does not exist"],
  scenario_cycle: ["error", "scenarios extend each other in a circle"],
  not_an_input: ["error", "an override, lever or distribution names something that is not an input"],
  invalid_bounds: ["error", "bounds with min above max"],
  invalid_target: ["error", "a target that is not a condition"],
  invalid_distribution: ["error", "a distribution with impossible parameters"],
  invalid_claim: ["error", "a claim that cannot be read"],
  digits_lost: ["warning", "a figure written as a bare number lost digits that say how it was rounded"],
  region_unmatched: ["warning", "a claim compares with a region no claim is of"],
  input_overflow: ["error", "a growth path sets an input beyond the largest number a double holds"],
  scenario_too_deep: ["error", "a scenario extends a chain of parents deeper than plansheet follows"],
  parts_apart: ["warning", "the parts of a total are printed for different parts of the year"],
  usage: ["error", "a command or function was called the wrong way"],
  missing_package: ["error", "an optional package the feature needs is not installed"],
  // report texts read for extraction
  report_unreadable: ["error", "the report is not text plansheet can read (empty, binary)"],
  report_decoded: ["warning", "the report was not UTF-8 or plain text and was converted"],
  report_no_figures: ["warning", "the report's text holds no figure"],
  report_assumed: [
    "warning",
    "the report does not print something its figures need (its year); what was taken instead is said",
  ],
  // data files read into history (CSV, xlsx)
  data_unreadable: ["error", "a data file cannot be read as a table (not CSV, not a workbook, no such sheet or range)"],
  data_layout: ["error", "a data table's layout cannot be told: where its years, names and values are"],
  data_missing_year: ["error", "a row or column of a data table has no year"],
  data_not_a_number: ["error", "a cell of a data table holds something that is not a number"],
  data_unknown_name: ["error", "a header or row name of a data table matches no indicator"],
  data_duplicate: ["error", "a value of a data table is given twice (two rows, two files, or the model and a file)"],
  data_unit: ["error", "a data table gives an indicator in another unit than the model, or in mixed units"],
} as const satisfies Record<string, readonly [Severity, string]>;

/** A stable issue code, e.g. `unknown_reference`. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** The cell whose failure caused another cell to be missing: the root of a chain of missing values. @inline */
export interface CellCause {
  readonly indicator: string;
  readonly year: number;
  readonly code: IssueCode;
}

/**
 * One problem found in a model, a formula, a cell or a claim, as data: a code, where it is (file position,
 * path inside the file, indicator, year, span in the formula) and a message a planner can act on.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to change, when plansheet can tell. */
  readonly hint?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** A spreadsheet's cell, `主要指标!C4`, for a problem in a workbook (then `line` and `column` are absent). */
  readonly cell?: string;
  /** Path inside the model or claims file, e.g. `["indicators", "gdp", "formula"]`. */
  readonly path?: readonly (string | number)[];
  readonly indicator?: string;
  readonly year?: number;
  /** Every year the issue applies to, when it covers several cells of one indicator. */
  readonly years?: readonly number[];
  /**
   * The formula's text and the offending stretch of it, as offsets into that text. A long formula is quoted in
   * part, around the span (see `excerptFormula`): cut ends are marked `…`, and `formulaOffset` says where the
   * quoted text starts in the whole formula.
   */
  readonly formula?: string;
  readonly span?: Span;
  readonly formulaOffset?: number;
  /** For a missing cell: the cell whose failure made it missing. */
  readonly cause?: CellCause;
}

/** Fields of an issue other than its code and severity. */
export type IssueFields = Omit<Issue, "code" | "severity"> & { severity?: Severity };

/** Makes an issue with the code's default severity (unless `fields.severity` says otherwise). */
export function makeIssue(code: IssueCode, fields: IssueFields): Issue {
  const { severity, ...rest } = fields;
  const issue: Issue = { code, severity: severity ?? ISSUE_CODES[code][0], ...rest };
  if (rest.formula === undefined) return issue;
  const excerpt = excerptFormula(rest.formula, rest.span);
  if (excerpt.text === rest.formula) return issue;
  return {
    ...issue,
    formula: excerpt.text,
    ...(excerpt.span ? { span: excerpt.span } : {}),
    formulaOffset: excerpt.offset,
  };
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/**
 * Thrown when a model, a claims file or a call cannot be used as given. `issues` lists every problem found,
 * not just the first, each with its place.
 */
export class PlansheetError extends Error {
  readonly issues: readonly Issue[];

  constructor(message: string, issues: readonly Issue[]) {
    super(message);
    this.name = "PlansheetError";
    this.issues = issues;
  }
}

/**
 * A call that cannot be made as given (an unknown target, a probability of 120%, a chart of nothing): the error,
 * with its message and, where one helps, a hint saying what to write instead. Every usage error is made here.
 */
export function usageError(message: string, hint?: string): PlansheetError {
  return new PlansheetError(message, [makeIssue("usage", { message, ...(hint ? { hint } : {}) })]);
}

/** Whether an import failed because the package is not there (rather than failing inside it), or a loader said so of its cause. */
export function isModuleNotFound(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "ERR_MODULE_NOT_FOUND" || e.code === "MODULE_NOT_FOUND") return true;
  }
  return false;
}

/**
 * The error of a feature whose optional package is not installed: `purpose` says what needs it (`drawing a chart`),
 * `install` the command that installs it. The message names no path of the machine.
 */
export function missingPackageError(name: string, purpose: string, install: string): PlansheetError {
  const message = `${purpose} needs the package '${name}', which is not installed: ${install}`;
  return new PlansheetError(message, [makeIssue("missing_package", { message, hint: install })]);
}
