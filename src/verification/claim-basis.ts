import type { PriceBasis } from "./read-claim.js";
import { familyBasis } from "./price-basis.js";
import type { PriceBasisWord, ValidClaim } from "./schema.js";

/**
 * The basis of figures that state none, from the claims file's `basis:`: levels at current prices unless said
 * otherwise; a change at its indicator's basis (`indicators`), else its family's (`price-basis.ts`), else `growth`.
 */
export interface BasisDefaults {
  readonly levels: PriceBasis;
  readonly growth?: PriceBasis;
  readonly indicators?: Readonly<Record<string, PriceBasis>>;
}

/** A basis as written: `nominal` is current prices. */
export function priceBasisOf(word: PriceBasisWord): PriceBasis {
  return word === "comparable" ? "comparable" : "current";
}

/** A claim's price basis: its own; for a level, the file's levels default; for a change, the indicator's, its family's or the file's. */
export function basisOf(
  claim: ValidClaim,
  isLevel: boolean,
  defaults: BasisDefaults | undefined,
): { basis?: PriceBasis } {
  if (claim.basis !== undefined) return { basis: priceBasisOf(claim.basis) };
  const basis = isLevel
    ? (defaults?.levels ?? "current")
    : (defaults?.indicators?.[claim.indicator] ?? familyBasis(claim.indicator, claim.label) ?? defaults?.growth);
  return basis ? { basis } : {};
}
