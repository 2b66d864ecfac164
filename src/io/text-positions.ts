import { LineCounter, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from "yaml";
import type { SourceLocator } from "../structure/index.js";

/** A text parsed with the position of every node, and the line counter that turns offsets into lines and columns. */
export interface ParsedText {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/**
 * Parses YAML (or JSON) text keeping every node's position. `uniqueKeys: false`: yaml checks keys against every
 * earlier key of the mapping, which is quadratic and takes seconds for a model of ten thousand indicators; the
 * reader checks them in one linear walk instead.
 */
export function parseWithPositions(text: string): ParsedText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  return { doc, lines };
}

let indexed = 0;

/**
 * How many times a locator has parsed its text to find positions, since the process started: a text read without
 * an issue is never parsed for them. For tests.
 */
export function positionParses(): number {
  return indexed;
}

/** The pairs of each mapping by key, made on the first look-up in that mapping: one linear pass, then O(1). */
const pairsByKey = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: { readonly items: readonly Pair[] }, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!index.has(name)) index.set(name, pair);
    }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

/** The entry of a map or sequence at `key`: its value node and, in a map, its key node. */
function child(node: unknown, key: string | number): { value: unknown; key?: unknown } | undefined {
  if (isMap(node)) {
    const pair = pairOf(node, String(key));
    return pair ? { value: pair.value ?? pair.key, key: pair.key } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(key)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/**
 * A locator into `text`: a scalar is located at its value (`value: .inf` points at `.inf`), a mapping or list at
 * the key that holds it, and a character `offset` inside a one-line plain or quoted string at that character.
 *
 * The positions are found lazily: `parsed`, the parse the data was read from, is reused while it is alive; it is
 * held only weakly (for a model of ten thousand indicators the document outweighs the built model), and the text is
 * parsed again only when a position is asked for after it was collected — or, when the data was read without
 * positions (JSON), on the first position asked for. A text read without an issue is never parsed for positions.
 */
export function textLocator(text: string, parsed?: ParsedText): SourceLocator {
  let held: WeakRef<ParsedText> | undefined = parsed ? new WeakRef(parsed) : undefined;
  const positions = (): ParsedText => {
    let p = held?.deref();
    if (!p) {
      indexed += 1;
      p = parseWithPositions(text);
      held = new WeakRef(p);
    }
    return p;
  };
  return (path, offset) => {
    const { doc, lines } = positions();
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
    if (
      offset !== undefined &&
      isScalar(target) &&
      typeof target.value === "string" &&
      !String(target.value).includes("\n")
    ) {
      const quoted = target.type === Scalar.QUOTE_DOUBLE || target.type === Scalar.QUOTE_SINGLE;
      if (target.type === Scalar.PLAIN || quoted) start += (quoted ? 1 : 0) + offset;
    }
    const { line, col } = lines.linePos(start);
    return { line, column: col };
  };
}
