/**
 * The verification layer: printed figures read as the intervals their rounding and qualifiers allow, the checks
 * between them (average growth against cumulative change, levels against changes, percentage points against
 * levels, identities on levels and on changes), verdicts with sentences, and assertions for test suites.
 */
export { verifyClaims, type VerifyOptions } from "./verify.js";
export { VerificationReport, type Check, type CheckKind, type Verdict, type VerifyJson } from "./report.js";
export {
  claimsSchema,
  claimSchema,
  claimsJsonSchema,
  CLAIM_KINDS,
  QUALIFIERS,
  type ClaimsDefinition,
  type ClaimDefinition,
  type ClaimKind,
  type QualifierWord,
} from "./schema.js";
export { qualifiedInterval, QUALIFIER_MEANING, DEFAULT_ABOUT_TOLERANCE, type QualifierMeaning } from "./qualifiers.js";
export { averageFromCumulative, cumulativeFromAverage, checkAverageAgainstCumulative } from "./check-growth.js";
export { evaluateInterval, monomialExponents, NotEvaluable } from "./interval-eval.js";
export { describeInterval, intervalToJson, type Scale } from "./describe.js";
export { assertClaimsConsistent, assertGrowthConsistent, ClaimsAssertionError, type GrowthFigures } from "./assert.js";
export type { ReadClaim } from "./claims.js";
