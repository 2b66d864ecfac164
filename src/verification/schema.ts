import * as z from "zod";
import { CLAIM_KINDS, KINDS } from "./kinds/index.js";

/**
 * The claims file's shape (README, "Verifying printed figures"): printed figures with their rounding and qualifiers, and
 * identities between indicators. Values are strings so that printed decimals survive YAML (`"5.10%"` keeps
 * two decimals); numbers are accepted too, as JavaScript prints them.
 */

/** The kinds of claim are the registry's (`kinds/`): one file each, with what it states and how it is read. */
export { CLAIM_KINDS, type ClaimKind } from "./kinds/index.js";

/** Qualifiers as printed, with English aliases. */
export const QUALIFIERS = [
  "预计",
  "以上",
  "不低于",
  "至少",
  "以下",
  "以内",
  "不超过",
  "不到",
  "不足",
  "低于",
  "超过",
  "超",
  "突破",
  "逾",
  "余",
  "多",
  "左右",
  "约",
  "近",
  "estimated",
  "at_least",
  "at_most",
  "more_than",
  "less_than",
  "about",
  "nearly",
] as const;
export type QualifierWord = (typeof QUALIFIERS)[number];

/**
 * The prices a money figure is at: current prices (现价, 当年价: a level as printed, `nominal` is the same) or
 * comparable prices (按可比价格计算: a real growth rate, with price changes taken out).
 */
export const PRICE_BASES = ["current", "comparable", "nominal"] as const;
export type PriceBasisWord = (typeof PRICE_BASES)[number];

const priceBasis = z.enum(PRICE_BASES, { error: "a price basis is current (现价) or comparable (可比价)" });

const printedValue = z.union([z.string(), z.number()], {
  error: 'expected the figure as printed, such as "276" or "5.1%"',
});

/** What a guessed reading may take that its text does not print. */
export const GUESSED_FIELDS = ["year", "base", "subject", "period"] as const;

/** One printed figure. */
export const claimSchema = z.strictObject({
  id: z.string().min(1),
  quote: z.string().optional().meta({ description: "the sentence the figure is printed in" }),
  label: z.string().optional().meta({
    description: "the indicator's name as printed (第一产业增加值); Chinese sentences use it where no model gives one",
  }),
  indicator: z.string().min(1),
  region: z.string().min(1).optional().meta({
    description:
      "the region the figure is of, when not the document's own (青山县 in a prefecture's communiqué): filed apart, with its own totals",
  }),
  breakdown: z.string().min(1).optional().meta({
    description: "the part of the indicator the figure is of (制造业 of investment): filed apart from the whole",
  }),
  kind: z
    .enum(CLAIM_KINDS)
    .meta({ description: `what the figure states: ${CLAIM_KINDS.map((k) => `${k}, ${KINDS[k].states}`).join("; ")}` }),
  year: z.number().int().optional().meta({ description: "for a level or share: its year" }),
  from: z.number().int().optional().meta({ description: "for a change: the first year of the period" }),
  to: z.number().int().optional().meta({ description: "for a change: the last year of the period" }),
  period: z.string().optional().meta({
    description:
      "the part of each year the figure is for: Q1 (一季度), H1 (上半年), Q1-Q3 (前三季度), M1-M10 (1—10月), M3 (3月); a change then compares the same months of its two years (同比)",
  }),
  value: printedValue,
  unit: z.string().optional().meta({ description: "the unit the figure is printed in (亿元, 万吨标准煤 …)" }),
  qualifiers: z.array(z.enum(QUALIFIERS, { error: `a qualifier is one of ${QUALIFIERS.join(", ")}` })).optional(),
  exact: z.boolean().optional().meta({
    description: "the figure is exact, not rounded (a plan target: 2025年达到70%); counts in 个/家/人 are exact anyway",
  }),
  basis: priceBasis
    .optional()
    .meta({ description: "for money figures: at current prices (现价) or comparable prices (可比价)" }),
  of: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "for a contribution or contribution share: the total the part contributes to (gdp)" }),
  ofLabel: z.string().min(1).optional().meta({
    description:
      "the total's name as printed (全社会固定资产投资 of 占全社会固定资产投资比重): Chinese sentences use it",
  }),
  parts: z
    .array(z.string().min(1))
    .min(2)
    .optional()
    .meta({ description: "for a structure: the parts, in the order their shares are printed" }),
  than: z
    .strictObject({
      indicator: z.string().min(1).optional(),
      region: z.string().min(1).optional().meta({
        description:
          "the other rate's region (高于全省: 全省); omitted, the document's own — or, for the same indicator in another period, the claim's",
      }),
      from: z.number().int().optional(),
      to: z.number().int().optional(),
      period: z.string().optional().meta({ description: "the other rate's part of the year (比一季度加快: Q1)" }),
    })
    .optional()
    .meta({ description: "for a rate difference: the other rate (another indicator, or another period of this one)" }),
  deflates: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .optional()
    .meta({
      description:
        "for a price change (GDP 平减指数, CPI): the money indicators whose current- and comparable-price figures it links",
    }),
  note: z.string().optional(),
  assumes: z.array(z.enum(GUESSED_FIELDS)).optional().meta({
    description:
      "with confidence: guess, what the reading takes that the text does not print: its year, its base, its subject, its part of the year",
  }),
  confidence: z.enum(["high", "guess"], { error: "confidence is high or guess" }).optional().meta({
    description:
      "guess: the reading rests on something the text does not print (its year, an average's period, a subject carried over), said in note; a check that uses it is to review, never a finding",
  }),
});

