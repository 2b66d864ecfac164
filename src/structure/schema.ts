import * as z from "zod";
import { DISTRIBUTION_FAMILIES, distributionShapes as distributionShapesOf } from "./distributions/index.js";
import { quantitySchema } from "./quantity-schema.js";

/**
 * The model file's shape, as one zod schema: the source of truth for validation, for the TypeScript types
 * of a model definition, and for the JSON Schema that `plansheet schema` prints.
 */

const yearKey = z.string().regex(/^-?\d+$/, "a year, such as 2021");

/** A label: plain text, or `{ zh, en }`. */
export const labelSchema = z.union(
  [z.string(), z.strictObject({ zh: z.string().optional(), en: z.string().optional() })],
  {
    error: "expected text, or { zh, en }",
  },
);

/** A reported value: `276`, or `{ value: 276, quote: 预计2021年完成地区生产总值276亿元 }`. */
const historyEntrySchema = z.union(
  [
    quantitySchema,
    z.strictObject({
      value: quantitySchema,
      quote: z.string().optional(),
      note: z.string().optional(),
      assumption: z.boolean().optional(),
    }),
  ],
  { error: "expected a number (276, 5%) or { value, quote }" },
);

/** An input: a constant that holds in every year, or a series by year. */
const inputValueSchema = z.union([quantitySchema, z.record(yearKey, quantitySchema)], {
  error: "expected a number (276, 5%), or values by year",
});

/** One indicator: how each of its cells gets a value (history, formula, projection, value: `rules.ts`). */
export const indicatorSchema = z.strictObject({
  label: labelSchema.optional(),
  unit: z.string().optional().meta({ description: "亿元, 万吨标准煤, 吨标准煤/万元, %, 百分点 …" }),
  history: z
    .record(yearKey, historyEntrySchema)
    .optional()
    .meta({ description: "reported values by year; they win over every rule" }),
  formula: z
    .string()
    .optional()
    .meta({ description: "a definition that holds in every year without a reported value" }),
  projection: z.string().optional().meta({ description: "the rule for years after the base year" }),
  backcast: z
    .string()
    .optional()
    .meta({ description: "the rule for years before the base year without a reported value" }),
  value: inputValueSchema.optional().meta({ description: "an input: a constant for every year, or values by year" }),
  groups: z.array(z.string()).optional(),
  assumption: z.boolean().optional().meta({ description: "true when the source does not give this input" }),
  note: z.string().optional(),
  quote: z.string().optional(),
  source: z.string().optional(),
});

/** A scenario's override of one input: a constant, a series by year, or a growth path. */
export const overrideSchema = z.union(
  [
    quantitySchema,
    z.strictObject({
      growth: quantitySchema,
      from: z.number().int().optional().meta({ description: "the year the path starts from (default: the base year)" }),
      start: quantitySchema
        .optional()
        .meta({ description: "the value in the starting year (default: the input's own)" }),
    }),
    z.record(yearKey, quantitySchema),
  ],
  { error: "expected a number, values by year, or { growth: 5% }" },
);

/** A named set of overrides of inputs on top of a parent scenario. */
export const scenarioSchema = z.strictObject({
  label: labelSchema.optional(),
  extends: z.string().optional(),
  set: z.record(z.string(), overrideSchema).optional(),
  note: z.string().optional(),
});

