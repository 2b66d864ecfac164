import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  visit,
  type Document,
  type Node,
} from "yaml";
import { makeIssue, type Issue } from "../core/index.js";
import { QUOTE_HINT, type SourceInfo, type SourceLocator } from "../structure/index.js";

/** How many alias expansions a file may make: plenty for a model that reuses a block, none for a "billion laughs". */
export const MAX_ALIAS_COUNT = 1000;

/** How many values all aliases of a file may copy together (a copy of a copy counts as many times as it is made). */
export const MAX_ALIASED_NODES = 100_000;

/**
 * The number of values the aliases of a document copy, nested copies multiplied out, computed once per anchored
 * node: linear in the file even for a "billion laughs" (whose count it reports as the billions it is).
 */
function aliasedNodes(doc: Document): number {
  const size = new Map<unknown, number>();
  // the values a node holds, its aliases unfolded
  const sizeOf = (node: unknown, depth: number): number => {
    if (node === null || typeof node !== "object" || depth > 200) return 1;
    const known = size.get(node);
    if (known !== undefined) return known;
    size.set(node, 1); // a node that refers to itself counts once
    let n = 1;
    if (isMap(node) || isSeq(node))
      for (const item of node.items as unknown[])
        n += isMap(node) ? sizeOf((item as { value: unknown }).value, depth + 1) : sizeOf(item, depth + 1);
    else if (isAlias(node)) n = sizeOf(node.resolve(doc), depth + 1);
    size.set(node, Math.min(n, 1e15));
    return Math.min(n, 1e15);
  };
  let copied = 0;
  visit(doc, {
    Alias(_key, alias) {
      copied = Math.min(copied + sizeOf(alias.resolve(doc), 0), 1e15);
    },
  });
  return copied;
}

/** A definition read from YAML or JSON text, with a locator into the text for error positions. @inline */
export interface ReadText {
  /** The plain data, or `undefined` when the text could not be read. */
  readonly data?: unknown;
  readonly source: SourceInfo;
  readonly issues: readonly Issue[];
  /** With `figures: true`, the warnings of `lostDigitWarnings`, from the same parse. */
  readonly warnings?: readonly Issue[];
}

/**
 * Warnings for numbers written bare whose trailing zeros YAML drops (`5.10` reads as 5.1, `276.0` as 276): in a
 * claims file the digits say how a figure was rounded, so `5.10` printed means [5.095, 5.105), not [5.05, 5.15).
 */
export function lostDigitWarnings(text: string, file?: string): Issue[] {
  const parsed = parse(text);
  return parsed.doc.errors.length > 0 ? [] : digitsLost(parsed, text, file ? { file } : {});
}

function digitsLost({ doc, lines }: Parsed, text: string, fileField: { file?: string }): Issue[] {
  const warnings: Issue[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== Scalar.PLAIN || typeof node.value !== "number" || !node.range) return;
      const written = text.slice(node.range[0], node.range[1]);
      if (!/^[-+]?\d*\.\d*0$/.test(written)) return;
      const { line, col } = lines.linePos(node.range[0]);
      warnings.push(
        makeIssue("digits_lost", {
          message: `${written} is read as the number ${node.value}, which drops the zero that says how the figure was rounded`,
          hint: `quote it to keep every digit: '${written}'`,
          ...fileField,
          line,
          column: col,
        }),
      );
    },
  });
  return warnings;
}

/** The entry of a map or sequence at `key`: its value node and, in a map, its key node. */
function child(node: unknown, key: string | number): { value: unknown; key?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) =>
      isScalar(p.key) ? String(p.key.value) === String(key) : String(p.key) === String(key),
    );
    return pair ? { value: pair.value ?? pair.key, key: pair.key } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(key)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/** A parsed document with the line counter that turns its offsets into lines and columns. */
interface Parsed {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

function parse(text: string): Parsed {
  const lines = new LineCounter();
  // `uniqueKeys: false`: yaml checks keys against every earlier key of the mapping, which is quadratic and takes
  // seconds for a model of ten thousand indicators; duplicateKeys() below does the same check in linear time.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  return { doc, lines };
}

/** Every key that repeats an earlier key of the same mapping (scalar keys compared by value, as yaml does). */
function duplicateKeys(doc: Document.Parsed): Node[] {
  const repeats: Node[] = [];
  visit(doc, {
    Map(_, map) {
      // Keys become the names of a plain object's fields, so they are compared as text: `2020` and `"2020"` are
      // two keys to YAML but one field, where the second would silently replace the first.
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name)) repeats.push(pair.key);
        seen.add(name);
      }
    },
  });
  return repeats;
}

