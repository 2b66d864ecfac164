import { LineCounter, isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from "yaml";
import { makeIssue, type Issue } from "../core/index.js";
import type { SourceInfo, SourceLocator } from "../model/index.js";

/** A definition read from YAML or JSON text, with a locator into the text for error positions. */
export interface ReadText {
  /** The plain data, or `undefined` when the text could not be read. */
  readonly data?: unknown;
  readonly source: SourceInfo;
  readonly issues: readonly Issue[];
}

/** The entry of a map or sequence at `key`: its value node and, in a map, its key node. */
function child(node: unknown, key: string | number): { value: unknown; key?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) === String(key) : String(p.key) === String(key)));
    return pair ? { value: pair.value ?? pair.key, key: pair.key } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(key)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/**
 * Reads YAML (or JSON, which YAML 1.2 contains) keeping every node's position, so that a problem anywhere in
 * the definition can be reported as `model.yaml:12:22`. Duplicate keys are refused (JSON.parse would keep the
 * last one silently). `.inf` and `.nan` come through as numbers, for the schema to refuse with a clear message.
 */
export function readYamlText(text: string, file?: string): ReadText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const fileField = file ? { file } : {};
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => {
      const [offset] = error.pos;
      const { line, col } = lineCounter.linePos(offset);
      const duplicate = error.code === "DUPLICATE_KEY";
      const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      return makeIssue(duplicate ? "duplicate_id" : "invalid_yaml", {
        message: duplicate ? `a key appears twice in the same mapping: ${message}` : message,
        ...fileField,
        line,
        column: col,
      });
    });
    return { source: fileField, issues };
  }

  // A scalar is located at its value (`value: .inf` points at `.inf`); a mapping or list at the key that holds it.
  const locate: SourceLocator = (path, offset) => {
    let node: unknown = doc.contents;
    let last: unknown = node;
    for (const key of path) {
      const next = child(node, key);
      if (next === undefined) break;
      node = next.value;
      last = isScalar(next.value) || next.key === undefined ? next.value : next.key;
    }
    const target = last as Node | undefined;
    const range = target?.range;
    if (!range) return undefined;
    let start = range[0];
    if (offset !== undefined && isScalar(target) && typeof target.value === "string" && !String(target.value).includes("\n")) {
      const quoted = target.type === Scalar.QUOTE_DOUBLE || target.type === Scalar.QUOTE_SINGLE;
      if (target.type === Scalar.PLAIN || quoted) start += (quoted ? 1 : 0) + offset;
    }
    const { line, col } = lineCounter.linePos(start);
    return { line, column: col };
  };
  return { data: doc.toJS({ maxAliasCount: 1000 }), source: { ...fileField, locate }, issues: [] };
}
