import type { ClaimsDefinition } from "../verification/index.js";
import type { Extraction } from "./types.js";

/**
 * An extraction as a claims definition that `verifyClaims` reads: each claim in the claims-file shape (its quote and
 * label kept, a guess written as its note), the proposed identities and parts. No price basis is assumed: a
 * relation that a basis reading would reconcile keeps its verdict and says so; set `basis:` in the file to state it.
 */
export function claimsDefinitionOf(extraction: Extraction, name?: string): ClaimsDefinition {
  return {
    ...(name !== undefined ? { name } : {}),
    claims: extraction.claims.map(({ span: _span, line: _line, confidence: _confidence, ...claim }) => claim),
    ...(extraction.identities.length ? { identities: [...extraction.identities] } : {}),
    ...(Object.keys(extraction.parts).length ? { parts: extraction.parts } : {}),
  };
}
