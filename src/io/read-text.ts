import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Alias, type Document, type Node } from "yaml";
import { lineAndColumn, lineStarts, makeIssue, type Issue } from "../core/index.js";
import { QUOTE_HINT, type SourceInfo } from "../structure/index.js";
import { readJsonText, TRAILING_ZERO } from "./json-text.js";
import { readPlainYaml, type LostDigit } from "./plain-yaml.js";
import { parseWithPositions, textLocator, type ParsedText } from "./text-positions.js";

/** How many alias expansions a file may make: plenty for a model that reuses a block, none for a "billion laughs". */
export const MAX_ALIAS_COUNT = 1000;

/** How many values all aliases of a file may copy together (a copy of a copy counts as many times as it is made). */
export const MAX_ALIASED_NODES = 100_000;

/**
 * The number of values the aliases of a document copy, nested copies multiplied out, computed once per anchored
 * node: linear in the file even for a "billion laughs" (whose count it reports as the billions it is).
 */
function aliasedNodes(doc: Document, aliases: readonly Alias[]): number {
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
  for (const alias of aliases) copied = Math.min(copied + sizeOf(alias.resolve(doc), 0), 1e15);
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
  const parsed = parseWithPositions(text);
  if (parsed.doc.errors.length > 0) return [];
  const { lostDigits } = walk(parsed.doc, text, true);
  return digitWarnings(lostDigits, (offset) => parsed.lines.linePos(offset), file ? { file } : {});
}

function digitWarnings(
  found: readonly LostDigit[],
  linePos: (offset: number) => { line: number; col: number },
  fileField: { file?: string },
): Issue[] {
  return found.map(({ offset, written }) => {
    const { line, col } = linePos(offset);
    return makeIssue("digits_lost", {
      message: `${written} is read as the number ${Number(written)}, which drops the zero that says how the figure was rounded`,
      hint: `quote it to keep every digit: '${written}'`,
      ...fileField,
      line,
      column: col,
    });
  });
}

/** What one walk over a document finds: repeated keys, aliases and (when asked) bare numbers that lose digits. */
interface Walked {
  readonly repeats: Node[];
  readonly aliases: Alias[];
  readonly lostDigits: LostDigit[];
}

/**
 * Walks every node of a document once, in document order (a pair's key before its value). A key repeats an earlier
 * key of the same mapping when their values are equal as text: keys become the names of a plain object's fields, so
 * `2020` and `"2020"`, two keys to YAML, are one field, where the second would silently replace the first.
 */
function walk(doc: Document.Parsed, text: string, figures: boolean): Walked {
  const found: Walked = { repeats: [], aliases: [], lostDigits: [] };
  // an explicit stack: a deeply nested file must not overflow the call stack
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      if (figures && node.type === Scalar.PLAIN && typeof node.value === "number" && node.range) {
        const written = text.slice(node.range[0], node.range[1]);
        if (TRAILING_ZERO.test(written)) found.lostDigits.push({ offset: node.range[0], written });
      }
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name)) found.repeats.push(pair.key);
        seen.add(name);
      }
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]!.value, node.items[i]!.key);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isAlias(node)) {
      found.aliases.push(node);
    }
  }
  return found;
}

/**
 * The text's syntax errors and repeated keys as issues, in the order they occur. One mistake often makes yaml
 * report several errors on its line and the lines after (an unquoted `gdp[t-1]` inside `{ }` gives six): the syntax
 * errors are one issue, at the first, with a hint to quote the formula when that line holds a flow map.
 */
function readingIssues(
  { doc, lines }: ParsedText,
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

function unreadable(fileField: { file?: string }, message: string, hint: string): ReadText {
  return {
    source: fileField,
    issues: [makeIssue("invalid_yaml", { message, hint, ...fileField, line: 1, column: 1 })],
  };
}

/**
 * Reads YAML (or JSON, which YAML 1.2 contains) so that a problem anywhere in the definition can be reported as
 * `model.yaml:12:22`. Duplicate keys are refused (JSON.parse would keep the last one silently). `.inf` and `.nan`
 * come through as numbers, for the schema to refuse with a clear message.
 *
 * With `figures: true` (a claims file) it also warns, from the same parse, of numbers that lost a trailing zero.
 *
 * A JSON object is read by `JSON.parse` when that reads it as YAML would (`readJsonText`), plain YAML by js-yaml
 * when it reads it as `yaml` would (`readPlainYaml`), both many times faster than `yaml`'s document parser; their
 * text is parsed for positions only when an issue asks for one. Any other text, and any text with a problem, is
 * parsed by `yaml` with positions, which the locator keeps only weakly (see `textLocator`).
 */
export function readYamlText(text: string, file?: string, options: { readonly figures?: boolean } = {}): ReadText {
  const fileField = file ? { file } : {};
  const fast = readJsonText(text) ?? readPlainYaml(text);
  if (fast) {
    const source = { ...fileField, locate: textLocator(text), text };
    if (!options.figures) return { data: fast.data, source, issues: [] };
    const lines = fast.lostDigits.length > 0 ? lineStarts(text) : [];
    const warnings = digitWarnings(fast.lostDigits, (offset) => lineAndColumn(lines, offset), fileField);
    return { data: fast.data, source, issues: [], warnings };
  }
  const parsed = parseWithPositions(text);
  const { doc } = parsed;
  if (doc.errors.length > 0) return { source: fileField, issues: readingIssues(parsed, [], fileField, text) };
  const found = walk(doc, text, options.figures === true);
  if (found.repeats.length > 0)
    return { source: fileField, issues: readingIssues(parsed, found.repeats, fileField, text) };
  // what the aliases copy, counted before any copy is made: a small file must not unfold into millions of values
  const unfolded = found.aliases.length > 0 ? aliasedNodes(doc, found.aliases) : 0;
  if (unfolded > MAX_ALIASED_NODES) {
    const copies = unfolded > 1e12 ? "more than a trillion" : unfolded.toLocaleString("en");
    const message = `the file's aliases (*name) copy ${copies} values, more than the ${MAX_ALIASED_NODES.toLocaleString("en")} plansheet reads`;
    return unreadable(fileField, message, "write the values out, or reuse smaller blocks");
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml refuses aliases that expand without bound (a "billion laughs" file) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `the file's aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, which plansheet does not read`;
    return unreadable(fileField, message, "write the values out instead of nesting aliases");
  }
  const source = { ...fileField, locate: textLocator(text, parsed), text };
  if (!options.figures) return { data, source, issues: [] };
  const warnings = digitWarnings(found.lostDigits, (offset) => parsed.lines.linePos(offset), fileField);
  return { data, source, issues: [], warnings };
}
