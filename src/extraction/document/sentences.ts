import type { Span } from "./reading-text.js";

/** A clause of a sentence (its span in the reading) and the mark that ended it: ，；： or the sentence's end. */
export interface Clause extends Span {
  readonly endedBy: "，" | "；" | "：" | "end";
}

/** A sentence of a paragraph's reading: ended by 。！？, cut into clauses. */
export interface Sentence extends Span {
  readonly clauses: readonly Clause[];
}

const SENTENCE_END = new Set(["。", "！", "？"]);
const OPEN = new Set(["（", "(", "“", "《"]);
const CLOSE = new Set(["）", ")", "”", "》"]);

/**
 * The sentences of a reading and their clauses. Clauses end at ，；, and at a colon after words: a colon between
 * numbers is a structure (3.9：59.5：36.6) and stays. Nothing inside brackets or quotes ends a clause:
 * （上年同期为下降5.1%） is read with the clause it stands in; a full stop ends its sentence all the same.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  let clauses: Clause[] = [];
  let depth = 0;
  const endClause = (at: number, endedBy: Clause["endedBy"]) => {
    if (at > clauseStart) clauses.push({ start: clauseStart, end: at, endedBy });
    clauseStart = at + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    // a full stop ends the sentence even inside a bracket left open
    if (depth > 0 && !SENTENCE_END.has(c)) continue;
    if (SENTENCE_END.has(c)) {
      endClause(i, "end");
      if (clauses.length) out.push({ start: sentenceStart, end: i + 1, clauses });
      clauses = [];
      sentenceStart = i + 1;
      clauseStart = i + 1;
      depth = 0;
    } else if (c === "，" || c === ",") endClause(i, "，");
    else if (c === "；" || c === ";") endClause(i, "；");
    else if ((c === "：" || c === ":") && !/\d/.test(text[i - 1] ?? "")) endClause(i, "：");
  }
  endClause(text.length, "end");
  if (clauses.length) out.push({ start: sentenceStart, end: text.length, clauses });
  return out;
}
