/**
 * The formula layer: the formula language on the mathjs parser (parse), plansheet's checks and unit
 * inference (check), and the planning functions with their documented edge cases (functions/).
 */
export { toSExpression, type Expr, type CompareOp } from "./ast.js";
export { parseFormula, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH, type FormulaProblem, type ParseOutcome } from "./parse.js";
export { lexFormula, isNameStart, isNamePart } from "./lexer.js";
export { checkFormula, type FormulaScope, type CheckOptions, type CheckedFormula, type CheckOutcome } from "./check.js";
export {
  collectReads,
  dependsOnYear,
  children,
  walk,
  yearsNamed,
  mapChildren,
  mapYears,
  resolveYear,
  relativeYear,
  absoluteYear,
  absoluteYears,
  replaceYear,
  type CheckedExpr,
  type YearArg,
  type SeriesFunction,
  type MathFunction,
  type CellReference,
  type Reads,
} from "./checked.js";
export { describeType, type ValueType, type Typed, type CheckProblem } from "./typed.js";
export { FUNCTIONS, cagr, relativeChange, elasticity, sumValues, type FunctionSpec, type ParamKind } from "./functions/index.js";
