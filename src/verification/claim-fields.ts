import { CLAIM_KINDS, KINDS, type ClaimField, type ClaimKind } from "./kinds/index.js";
import type { ValidClaim } from "./schema.js";

/**
 * The fields that belong to some kinds only, with the kinds and what each says: `of` names the total of a share, of a
 * share's point change, of a contribution (拉动) or a contribution share (贡献率); `parts` the parts of a structure;
 * `than` the other rate of a rate difference; `deflates` the money indicators a price change (GDP 平减指数, CPI) is
 * the price change of.
 */
const SAYS: Record<ClaimField, string> = {
  of: "names the total of a share, a point change of a share, a contribution or a contribution share",
  parts: "names the parts of a structure",
  than: "names the other rate of a rate difference",
  deflates: "marks a price change (a deflator or price index) as the prices of money figures",
};

/** Each field with the kinds that take it (from the registry) and what it says. */
const FIELD_KINDS = Object.fromEntries(
  (Object.keys(SAYS) as ClaimField[]).map((field) => [
    field,
    { kinds: CLAIM_KINDS.filter((k) => KINDS[k].fields.includes(field)), says: SAYS[field] },
  ]),
) as unknown as Record<ClaimField, { kinds: readonly ClaimKind[]; says: string }>;

/** A field given to a kind it does not belong to: the field, the message and the fix. */
export interface MisplacedField {
  readonly field: ClaimField;
  readonly message: string;
  readonly hint: string;
}

/** The first field of `claim` that its kind does not take (`of` on a level, `parts` on a share), if any. */
export function misplacedField(claim: ValidClaim): MisplacedField | undefined {
  for (const [field, { kinds, says }] of Object.entries(FIELD_KINDS) as [
    ClaimField,
    (typeof FIELD_KINDS)[ClaimField],
  ][]) {
    if (claim[field] === undefined || kinds.includes(claim.kind)) continue;
    const suggestion =
      kinds.length === 1
        ? `use kind: ${kinds[0]}, or remove ${field}`
        : `use it with kind ${kinds.join(", ")}, or remove it`;
    return { field, message: `${field} ${says}, not a ${claim.kind.replace(/_/g, " ")}`, hint: suggestion };
  }
  return undefined;
}
