/**
 * The formula layer: the formula language on the mathjs parser (parse), plansheet's checks and unit
 * inference (check), and the planning functions with their documented edge cases (functions/).
 */
export { toSExpression, type Expr, type CompareOp } from "./ast.js";
export { parseFormula } from "./parse.js";
export { isNameStart, isNamePart, lexFormula, type NameGrammar } from "./lexer.js";
export { checkFormula, type FormulaScope, type CheckOptions, type CheckedFormula } from "./check.js";
export {
  walk,
  yearsNamed,
  resolveYear,
  absoluteYears,
  replaceYear,
  type CheckedExpr,
  type YearArg,
  type Reads,
} from "./checked.js";
export type { CheckProblem } from "./typed.js";
export {
  FUNCTIONS,
  ENDPOINT_RULES,
  RANGE_RULES,
  VALUE_RULES,
  ruleOf,
  backwardPeriod,
  cagr,
  elasticityOfEnds,
  EXCEL_MISSING,
  type ExcelForm,
  type FunctionSpec,
} from "./functions/index.js";