/** A target: a condition written as a formula, e.g. `re_share[2025] < 10%`. */
export const targetSchema = z.strictObject({
  label: labelSchema.optional(),
  check: z.string(),
  kind: z.enum(["约束性", "预期性", "binding", "indicative"]).optional(),
  lever: z
    .string()
    .optional()
    .meta({ description: "the input a planner would move to meet it (solve's default lever)" }),
  quote: z.string().optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

/** An input a planner can move, with bounds. */
export const leverSchema = z.strictObject({
  min: quantitySchema,
  max: quantitySchema,
  label: labelSchema.optional(),
  note: z.string().optional(),
});

const distributionShapes = distributionShapesOf();
const familyNames = DISTRIBUTION_FAMILIES.map((f) => f.name);

/** A distribution on an input, drawn once per trial (default) or independently in every projected year. */
export const distributionSchema = z
  .strictObject({
    ...distributionShapes,
    draw: z.enum(["once", "yearly"]).optional(),
    note: z.string().optional(),
  })
  .refine((d) => familyNames.filter((k) => d[k] !== undefined).length === 1, {
    message: `give exactly one of ${familyNames.join(", ")}`,
  });

/** Correlations between uncertain inputs: pairs, or a matrix over named inputs. */
export const correlationsSchema = z.union(
  [
    z.array(z.strictObject({ inputs: z.tuple([z.string(), z.string()]), rho: z.number() })),
    z.strictObject({ inputs: z.array(z.string()), matrix: z.array(z.array(z.number())) }),
  ],
  { error: "expected a list of { inputs: [a, b], rho } or { inputs: [...], matrix: [[...]] }" },
);

/** The `uncertainty` section: a distribution per input, and optional `correlations`. */
export const uncertaintySchema = z.object({ correlations: correlationsSchema.optional() }).catchall(distributionSchema);

/**
 * A data file whose table gives reported values (history): `{ from: history.csv }`, or a workbook's sheet and
 * range. Its rows or columns are matched to indicators by id or label; `columns` maps other names, `ignore` skips,
 * `missing` names the signs of a year not reported, `unit` states the figures' unit and asks for conversion.
 */
export const dataSourceSchema = z.strictObject({
  from: z.string().meta({ description: "a CSV or xlsx file, relative to the model file" }),
  sheet: z.string().optional().meta({ description: "xlsx: the sheet (default: the first)" }),
  range: z.string().optional().meta({ description: "xlsx: the cells, such as A3:H20 (default: every used cell)" }),
  layout: z
    .enum(["wide", "long"])
    .optional()
    .meta({ description: "wide: years across or down; long: indicator, year, value (default: told from the header)" }),
  columns: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: "a header or row name → the indicator it gives" }),
  ignore: z
    .array(z.string())
    .optional()
    .meta({ description: "headers or row names of rows and columns that are no indicator of the model (备注)" }),
  missing: z
    .array(z.string().trim().min(1, "a sign for a year not reported is not empty"))
    .optional()
    .meta({ description: "cell texts that mean a year not reported (—, …): read as gaps, not as errors" }),
  unit: z.string().trim().min(1).optional().meta({
    description: "the unit of the table's figures (万元): each is converted exactly into its indicator's unit",
  }),
});

/** A whole model, as a TypeScript object or a YAML/JSON file. */
export const modelSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  source: z.string().optional(),
  years: z.tuple([z.number().int(), z.number().int()]).meta({ description: "first and last year of the timeline" }),
  baseYear: z.number().int().meta({ description: "the last year with actuals; projections apply after it" }),
  indicators: z.record(z.string(), indicatorSchema),
  groups: z
    .record(z.string(), z.strictObject({ label: labelSchema.optional(), note: z.string().optional() }))
    .optional(),
  scenarios: z.record(z.string(), scenarioSchema).optional(),
  targets: z.record(z.string(), targetSchema).optional(),
  levers: z.record(z.string(), leverSchema).optional(),
  uncertainty: uncertaintySchema.optional(),
  data: z
    .array(dataSourceSchema)
    .optional()
    .meta({ description: "data files whose tables give reported values (history)" }),
});

/** A model definition as written (numbers as `276`, `"5%"`, `"0.6pp"`). */
export type ModelDefinition = z.input<typeof modelSchema>;
/** A model definition after validation (numbers read into exact literals). */
export type ValidModel = z.output<typeof modelSchema>;
/** One indicator of a model definition as written: unit, labels, and how its cells get their values. */
export type IndicatorDefinition = z.input<typeof indicatorSchema>;
export type ValidIndicator = z.output<typeof indicatorSchema>;
export type ValidScenario = z.output<typeof scenarioSchema>;
export type ValidOverride = z.output<typeof overrideSchema>;
export type ValidTarget = z.output<typeof targetSchema>;
export type ValidLever = z.output<typeof leverSchema>;
export type ValidDistribution = z.output<typeof distributionSchema>;
export type Label = z.output<typeof labelSchema>;
export type DataSource = z.output<typeof dataSourceSchema>;

/** The JSON Schema of model files (what `plansheet schema` prints), generated from `modelSchema`. */
export function modelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(modelSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
