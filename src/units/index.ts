/**
 * The units layer: statistical units (亿元, 万吨标准煤, %, 百分点 …), their dimensions and scales, and the
 * conversion factors between them. Unit inference for formulas lives in the formula layer, on top of this.
 */
export {
  DIMENSIONLESS,
  PERCENT,
  PERCENTAGE_POINT,
  isDimensionless,
  isWholeCount,
  sameDimensions,
  conversionFactor,
  multiplyUnits,
  divideUnits,
  powerUnit,
  describeUnit,
  type Unit,
  type Dimensions,
  type Flavour,
} from "./unit.js";
export { rational, ONE, isOne, rationalToNumber, formatRational, multiplyRational, divideRational, type Rational } from "./rational.js";
export { lookupUnitWord, catalogueWords, COUNT_WORDS, UNIT_ALIASES } from "./catalogue.js";
export { parseUnit, type ParsedUnit } from "./parse-unit.js";
