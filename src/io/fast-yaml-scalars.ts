/**
 * The scalars and one-line flow collections of the fast YAML reader (`fast-yaml.ts`): plain scalars resolved by
 * YAML 1.2's core schema exactly as the `yaml` package resolves them, quoted scalars on one line, and `[ ]` and
 * `{ }` on one line. Anything outside that throws {@link NotSimple}, and the text is then read by `yaml` itself.
 */

import { TRAILING_ZERO } from "./json-text.js";

/** Thrown where the fast reader is not sure it reads the text as `yaml` would: the text is then read by `yaml`. */
export class NotSimple extends Error {}

/** Gives up on the fast reading. */
export function bail(): never {
  throw new NotSimple();
}

/** A number written bare with a trailing zero after its decimal point, which reading drops: its offset and text. */
export interface LostDigit {
  readonly offset: number;
  readonly written: string;
}

/** What resolving plain scalars collects: numbers whose trailing zeros reading drops. */
export interface ScalarSink {
  readonly lostDigits: LostDigit[];
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * A plain scalar's value by the core schema, its tags tried in yaml's order (null, bool, octal, decimal and hex
 * integers, .inf/.nan, floats with and without an exponent), each resolved as yaml does (`parseInt`, `parseFloat`).
 */
export function resolvePlain(text: string, offset: number, sink: ScalarSink): unknown {
  const c = text.charCodeAt(0);
  // most scalars are words: only those that start like a number, a null or a bool can be anything but a string
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || "nNtTfF".includes(text[0] ?? "")))
    return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (INT_OCT.test(text)) return Number.parseInt(text.substring(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text))
    return text.slice(-3).toLowerCase() === "nan" ? Number.NaN : text[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text)) return Number.parseFloat(text);
  if (FLOAT.test(text)) {
    if (TRAILING_ZERO.test(text)) sink.lostDigits.push({ offset, written: text });
    return Number.parseFloat(text);
  }
  return text;
}

/** A mapping key written plain, as the name of a plain object's field; only text and whole numbers are taken. */
export function plainKey(text: string): string {
  if (text.length === 0 || text.length > 1000 || text === "__proto__" || text === "<<") bail();
  const value = resolvePlain(text, 0, { lostDigits: [] });
  if (typeof value === "string") return value;
  if (typeof value === "number" && INT.test(text)) return String(value);
  return bail();
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A quoted scalar that starts at `start` of `line` and ends on it: its value and the offset just past it. */
export function quoted(line: string, start: number): { value: string; end: number } {
  const quote = line[start];
  let value = "";
  for (let i = start + 1; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch !== "'") value += ch;
      else if (line[i + 1] === "'") {
        value += "'";
        i++;
      } else return { value, end: i + 1 };
    } else if (ch === '"') return { value, end: i + 1 };
    else if (ch !== "\\") value += ch;
    else {
      const next = line[++i] ?? "";
      const digits = HEX_DIGITS[next];
      if (digits !== undefined) {
        const code = line.substr(i + 1, digits);
        if (!/^[0-9a-fA-F]+$/.test(code) || code.length !== digits) bail();
        const point = Number.parseInt(code, 16);
        if (point > 0x10ffff) bail();
        value += String.fromCodePoint(point);
        i += digits;
      } else value += ESCAPES[next] ?? bail();
    }
  }
  return bail(); // not closed on its line
}

/** Whether only spaces, or spaces and then a comment, follow offset `i` of `line`. */
export function restIsBlank(line: string, i: number): boolean {
  let j = i;
  while (line[j] === " ") j++;
  return j === line.length || (line[j] === "#" && j > i);
}

/** The characters that may not start a plain scalar (`-`, `?` and `:` are judged with the character after them). */
const INDICATOR = new Set([",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`"]);

/** Whether a plain scalar may start at offset `i` of `line` (in a flow collection when `flow`). */
export function plainMayStart(line: string, i: number, flow: boolean): boolean {
  const ch = line[i];
  if (ch === undefined || INDICATOR.has(ch) || ch === "?" || ch === ":") return false;
  if (ch !== "-") return true;
  const next = line[i + 1];
  return next !== undefined && next !== " " && !(flow && ",[]{}".includes(next));
}

/** A position in a line of the text: the line, and the offset in the text at which the line starts. */
export interface LineAt {
  readonly line: string;
  readonly start: number;
}

function skipSpaces(line: string, i: number): number {
  while (line[i] === " ") i++;
  return i;
}

/** A node of a flow collection at offset `i`: its value and the offset just past it. */
function flowNode(at: LineAt, i: number, sink: ScalarSink): { value: unknown; end: number } {
  const { line } = at;
  const ch = line[i];
  if (ch === "[" || ch === "{") return flowCollection(at, i, sink);
  if (ch === '"' || ch === "'") return quoted(line, i);
  if (!plainMayStart(line, i, true)) bail();
  let j = i;
  while (j < line.length && !",[]{}:".includes(line[j]!) && !(line[j] === "#" && line[j - 1] === " ")) j++;
  if (j < line.length && line[j] !== "," && line[j] !== "]" && line[j] !== "}") bail();
  let end = j;
  while (line[end - 1] === " ") end--;
  return { value: resolvePlain(line.slice(i, end), at.start + i, sink), end: j };
}

/**
 * A `[ ]` or `{ }` collection that starts at offset `i` of a line and closes on it, of scalars and collections:
 * every entry of a mapping `key: value`, no empty entry, no comment inside; a trailing comma is allowed.
 */
export function flowCollection(at: LineAt, i: number, sink: ScalarSink): { value: unknown; end: number } {
  const { line } = at;
  const map = line[i] === "{";
  const close = map ? "}" : "]";
  const seq: unknown[] = [];
  const obj: Record<string, unknown> = {};
  const keys = new Set<string>();
  let j = skipSpaces(line, i + 1);
  if (line[j] === close) return { value: map ? obj : seq, end: j + 1 };
  for (;;) {
    if (map) {
      let key: string;
      if (line[j] === '"' || line[j] === "'") {
        const q = quoted(line, j);
        if (line[q.end] !== ":") bail();
        key = q.value;
        if (key === "__proto__" || key.length > 1000) bail();
        j = q.end + 1;
      } else {
        if (!plainMayStart(line, j, true)) bail();
        const colon = line.indexOf(":", j);
        if (colon === -1 || line[colon + 1] !== " ") bail();
        const text = line.slice(j, colon);
        if (/[,[\]{}#]|\s$/.test(text)) bail();
        key = plainKey(text);
        j = colon + 1;
      }
      if (keys.has(key)) bail();
      keys.add(key);
      j = skipSpaces(line, j);
      if (line[j] === "," || line[j] === close) bail();
      const node = flowNode(at, j, sink);
      obj[key] = node.value;
      j = node.end;
    } else {
      const node = flowNode(at, j, sink);
      seq.push(node.value);
      j = node.end;
    }
    j = skipSpaces(line, j);
    if (line[j] === close) return { value: map ? obj : seq, end: j + 1 };
    if (line[j] !== ",") bail();
    j = skipSpaces(line, j + 1);
    if (line[j] === close) return { value: map ? obj : seq, end: j + 1 }; // a trailing comma
    if (line[j] === ",") bail();
  }
}
