import {
  bail,
  flowCollection,
  NotSimple,
  plainKey,
  plainMayStart,
  quoted,
  resolvePlain,
  restIsBlank,
  type LineAt,
  type LostDigit,
  type ScalarSink,
} from "./fast-yaml-scalars.js";

/** A YAML text read by {@link readSimpleYaml}: its data and the bare numbers whose trailing zeros reading drops. */
export interface SimpleYamlRead {
  /** The top-level mapping. */
  readonly data: Record<string, unknown>;
  /** Each bare number written with a trailing zero after its decimal point (`5.10`), in the order of the text. */
  readonly lostDigits: readonly LostDigit[];
}

/** Whether the text holds a character the fast reader leaves to yaml: a tab, a control, a lone carriage return, a
 * line or paragraph separator, a byte-order mark or a non-character. */
function unusual(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c < 0x7f) continue;
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) continue;
    if (c < 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return true;
  }
  return false;
}

/** The lines of the text and where each starts, as the block reader walks them. */
class Lines {
  readonly lines: string[];
  readonly starts: number[];
  /** The line being read. */
  i = 0;

  constructor(text: string) {
    this.lines = text.split("\n");
    this.starts = new Array<number>(this.lines.length);
    let offset = 0;
    for (let k = 0; k < this.lines.length; k++) {
      this.starts[k] = offset;
      const line = this.lines[k]!;
      offset += line.length + 1;
      if (line.endsWith("\r")) this.lines[k] = line.slice(0, -1);
    }
  }

  indent(k: number): number {
    const line = this.lines[k]!;
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  }

  /** Whether line k holds nothing but spaces. */
  blank(k: number): boolean {
    return this.indent(k) === this.lines[k]!.length;
  }

  /** The next line from k that is neither blank nor a comment, or the number of lines. */
  content(k: number): number {
    while (k < this.lines.length && (this.blank(k) || this.lines[k]![this.indent(k)] === "#")) k++;
    return k;
  }

  at(k: number): LineAt {
    return { line: this.lines[k]!, start: this.starts[k]! };
  }
}

/** Whether a sequence item starts at column n of a line: `-` then a space or the end of the line. */
function isItem(line: string, n: number): boolean {
  return line[n] === "-" && (n + 1 === line.length || line[n + 1] === " ");
}