const identityYears = z
  .array(z.number().int())
  .min(1)
  .optional()
  .meta({ description: "the years the identity holds in (a change identity: the periods ending in them)" });

/**
 * An identity between indicators, `energy_intensity = energy / gdp`: written alone, or with an id, a note and the
 * years it holds in (`{ check: s_agr = 1 - s_for - s_ani, years: [1952] }`; `formula:` is the same as `check:`).
 */
export const identitySchema = z.union(
  [
    z.string(),
    z.strictObject({
      id: z.string().optional(),
      formula: z.string(),
      years: identityYears,
      note: z.string().optional(),
    }),
    z.strictObject({ id: z.string().optional(), check: z.string(), years: identityYears, note: z.string().optional() }),
  ],
  { error: 'expected an identity such as "energy_intensity = energy / gdp", or { check: …, years: [2021] }' },
);

/** A whole claims file. */
export const claimsSchema = z.strictObject({
  name: z.string().optional(),
  source: z.string().optional(),
  model: z
    .string()
    .optional()
    .meta({ description: "a model file, relative to this file; its indicators and units are then used" }),
  basis: z
    .strictObject({
      levels: priceBasis
        .optional()
        .meta({ description: "the prices of money levels that say nothing (default current)" }),
      growth: priceBasis.optional().meta({
        description:
          "the prices of money changes that say nothing and whose indicator is of no known family (unstated by default)",
      }),
      indicators: z
        .record(z.string(), priceBasis)
        .optional()
        .meta({ description: "the prices of one indicator's changes, over its family's: { trade: comparable }" }),
    })
    .optional()
    .meta({
      description:
        "what a text means when it says nothing: levels are at current prices; a change is at its indicator's family's prices (value added comparable; sales, investment, public finance, trade, income current), else at growth",
    }),
  settings: z
    .strictObject({
      about: z
        .union([z.string(), z.number()])
        .optional()
        .meta({ description: "how far 左右/约 may stray, relative to the value (default 10%)" }),
    })
    .optional(),
  claims: z.array(z.unknown()),
  identities: z.array(z.unknown()).optional(),
  parts: z
    .record(z.string(), z.array(z.string().min(1)).min(2))
    .optional()
    .meta({
      description:
        "totals and their parts, { gdp: [primary, secondary, tertiary] }: the parts' levels add up to the total, and their growth, contributions and shares make the total's",
    }),
  means: z
    .record(z.string(), z.array(z.string().min(1)).min(2))
    .optional()
    .meta({
      description:
        "averages over groups, { income_per_capita: [urban_income, rural_income] }: the whole's average lies between its groups' in the same year",
    }),
});

/** A claims definition as written. */
export type ClaimsDefinition = z.input<typeof claimsSchema>;
/** One claim as written. */
export type ClaimDefinition = z.input<typeof claimSchema>;
export type ValidClaim = z.output<typeof claimSchema>;
export type IdentityDefinition = z.input<typeof identitySchema>;

/** The JSON Schema of claims files. */
export function claimsJsonSchema(): Record<string, unknown> {
  const full = z.strictObject({
    ...claimsSchema.shape,
    claims: z.array(claimSchema),
    identities: z.array(identitySchema).optional(),
  });
  return z.toJSONSchema(full, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
