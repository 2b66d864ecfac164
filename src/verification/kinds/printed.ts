import type { QuotedClaim } from "./kind.js";

/** The qualifier words of a claim that bound its figure, as printed after it (`以上`, `以内`). */
export function bounds(claim: QuotedClaim): string {
  return claim.qualifiers.filter((q) => q !== "预计" && q !== "estimated" && !/^[a-z_]+$/.test(q)).join("");
}

/** A figure's digits without its sign and its unit of points: 4.8 of "-4.8pp". */
export function magnitude(claim: QuotedClaim): string {
  return claim.figure.text.replace(/^[+-]/, "").replace(/pp|个?百分点/, "");
}