/** The key of a mapping entry at column `col` and the column after its `:`, or `undefined` for no entry there. */
function entryKey(line: string, col: number): { key: string; after: number } | undefined {
  const ch = line[col];
  if (ch === '"' || ch === "'") {
    const q = quoted(line, col);
    if (line[q.end] !== ":") return undefined;
    if (q.end + 1 < line.length && line[q.end + 1] !== " ") bail();
    if (q.value === "__proto__" || q.value === "<<" || q.value.length > 1000) bail();
    return { key: q.value, after: q.end + 1 };
  }
  if (ch === "[" || ch === "{") return undefined;
  let colon = line.indexOf(":", col);
  while (colon !== -1 && colon + 1 < line.length && line[colon + 1] !== " ") colon = line.indexOf(":", colon + 1);
  if (colon === -1) return undefined;
  const text = line.slice(col, colon);
  if (!plainMayStart(line, col, false) || /[:#]|\s$/.test(text)) bail();
  return { key: plainKey(text), after: colon + 1 };
}

/** The reader of one text: block mappings and sequences by indentation, their scalars through `fast-yaml-scalars`. */
class Reader {
  readonly sink: ScalarSink = { lostDigits: [] };

  constructor(readonly text: Lines) {}

  /** The block node whose first line is the current one, at indentation n. */
  block(n: number): unknown {
    const line = this.text.lines[this.text.i]!;
    return isItem(line, n) ? this.sequence(n) : this.mapping(n, n);
  }

  /** A block mapping whose entries sit at column n, the first of them at column `col` of the current line. */
  mapping(n: number, col: number): Record<string, unknown> {
    const { text } = this;
    const map: Record<string, unknown> = {};
    const keys = new Set<string>();
    for (;;) {
      const line = text.lines[text.i]!;
      const entry = entryKey(line, col) ?? bail();
      if (keys.has(entry.key)) bail();
      keys.add(entry.key);
      map[entry.key] = this.value(n, entry.after, true);
      const next = text.content(text.i + 1);
      if (next >= text.lines.length || text.indent(next) < n) return map;
      if (text.indent(next) > n || isItem(text.lines[next]!, n)) bail();
      text.i = next;
      col = n;
    }
  }

  /** A block sequence whose items sit at column n. */
  sequence(n: number): unknown[] {
    const { text } = this;
    const items: unknown[] = [];
    for (;;) {
      const line = text.lines[text.i]!;
      let col = n + 1;
      while (line[col] === " ") col++;
      if (col < line.length && line[col] !== "#" && entryKey(line, col) !== undefined) {
        items.push(this.mapping(col, col));
      } else {
        if (isItem(line, col)) bail();
        items.push(this.value(n, n + 1, false));
      }
      const next = text.content(text.i + 1);
      if (next >= text.lines.length || text.indent(next) < n) return items;
      if (text.indent(next) > n) bail();
      if (!isItem(text.lines[next]!, n)) return items;
      text.i = next;
    }
  }

  /**
   * The value after a key or a `-` at column `from` of the current line, in a node at indentation n: a scalar or a
   * flow collection on the line, a block scalar below it, or a block node on the lines below. Leaves the current
   * line at the value's last line.
   */
  value(n: number, from: number, inMapping: boolean): unknown {
    const { text } = this;
    const at = text.at(text.i);
    const { line } = at;
    let i = from;
    while (line[i] === " ") i++;
    if (i === line.length || (line[i] === "#" && i > from)) {
      const next = text.content(text.i + 1);
      if (next >= text.lines.length) return null;
      const indent = text.indent(next);
      if (indent > n || (inMapping && indent === n && isItem(text.lines[next]!, n))) {
        text.i = next;
        return this.block(indent);
      }
      return null;
    }
    if (i === from && from < line.length) bail();
    const ch = line[i]!;
    let value: unknown;
    if (ch === "|" || ch === ">") return this.blockScalar(n, i);
    if (ch === "[" || ch === "{") {
      const flow = flowCollection(at, i, this.sink);
      if (!restIsBlank(line, flow.end)) bail();
      value = flow.value;
    } else if (ch === '"' || ch === "'") {
      const q = quoted(line, i);
      if (!restIsBlank(line, q.end)) bail();
      value = q.value;
    } else {
      if (!plainMayStart(line, i, false)) bail();
      let end = line.indexOf(" #", i);
      if (end === -1) end = line.length;
      while (line[end - 1] === " ") end--;
      const plain = line.slice(i, end);
      if (plain.includes(": ") || plain.endsWith(":")) bail();
      value = resolvePlain(plain, at.start + i, this.sink);
    }
    // a line below that is indented further would continue the scalar, or be an error
    let next = text.i + 1;
    while (next < text.lines.length && text.blank(next)) next++;
    if (next < text.lines.length && text.indent(next) > n) bail();
    return value;
  }

  /** A literal (`|`) or folded (`>`) block scalar whose header is at column `i` of the current line. */
  blockScalar(n: number, i: number): string {
    const { text } = this;
    const header = text.lines[text.i]!;
    const chomp = header[i + 1] === "-" || header[i + 1] === "+" ? header[i + 1]! : "";
    if (chomp === "+" || !restIsBlank(header, i + 1 + chomp.length)) bail();
    const first = text.i + 1;
    let k = first;
    while (k < text.lines.length && text.blank(k)) k++;
    if (k > first || k >= text.lines.length || text.indent(k) <= n) bail();
    const m = text.indent(k);
    const body: string[] = [];
    let last = k;
    for (; k < text.lines.length; k++) {
      const line = text.lines[k]!;
      if (text.blank(k)) {
        if (line.length > m) bail();
        body.push("");
        continue;
      }
      if (text.indent(k) < m) break;
      const content = line.slice(m);
      if (header[i] === ">" && content[0] === " ") bail();
      body.push(content);
      last = k;
    }
    if (last === text.lines.length - 1) bail(); // the text ends inside the block scalar
    body.length = last - first + 1;
    text.i = last;
    // folded: a single line break between two lines is a space; each empty line is a line break
    const fold = (folded: string, line: string, j: number) =>
      j === 0 ? line : line === "" ? `${folded}\n` : body[j - 1] === "" ? folded + line : `${folded} ${line}`;
    const joined = header[i] === "|" ? body.join("\n") : body.reduce(fold, "");
    return chomp === "-" ? joined : `${joined}\n`;
  }
}

/**
 * Reads YAML text written in the plain subset model and claims files use — a top-level block mapping; block
 * mappings and sequences; plain, quoted and block scalars; `[ ]` and `{ }` on one line; comments — some ten times
 * faster than a full YAML parser, into the data `yaml` reads from it (the core schema; keys as the names of
 * fields). Returns `undefined` for any text it is not sure of — an alias or anchor, a tag, a directive, a tab, a
 * scalar over several lines, a key twice, an error — which is then read by `yaml`, with positions for its problems.
 */
export function readSimpleYaml(source: string): SimpleYamlRead | undefined {
  if (unusual(source)) return undefined;
  const text = new Lines(source);
  text.i = text.content(0);
  if (text.i >= text.lines.length || text.indent(text.i) !== 0 || isItem(text.lines[text.i]!, 0)) return undefined;
  if (/^(?:---|\.\.\.)(?:\s|$)/m.test(source)) return undefined;
  const reader = new Reader(text);
  try {
    const data = reader.mapping(0, 0);
    return text.content(text.i + 1) >= text.lines.length ? { data, lostDigits: reader.sink.lostDigits } : undefined;
  } catch (error) {
    if (error instanceof NotSimple || error instanceof RangeError) return undefined;
    throw error;
  }
}