/**
 * The text's syntax errors and repeated keys as issues, in the order they occur. One mistake often makes yaml
 * report several errors on its line and the lines after (an unquoted `gdp[t-1]` inside `{ }` gives six): the syntax
 * errors are one issue, at the first, with a hint to quote the formula when that line holds a flow map.
 */
function readingIssues(
  { doc, lines }: Parsed,
  repeats: readonly Node[],
  fileField: { file?: string },
  text: string,
): Issue[] {
  // After the first line with a syntax error yaml has lost its place: what it reports further down is that
  // first error's echo (the next line "unexpected"), so only the first line's is reported.
  const first = doc.errors[0];
  const syntax = first
    ? [
        {
          offset: first.pos[0],
          code: "invalid_yaml" as const,
          message: first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
        },
      ]
    : [];
  const problems = [
    ...syntax,
    ...repeats.map((key) => ({
      offset: key.range![0],
      code: "duplicate_id" as const,
      message: "a key appears twice in the same mapping: Map keys must be unique",
    })),
  ].sort((a, b) => a.offset - b.offset);
  return problems.map(({ offset, code, message }) => {
    const { line, col } = lines.linePos(offset);
    const lineText = text.slice(lines.lineStarts[line - 1], lines.lineStarts[line] ?? text.length);
    const hint = code === "invalid_yaml" && lineText.includes("{") ? { hint: QUOTE_HINT } : {};
    return makeIssue(code, { message, ...hint, ...fileField, line, column: col });
  });
}

/**
 * Reads YAML (or JSON, which YAML 1.2 contains) keeping every node's position, so that a problem anywhere in
 * the definition can be reported as `model.yaml:12:22`. Duplicate keys are refused (JSON.parse would keep the
 * last one silently). `.inf` and `.nan` come through as numbers, for the schema to refuse with a clear message.
 *
 * With `figures: true` (a claims file) it also warns, from the same parse, of numbers that lost a trailing zero.
 *
 * The document with its positions is held only weakly once read (for a model of ten thousand indicators it
 * outweighs the built model): the locator parses the text again should it be asked for a position after the
 * document was collected.
 */
export function readYamlText(text: string, file?: string, options: { readonly figures?: boolean } = {}): ReadText {
  const first = parse(text);
  const { doc } = first;
  const fileField = file ? { file } : {};
  const repeats = doc.errors.length === 0 ? duplicateKeys(doc) : [];
  if (doc.errors.length > 0 || repeats.length > 0)
    return { source: fileField, issues: readingIssues(first, repeats, fileField, text) };

  let held = new WeakRef(first);
  const parsed = (): Parsed => {
    let p = held.deref();
    if (!p) {
      p = parse(text);
      held = new WeakRef(p);
    }
    return p;
  };
  // A scalar is located at its value (`value: .inf` points at `.inf`); a mapping or list at the key that holds it.
  const locate: SourceLocator = (path, offset) => {
    const { doc: document, lines: lineCounter } = parsed();
    let node: unknown = document.contents;
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
    if (
      offset !== undefined &&
      isScalar(target) &&
      typeof target.value === "string" &&
      !String(target.value).includes("\n")
    ) {
      const quoted = target.type === Scalar.QUOTE_DOUBLE || target.type === Scalar.QUOTE_SINGLE;
      if (target.type === Scalar.PLAIN || quoted) start += (quoted ? 1 : 0) + offset;
    }
    const { line, col } = lineCounter.linePos(start);
    return { line, column: col };
  };
  // what the aliases copy, counted before any copy is made: a small file must not unfold into millions of values
  const unfolded = aliasedNodes(doc);
  if (unfolded > MAX_ALIASED_NODES) {
    const message = `the file's aliases (*name) copy ${unfolded > 1e12 ? "more than a trillion" : unfolded.toLocaleString("en")} values, more than the ${MAX_ALIASED_NODES.toLocaleString("en")} plansheet reads`;
    return {
      source: fileField,
      issues: [
        makeIssue("invalid_yaml", {
          message,
          hint: "write the values out, or reuse smaller blocks",
          ...fileField,
          line: 1,
          column: 1,
        }),
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml refuses aliases that expand without bound (a "billion laughs" file) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `the file's aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, which plansheet does not read`;
    return {
      source: fileField,
      issues: [
        makeIssue("invalid_yaml", {
          message,
          hint: "write the values out instead of nesting aliases",
          ...fileField,
          line: 1,
          column: 1,
        }),
      ],
    };
  }
  const warnings = options.figures ? { warnings: digitsLost(first, text, fileField) } : {};
  return { data, source: { ...fileField, locate, text }, issues: [], ...warnings };
}
