import type { IssueCode, Span } from "../core/index.js";
import type { LexedFormula, NameGrammar } from "./lexer.js";

/** Why a formula could not be read: a code, a message, what to change, and where. @inline */
export interface FormulaProblem {
  readonly code: IssueCode;
  readonly message: string;
  readonly hint?: string;
  readonly span: Span;
}

/**
 * What refuses a formula's text before it is parsed: an empty formula, a number in another base (0x1F), a `%` after
 * no number (there is no remainder operator), and a `#` (mathjs would drop the rest as a comment; in a claims file's
 * formula it may only mark a filed name's mention, `城镇·income#12`). Undefined when none does.
 */
export function refusedText(text: string, lexed: LexedFormula, names: NameGrammar): FormulaProblem | undefined {
  const { mathjsText, strayPercent } = lexed;
  if (text.trim() === "") {
    return { code: "syntax", message: "the formula is empty", span: { start: 0, end: 0 } };
  }
  const radix = /(?<![A-Za-z0-9_.\u3400-\u9fff])0[xXbBoO]/.exec(text);
  if (radix) {
    return {
      code: "refused_construct",
      message: "only decimal numbers are allowed, not hexadecimal, binary or octal ones",
      hint: "write numbers as decimal digits, like 276, 0.05, 5% or 0.6pp",
      span: { start: radix.index, end: radix.index + 2 },
    };
  }
  if (strayPercent !== undefined) {
    return {
      code: "refused_construct",
      message: "% may only follow a number written in digits; there is no remainder operator",
      hint: "write 5% for five percent, or divide by 100",
      span: { start: strayPercent, end: strayPercent + 1 },
    };
  }
  // mathjs would take the rest of the line for a comment and read the formula without it (a `#` in a string is
  // the string's, which the parser refuses with its own message)
  const strings = lexed.tokens.filter((t) => t.kind === "string");
  let hash = mathjsText.indexOf("#");
  while (hash >= 0 && strings.some((t) => t.span.start <= hash && hash < t.span.end))
    hash = mathjsText.indexOf("#", hash + 1);
  if (hash >= 0) {
    return {
      code: "syntax",
      message: "'#' has no meaning in a formula: there are no comments, and the rest would be lost",
      hint:
        names === "filed"
          ? "a claim is named as the claims file files it, its mention right after the name: 城镇·income#12"
          : "remove it, or write the note in the indicator's `note:`",
      span: { start: hash, end: hash + 1 },
    };
  }
  return undefined;
}
