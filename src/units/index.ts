/**
 * The units layer: statistical units (亿元, 万吨标准煤, %, 百分点 …), their dimensions and scales, and the
 * conversion factors between them. Unit inference for formulas lives in the formula layer, on top of this.
 */
export {
  DIMENSIONLESS,
  PERCENT,
  PERCENTAGE_POINT,
  isDimensionless,
  isMoney,
  isWholeCount,
  sameDimensions,
  conversionFactor,
  multiplyUnits,
  divideUnits,
  powerUnit,
  type Unit,
} from "./unit.js";
export { isOne, type Rational } from "./rational.js";
export { COUNT_WORDS } from "./catalogue.js";
export { parseUnit, type ParsedUnit } from "./parse-unit.js";
