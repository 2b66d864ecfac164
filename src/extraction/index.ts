/**
 * Extraction: a report's text read into claims (the claims-file shape, each with its quote, span and line), the
 * targets it sets, the numbers that are no figure, and the relations that hold by definition between what it prints.
 */
export { extractClaims, type ExtractOptions } from "./extract.js";
export type { Extraction, ExtractedClaim, ExtractedTarget, UnclassifiedNumber } from "./types.js";
export { claimsDefinitionOf } from "./claims-file.js";
