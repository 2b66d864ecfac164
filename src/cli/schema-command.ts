import { modelJsonSchema } from "../structure/index.js";
import { claimsJsonSchema } from "../verification/index.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";

/** `plansheet schema [--claims]`: the JSON Schema of model files (or of claims files), generated from the zod schemas. */
export function schemaCommand(options: { claims?: boolean }, console: Console): number {
  console.out(JSON.stringify(options.claims ? claimsJsonSchema() : modelJsonSchema(), null, 2));
  return EXIT.ok;
}
