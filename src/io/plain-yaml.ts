import * as jsyaml from "js-yaml";
import { CORE_SCHEMA, load, Type, YAMLException, type State } from "js-yaml";
import { isScalar, Schema, type ScalarTag } from "yaml";
import { TRAILING_ZERO } from "./json-text.js";

/** A number written bare with a trailing zero after its decimal point, which reading drops: its offset and text. */
export interface LostDigit {
  readonly offset: number;
  readonly written: string;
}

/** A YAML text read by {@link readPlainYaml}: its data and the bare numbers whose trailing zeros reading drops. */
export interface PlainYamlRead {
  /** The top-level mapping. */
  readonly data: Record<string, unknown>;
  /** Each bare number written with a trailing zero after its decimal point (`5.10`), in the order of the text. */
  readonly lostDigits: readonly LostDigit[];
}

/** Thrown inside js-yaml where its reading could differ from yaml's: the text is then read by yaml. */
class Unsure extends Error {}

function unsure(): never {
  throw new Unsure();
}

/** The tags by which yaml resolves a plain scalar under its core schema (null, bool, integers, floats), in its order. */
const YAML_CORE = new Schema({ schema: "core" }).tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => !tag.collection && tag.default === true && tag.test !== undefined,
);

/** Whether any of those tags matches a text: their tests in one. */
const YAML_CORE_TEST = new RegExp(`^(?:${YAML_CORE.map((tag) => tag.test.source).join("|")})$`);

/** What yaml reads a plain scalar as: its own core tags decide. */
function yamlPlain(text: string): unknown {
  if (!YAML_CORE_TEST.test(text)) return text;
  const tag = YAML_CORE.find((t) => t.test.test(text));
  if (!tag) return text;
  const value = tag.resolve(text, unsure, {});
  return isScalar(value) ? value.value : value;
}

/** A type of js-yaml's, with the tag it has (not declared by @types/js-yaml). */
type CoreType = Type & { readonly tag: string };

// js-yaml 4 exports its types, which @types/js-yaml does not declare
const { types } = jsyaml as unknown as { types: Record<"null" | "bool" | "int" | "float", CoreType> };

/** The written text of the last bare number that drops a trailing zero, until the listener places it. */
let lostText: string | undefined;

/**
 * One of js-yaml's core types, checked against yaml: a plain scalar it resolves must be the same value to yaml
 * (`Object.is`: `-0` is not 0), and the last type (float) makes sure that what js-yaml leaves a string (`-.5`,
 * `1e400`, integers past 1e308) is a string to yaml too. A tag written in the text (`!!float 1`), which js-yaml
 * passes as a second argument, is left to yaml, which reads some of them otherwise.
 */
function checked(type: CoreType, last: boolean): Type {
  return new Type(type.tag, {
    kind: "scalar",
    // (a tag written in the text comes as a second argument: what type.resolve accepts then reaches construct)
    resolve: last
      ? (data: string, tag?: string) =>
          type.resolve(data) || (tag === undefined && YAML_CORE_TEST.test(data) && unsure())
      : type.resolve,
    construct: (data: string, tag?: string) => {
      if (tag !== undefined) unsure();
      const value: unknown = type.construct(data);
      if (!Object.is(value, yamlPlain(data))) unsure();
      if (last && TRAILING_ZERO.test(data)) lostText = data;
      return value;
    },
  });
}

/**
 * js-yaml's CORE_SCHEMA (YAML 1.2's core schema: no timestamps, so `2021-01-01` stays a string, as to yaml) with
 * its four implicit types checked against yaml (`extend` puts each in the place of the type of the same tag).
 */
const SCHEMA = CORE_SCHEMA.extend({
  implicit: [
    checked(types.null, false),
    checked(types.bool, false),
    checked(types.int, false),
    checked(types.float, true),
  ],
});

const IMPLICIT_TAGS = new Set([types.null.tag, types.bool.tag, types.int.tag, types.float.tag]);

/** How deep the watcher follows nodes (js-yaml refuses to read deeper than 100 nodes, yaml reads them). */
const MAX_DEPTH = 128;

