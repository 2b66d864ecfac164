/*
 * The pieces every function's spreadsheet form is written with (`excel` in its spec): a spreadsheet formula that is
 * missing wherever plansheet's value is, so that an exported workbook recomputes plansheet's numbers.
 */

/** The spreadsheet's missing value (`#N/A`), which every formula reading it passes on: a plansheet value that is missing. */
export const EXCEL_MISSING = "NA()";

/** `(end/start)^(1/years)-1`, missing where `cagr` fails: a period that does not run forward, a start ≤ 0, an end < 0. */
export function excelCagr(start: string, end: string, years: number): string {
  if (years <= 0) return EXCEL_MISSING;
  return `IF(OR(${start}<=0,${end}<0),${EXCEL_MISSING},(${end}/${start})^(1/${years})-1)`;
}

/** The sum of some terms, in parentheses; missing when there are none (a run of years that does not run forward). */
export function excelSum(terms: readonly string[]): string {
  return terms.length === 0 ? EXCEL_MISSING : `(${terms.join("+")})`;
}

/** The mean of some terms: their sum over their count; missing when there are none. */
export function excelMean(terms: readonly string[]): string {
  return terms.length === 0 ? EXCEL_MISSING : `(${excelSum(terms)}/${terms.length})`;
}

/** A spreadsheet function applied to the arguments' texts: `MIN(a,b)`. */
export function excelCall(name: string): (args: readonly string[]) => string {
  return (args) => `${name}(${args.join(",")})`;
}
