import { makeSpan, type LiteralKind, type Span } from "../core/index.js";

/**
 * The tokens of a formula that become leaves of its tree (names, numbers, strings), each with its span.
 * mathjs does the parsing; these tokens give every leaf of its tree the place it came from, and carry the
 * `%`/`pp` suffix of a number literal, which mathjs would otherwise misread (`a + 5%` as `a * 1.05`).
 */
export interface LeafToken {
  readonly kind: "name" | "number" | "string";
  readonly text: string;
  readonly span: Span;
  /** For numbers: how the literal was written (`5%` is percent). */
  readonly literal?: LiteralKind;
  /** For numbers: the digits without the suffix. */
  readonly digits?: string;
  /** For a filed name (`城镇·income#12`): the name as mathjs reads it, its `·` and `#` written `_`. */
  readonly mathjs?: string;
}

/**
 * Which names a formula may use: a model's ids (`model`), or also the names a claims file files figures under
 * (`filed`): a part or region before `·` and a mention after `#`, as in `第一产业·investment#26`, which identities and
 * parts written for a text's claims name.
 */
export type NameGrammar = "model" | "filed";

/**
 * What else a filed name may hold, printed as the text prints its subject: the `·` before its indicator, quotes,
 * brackets and enumeration commas of CJK text, Roman numerals (Ⅰ~Ⅲ类水质), full-width forms. None is an operator.
 */
const FILED_CLASS = "·\\u2018-\\u201F\\u2160-\\u217F\\u3001-\\u303F\\uFF01-\\uFFEF";
const FILED_EXTRA = new RegExp(`[${FILED_CLASS}]`);
/** Every character of a filed name that mathjs would not read in a name, the mention's `#` with them. */
const FILED_MARKS = new RegExp(`[#${FILED_CLASS}]`, "g");

/** A formula's leaf tokens and the text to hand to mathjs (suffixes blanked out, offsets unchanged). */
export interface LexedFormula {
  readonly tokens: readonly LeafToken[];
  readonly mathjsText: string;
  /** Offset of a `%` that follows no number, if any: there is no remainder operator, and mathjs would misread it. */
  readonly strayPercent?: number;
}

/**
 * Characters that may start a name: ASCII letters, `_`, and CJK ideographs (so `地区生产总值` is a name).
 * mathjs's own notion of a letter is widened to match (see parse.ts).
 */
export function isNameStart(ch: string): boolean {
  return /[A-Za-z_\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/.test(ch);
}

/** Characters that may continue a name: the above and digits. */
export function isNamePart(ch: string): boolean {
  return isNameStart(ch) || (ch >= "0" && ch <= "9");
}

/** Where a name that starts at `i` ends. */
function nameEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isNamePart(text[j]!)) j++;
  return j;
}

/** Where a filed name that starts at `i` ends: name characters and {@link FILED_EXTRA}, then a mention `#digits`. */
function filedNameEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && (isNamePart(text[j]!) || FILED_EXTRA.test(text[j]!))) j++;
  if (text[j] === "#" && /[0-9]/.test(text[j + 1] ?? "")) {
    j += 1;
    while (/[0-9]/.test(text[j] ?? "")) j++;
  }
  return j;
}

/** mathjs words that are operators, not names. */
const OPERATOR_WORDS = new Set(["and", "or", "not", "xor", "mod", "to", "in"]);

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

/**
 * Splits a formula into leaf tokens. Anything else (operators, brackets, spaces) is left to mathjs. A number
 * followed by `%` (spaces allowed between) or directly by `pp` or `百分点` is one literal; the suffix is
 * replaced by spaces in the text given to mathjs, so that mathjs sees a plain number at the same offsets.
 */
export function lexFormula(text: string, names: NameGrammar = "model"): LexedFormula {
  const tokens: LeafToken[] = [];
  const blanked = text.split("");
  let strayPercent: number | undefined;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if ((ch >= "0" && ch <= "9") || (ch === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      NUMBER.lastIndex = i;
      const digits = NUMBER.exec(text)![0];
      let end = i + digits.length;
      let literal: LiteralKind = "plain";
      let afterSpaces = end;
      while (text[afterSpaces] === " ") afterSpaces++;
      if (text[afterSpaces] === "%") {
        literal = "percent";
        blanked[afterSpaces] = " ";
        end = afterSpaces + 1;
      } else {
        let j = end;
        while (j < text.length && isNamePart(text[j]!)) j++;
        const word = text.slice(end, j);
        if (word === "pp" || word === "百分点") {
          literal = "pp";
          for (let k = end; k < j; k++) blanked[k] = " ";
          end = j;
        }
      }
      tokens.push({ kind: "number", text: text.slice(i, end), span: makeSpan(i, end), literal, digits });
      i = end;
    } else if (isNameStart(ch) || (names === "filed" && FILED_EXTRA.test(ch))) {
      const j = names === "filed" ? filedNameEnd(text, i) : nameEnd(text, i);
      const word = text.slice(i, j);
      if (!OPERATOR_WORDS.has(word)) {
        const mathjs = names === "filed" ? word.replace(FILED_MARKS, "_") : word;
        if (mathjs !== word) for (let k = i; k < j; k++) blanked[k] = mathjs[k - i]!;
        tokens.push({ kind: "name", text: word, span: makeSpan(i, j), ...(mathjs !== word ? { mathjs } : {}) });
      }
      i = j;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      const end = Math.min(j + 1, text.length);
      tokens.push({ kind: "string", text: text.slice(i, end), span: makeSpan(i, end) });
      i = end;
    } else {
      if (ch === "%" && strayPercent === undefined) strayPercent = i;
      i += 1;
    }
  }
  return { tokens, mathjsText: blanked.join(""), ...(strayPercent !== undefined ? { strayPercent } : {}) };
}