/** js-yaml's state at a node, with the properties its listener sees that @types/js-yaml does not declare. */
type NodeState = State & { readonly tag: string | null; readonly anchor: string | null };

/** Whether a `:` follows offset i, past spaces, line breaks and comments: the node that ends at i is then a key. */
function colonFollows(input: string, i: number): boolean {
  for (;;) {
    const c = input.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35) i = lineEnd(input, i);
    else return c === 58;
  }
}

/**
 * Whether the node that starts at or after offset i (past spaces, line breaks and comments) is a block scalar that
 * yaml and js-yaml read differently: a header that keeps trailing lines (`|+`) or gives an indentation (`>1`), where
 * js-yaml, which ends the text with a line break of its own, reads trailing lines of spaces otherwise; or a first
 * line that is blank, which yaml refuses when it holds more spaces than the lines below are indented.
 */
function unusualBlockScalar(input: string, i: number): boolean {
  for (;;) {
    const c = input.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13) i++;
    else if (c === 35) i = lineEnd(input, i);
    else if (c !== 124 && c !== 62) return false;
    else {
      if (/^[+1-9]|^-[1-9]/.test(input.slice(i + 1, i + 3))) return true;
      let j = lineEnd(input, i);
      j += input.charCodeAt(j) === 13 ? 2 : 1;
      while (input.charCodeAt(j) === 32) j++;
      return input.charCodeAt(j) === 10 || input.charCodeAt(j) === 13;
    }
  }
}

/** The offset of the line break that ends the line of offset i, or the text's length. */
function lineEnd(input: string, i: number): number {
  while (i < input.length && input.charCodeAt(i) !== 10 && input.charCodeAt(i) !== 13) i++;
  return i;
}

/** Whether a `?` stands between offsets i and j (comments aside): a node there after it is an explicit key. */
function explicitKey(input: string, i: number, j: number): boolean {
  for (; i < j; i++) {
    const c = input.charCodeAt(i);
    if (c === 63) return true;
    if (c === 35) i = lineEnd(input, i);
  }
  return false;
}

/**
 * Watches js-yaml's nodes as they close: an anchor (the aliases that copy it are left to yaml and its limits), a
 * tag written in the text, a key yaml names otherwise (null is `""` to yaml and `"null"` to js-yaml, `[a]` is
 * `"[ a ]"` and `"a"`, also as the explicit key of a pair in a flow sequence, `[? ~]`), a key longer than yaml's
 * 1024 characters, a block scalar read otherwise, an empty entry of a block sequence; and it places each number
 * that drops a digit.
 *
 * For each node being read, by depth: where it starts, whether its next child is a key (in a mapping), whether a
 * key was null or a collection, its children so far with the last one's data, and where the last one ended.
 * js-yaml reads a node inside another that then takes the inner node as its own (a block mapping tried at a
 * sequence item that is one flow mapping): a node of one child whose data is its own is such a wrapper, not a
 * mapping or sequence of that child.
 */
class Watcher {
  private depth = -1;
  private readonly start = new Int32Array(MAX_DEPTH);
  private readonly keyNext = new Uint8Array(MAX_DEPTH);
  private readonly oddKey = new Uint8Array(MAX_DEPTH);
  private readonly children = new Int32Array(MAX_DEPTH);
  private readonly last: unknown[] = new Array(MAX_DEPTH);
  private readonly lastEnd = new Int32Array(MAX_DEPTH);
  readonly lostDigits: LostDigit[] = [];

  readonly listener = (event: "open" | "close", state: State): void => {
    if (event === "open") {
      const d = ++this.depth;
      if (d === MAX_DEPTH) unsure();
      this.start[d] = state.position;
      this.keyNext[d] = 1;
      this.oddKey[d] = 0;
      this.children[d] = 0;
      this.last[d] = undefined;
      this.lastEnd[d] = state.position;
    } else this.close(state as NodeState);
  };

