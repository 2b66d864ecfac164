import type { z } from "zod";
import { didYouMean, makeIssue, type Issue } from "../core/index.js";
import { isNonFiniteMessage } from "./quantity-schema.js";
import type { SourceInfo } from "./source.js";

type ZodIssue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/**
 * Picks, from a failed union, the alternative that got furthest (its issues have the longest paths), so that
 * `{ value: "abc" }` in a history is reported as a bad number inside the object, not as "not a number or
 * object". Falls back to the union's own message when no alternative got past the top.
 */
function expandUnion(issue: ZodIssue & { code: "invalid_union" }): ZodIssue[] {
  const branches = (issue.errors ?? []) as ZodIssue[][];

  let best: ZodIssue[] | undefined;
  let depth = 0;
  for (const branch of branches) {
    const d = Math.max(0, ...branch.map((i) => i.path.length));
    if (d > depth) {
      depth = d;
      best = branch;
    }
  }
  if (!best) {
    // No alternative got past the top. An infinite or NaN number fails every one of them: say so, rather than
    // "not a number or an object".
    const nonFinite = branches
      .flat()
      .flatMap((i) => flatten(i))
      .find((i) => isNonFiniteMessage(i.message));
    return nonFinite ? [{ ...nonFinite, path: [...issue.path, ...nonFinite.path] } as ZodIssue] : [issue];
  }
  return best.flatMap((i) => flatten({ ...i, path: [...issue.path, ...i.path] } as ZodIssue));
}

function flatten(issue: ZodIssue): ZodIssue[] {
  return issue.code === "invalid_union" ? expandUnion(issue) : [issue];
}

function toPath(path: Path): (string | number)[] {
  return path.map((p) => (typeof p === "number" ? p : String(p)));
}

/**
 * Turns zod's validation issues into plansheet issues with the path inside the file, the file position where
 * the locator knows it, and a message in plain words (`indicators.gdp.history.2021: expected a number …`).
 * `knownFields` gives "did you mean" hints for misspelt keys.
 */
export function schemaIssues(error: z.ZodError, source: SourceInfo, knownFields: Iterable<string>): Issue[] {
  const known = [...knownFields];
  return error.issues.flatMap(flatten).flatMap((issue): Issue[] => {
    const base = toPath(issue.path);
    if (issue.code === "unrecognized_keys") {
      // `{ formula: sum(a, 2020, t) }` unquoted: YAML splits the formula at its commas into keys `2020` and `t)`.
      const pieces = issue.keys.filter(isFormulaPiece);
      const fields = issue.keys.filter((key) => !isFormulaPiece(key));
      const split =
        pieces.length === 0
          ? []
          : [
              makeIssue("schema", {
                message: `a formula inside { } holds a comma, so YAML read its pieces as fields: ${pieces.map((k) => `'${k}'`).join(", ")}`,
                hint: QUOTE_HINT,
                path: [...base, pieces[0]!],
                ...position(source, [...base, pieces[0]!]),
              }),
            ];
      return [
        ...split,
        ...fields.map((key) => {
          const path = [...base, key];
          const hint = didYouMean(key, known);
          return makeIssue("schema", {
            message: `unknown field '${key}'`,
            ...(hint ? { hint } : {}),
            path,
            ...position(source, path),
          });
        }),
      ];
    }
    const code = isNonFiniteMessage(issue.message) ? "non_finite_number" : "schema";
    const plain = issue.message.startsWith("Invalid input: expected")
      ? issue.message.replace("Invalid input: ", "")
      : issue.message;
    // zod says a required field is missing as "expected string, received undefined".
    const missing = /^expected (.+), received undefined$/.exec(plain);
    const field = base[base.length - 1];
    const message = missing
      ? `${typeof field === "string" ? `'${field}'` : "a value"} is missing: expected ${missing[1]}`
      : plain.replace(/received NaN$/, "received .nan, which is not a number");
    return [makeIssue(code, { message, path: base, ...position(source, base) })];
  });
}

/** What to do about a formula that YAML's flow syntax cut or misread. */
export const QUOTE_HINT = "inside { }, quote a formula that holds [ ] or commas: { formula: 'sum(a, 2020, t)' }";

/** A key that can only be part of a formula cut at a comma: `2020`, `t)`, ` t-1]`, `x * 2)`. */
function isFormulaPiece(key: string): boolean {
  return /^\s*$|^-?\d+(\.\d+)?$|^t$|[()[\]+*/^<>=]/.test(key);
}

/** The file, line and column of `path`, as issue fields. */
export function position(source: SourceInfo, path: readonly (string | number)[], offset?: number): Partial<Issue> {
  const at = source.locate?.(path, offset);
  const file = at?.file ?? source.file;
  return {
    ...(file !== undefined ? { file } : {}),
    ...(at?.line !== undefined ? { line: at.line } : {}),
    ...(at?.column !== undefined ? { column: at.column } : {}),
    ...(at?.cell !== undefined ? { cell: at.cell } : {}),
  };
}
