import { isNameStart, isNamePart } from "../formula/index.js";

/**
 * Words a formula gives their own meaning; no indicator or group may be called so. Function names are not among
 * them: a call (`share(`) and an id (`share`) are told apart by the parser, so every function added later leaves
 * the models that already use its name as an id loading as before.
 */
const RESERVED = new Set([
  "t",
  "and",
  "or",
  "not",
  "xor",
  "mod",
  "to",
  "in",
  "true",
  "false",
  "null",
  "undefined",
  "Infinity",
  "NaN",
]);

/**
 * Why `id` cannot name an indicator or group, or `undefined` when it can. An id is a name a formula can
 * write: letters (ASCII or CJK ideographs), digits and `_`, not starting with a digit; not a reserved word
 * (`t`, `and`, `true`); not starting with `__` (kept away from JavaScript's `__proto__`).
 */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return "an id cannot be empty";
  if (!isNameStart(id[0]!) || ![...id].every((ch) => isNamePart(ch))) {
    return `'${id}' is not a name a formula can write: use letters, digits and _, starting with a letter`;
  }
  if (id.startsWith("__")) return `'${id}' starts with __, which is reserved`;
  if (RESERVED.has(id)) return `'${id}' is a reserved word in formulas`;
  return undefined;
}