  private close(node: NodeState): void {
    const d = this.depth--;
    const { tag, result, input, position } = node;
    if (node.anchor !== null) unsure();
    if (tag !== null && tag !== "?" && !IMPLICIT_TAGS.has(tag)) unsure();
    if (lostText !== undefined) {
      this.lostDigits.push({ offset: input.lastIndexOf(lostText, position - lostText.length), written: lostText });
      lostText = undefined;
    }
    if (typeof result === "object" && result !== null) {
      const wrapper = this.children[d] === 1 && this.last[d] === result;
      if (node.kind === "mapping" && this.oddKey[d] && !wrapper) unsure();
      // an empty entry (`-` alone) of a block sequence, which js-yaml reads without a node of its own: after one,
      // it takes the entries of an outer sequence for its own
      if (node.kind === "sequence" && !wrapper && this.children[d]! < (result as unknown[]).length) unsure();
    } else if (tag === null && typeof result === "string" && unusualBlockScalar(input, this.start[d]!)) unsure();
    const p = d - 1;
    if (p < 0) return;
    this.children[p]! += 1;
    this.last[p] = result;
    const after = this.lastEnd[p]!;
    this.lastEnd[p] = position;
    if (!this.keyNext[p]) {
      this.keyNext[p] = 1;
      return;
    }
    const odd = result === null || typeof result === "object";
    if (colonFollows(input, position)) {
      if (odd || position - this.start[d]! > 1000) unsure();
      this.keyNext[p] = 0;
    } else if (odd) {
      this.oddKey[p] = 1;
      if (explicitKey(input, after, this.start[d]!)) unsure();
    }
  }
}

/**
 * What js-yaml is not asked to read: a tab, a control character, a lone carriage return, a line or paragraph
 * separator, a byte-order mark or a non-character (yaml and js-yaml tell them apart differently); a `#` right after
 * a quote, a bracket, a brace or a comma (a comment to js-yaml, an error to yaml); a backslash that ends a line (an
 * escaped line break, which the two fold otherwise before an empty line); a merge key `<<`; a key `__proto__`; a
 * document marker or directive.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNUSUAL_CHARACTER = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
const LEFT_TO_YAML = /["'[\]{},]#|\\\r?\n|<<|__proto__/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m;

/**
 * Strings as long as the engine keeps as a slice of a longer one, copied out of it. js-yaml reads from its own copy
 * of the whole text and cuts each string from it, and a cut keeps the copy alive: a model's formulas would keep a
 * second text of the model in memory for as long as the model lives. The data is js-yaml's own, changed in place.
 */
function detach(value: unknown): unknown {
  // (a JSON round trip makes a flat copy in one piece; a slice of a copy would keep two)
  if (typeof value === "string")
    return value.length >= SLICED_FROM ? (JSON.parse(JSON.stringify(value)) as string) : value;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detach(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = detach(record[key]);
  return record;
}

/** The length from which V8 makes a substring a slice of its parent rather than a copy. */
const SLICED_FROM = 13;

/**
 * Reads plain YAML — the text of model and claims files — with js-yaml, some ten times faster than yaml's document
 * parser, into the data yaml reads from it (the core schema; keys as the names of fields). Returns `undefined` for
 * any text where the two could differ or that needs an issue — a key twice, an alias or anchor, a tag, a merge key,
 * a number js-yaml and yaml read differently, a top level that is not a mapping, any error or warning of js-yaml —
 * which is then read by yaml, with positions for its problems.
 */
export function readPlainYaml(text: string): PlainYamlRead | undefined {
  if (UNUSUAL_CHARACTER.test(text) || LEFT_TO_YAML.test(text) || DOCUMENT_MARKER.test(text)) return undefined;
  const watcher = new Watcher();
  lostText = undefined;
  try {
    const data = load(text, { schema: SCHEMA, json: false, listener: watcher.listener, onWarning: unsure });
    if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
    return { data: detach(data) as Record<string, unknown>, lostDigits: watcher.lostDigits };
  } catch (error) {
    if (error instanceof Unsure || error instanceof YAMLException || error instanceof RangeError) return undefined;
    throw error;
  } finally {
    lostText = undefined;
  }
}
