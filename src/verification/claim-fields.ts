import type { ClaimKind, ValidClaim } from "./schema.js";

/**
 * The fields that belong to some kinds only, with the kinds and what each says: `of` names the total of a share, of a
 * share's point change, of a contribution (拉动) or a contribution share (贡献率); `parts` the parts of a structure;
 * `than` the other rate of a rate difference; `deflates` the money indicators a price change (GDP 平减指数, CPI) is
 * the price change of.
 */
const FIELD_KINDS = {
  of: { kinds: ["share", "pp_change", "contribution", "contribution_share"], says: "names the total of a share, a point change of a share, a contribution or a contribution share" },
  parts: { kinds: ["structure"], says: "names the parts of a structure" },
  than: { kinds: ["rate_difference"], says: "names the other rate of a rate difference" },
  deflates: { kinds: ["cumulative_change", "average_growth", "index"], says: "marks a price change (a deflator or price index) as the prices of money figures" },
} as const satisfies Record<string, { kinds: readonly ClaimKind[]; says: string }>;

/** A field given to a kind it does not belong to: the field, the message and the fix. */
export interface MisplacedField {
  readonly field: keyof typeof FIELD_KINDS;
  readonly message: string;
  readonly hint: string;
}

/** The first field of `claim` that its kind does not take (`of` on a level, `parts` on a share), if any. */
export function misplacedField(claim: ValidClaim): MisplacedField | undefined {
  for (const [field, { kinds, says }] of Object.entries(FIELD_KINDS) as [keyof typeof FIELD_KINDS, (typeof FIELD_KINDS)[keyof typeof FIELD_KINDS]][]) {
    if (claim[field] === undefined || (kinds as readonly ClaimKind[]).includes(claim.kind)) continue;
    const suggestion = kinds.length === 1 ? `use kind: ${kinds[0]}, or remove ${field}` : `use it with kind ${kinds.join(", ")}, or remove it`;
    return { field, message: `${field} ${says}, not a ${claim.kind.replace(/_/g, " ")}`, hint: suggestion };
  }
  return undefined;
}
