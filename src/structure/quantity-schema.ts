import * as z from "zod";
import { parseQuantityLiteral, plainLiteral, type QuantityLiteral } from "../core/index.js";

const NOT_FINITE = "not a finite number";

/** The schema of a number as written: a number or text in, a {@link QuantityLiteral} out. */
export type QuantitySchema = z.ZodType<QuantityLiteral, number | string>;

/**
 * A number as a planner writes it: `276` (in the indicator's unit), `"5%"` (a ratio of 0.05), `"0.62pp"` or
 * `"0.62百分点"` (a ratio of 0.0062). Read exactly; `.inf` and `.nan` are refused.
 */
export const quantitySchema: QuantitySchema = z
  .union([z.number(), z.string()], {
    error: (issue) =>
      typeof issue.input === "number"
        ? `${NOT_FINITE}: ${String(issue.input)}`
        : "expected a number such as 276, 5% or 0.6pp",
  })
  .transform((input, ctx): QuantityLiteral => {
    if (typeof input === "number") return plainLiteral(input);
    const literal = parseQuantityLiteral(input);
    if (!literal) {
      ctx.addIssue({
        code: "custom",
        message: `'${input}' is not a number as plansheet reads it: write 276, 5% or 0.6pp`,
      });
      return z.NEVER;
    }
    return literal;
  })
  .meta({ description: 'a number: 276, "5%" (= 0.05), "0.62pp" or "0.62百分点" (= 0.0062)' });

/** True when a zod message is the one for Infinity or NaN (reported with its own issue code). */
export function isNonFiniteMessage(message: string): boolean {
  return message.startsWith(NOT_FINITE);
}
