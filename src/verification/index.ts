/**
 * The verification layer: printed figures read as the intervals their rounding and qualifiers allow, the checks
 * between them (average growth against cumulative change, levels against changes, percentage points against
 * levels, identities on levels and on changes), verdicts with sentences, and assertions for test suites.
 */
export { verifyClaims } from "./verify.js";
export { VerificationReport, type Check, type CheckKind, type Verdict, type VerifyJson } from "./report.js";
export { claimsJsonSchema, type ClaimsDefinition, type ClaimDefinition, type ClaimKind } from "./schema.js";
export { inAYear } from "./kinds/index.js";
export { takesPriceBasis } from "./claims.js";
export { describeInterval } from "./describe.js";
export { assertClaimsConsistent, assertGrowthConsistent, ClaimsAssertionError, type GrowthFigures } from "./assert.js";
export { readSubYearPeriod, SUB_YEAR_WORDS } from "./sub-year.js";
export { familyBasis } from "./price-basis.js";
export { regionalId } from "./read-claim.js";
export { filedName, namesInFormula } from "./sentences.js";
