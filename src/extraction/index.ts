/**
 * Extraction: a report's text read as a document (head, headings, paragraphs, tables), its context (kind, region,
 * year, part of the year) and every figure by a clause grammar whose words are data (`vocabulary/`): claims in the
 * claims-file shape (each with its quote, spans, line and what was assumed), the targets it sets, the numbers that
 * are no figure, and the relations that hold by definition between what it prints.
 */
export { extractClaims, type ExtractOptions } from "./extract.js";
export type {
  Extraction,
  ExtractedClaim,
  ExtractedTarget,
  ExtractedAssumption,
  UnclassifiedNumber,
  DocumentInfo,
} from "./types.js";
export { claimsDefinitionOf, filedUnder } from "./claims-file.js";
