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
}

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

/** mathjs words that are operators, not names. */
const OPERATOR_WORDS = new Set(["and", "or", "not", "xor", "mod", "to", "in"]);

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

/**
 * Splits a formula into leaf tokens. Anything else (operators, brackets, spaces) is left to mathjs. A number
 * followed by `%` (spaces allowed between) or directly by `pp` or `百分点` is one literal; the suffix is
 * replaced by spaces in the text given to mathjs, so that mathjs sees a plain number at the same offsets.
 */
export function lexFormula(text: string): LexedFormula {
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
    } else if (isNameStart(ch)) {
      let j = i + 1;
      while (j < text.length && isNamePart(text[j]!)) j++;
      const word = text.slice(i, j);
      if (!OPERATOR_WORDS.has(word)) tokens.push({ kind: "name", text: word, span: makeSpan(i, j) });
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
