import { modelJsonSchema } from "../model/index.js";
import type { Console } from "./console.js";
import { EXIT } from "./exit-codes.js";

/** `plansheet schema`: the JSON Schema of model files, generated from the zod schema. */
export function schemaCommand(console: Console): number {
  console.out(JSON.stringify(modelJsonSchema(), null, 2));
  return EXIT.ok;
}
