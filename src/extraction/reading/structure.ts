import type { Span } from "../document/index.js";
import { CATEGORY_DEFAULTS, STRUCTURE_PARTS, STRUCTURE_WORDS } from "../vocabulary/indicators.js";
import type { FigureToken } from "./figure-token.js";
import { identify, type Identity } from "./identity.js";
import { push, unread } from "./emit.js";
import type { ClauseContext, ParagraphState, SentenceState } from "./state.js";

/** The words before what names a structure: 三次产业结构, 三次产业比例, 三次产业投资占比 (see `STRUCTURE_WORDS`). */
const STRUCTURE_WORD = new RegExp(`([\\p{Script=Han}]{0,16}?)(?:${STRUCTURE_WORDS.join("|")})`, "u");

/** A structure (三次产业结构为3.9：59.5：36.6): one figure, each part's share, the parts named by the words before it. */
export function readStructure(
  ctx: ClauseContext,
  s: SentenceState,
  p: ParagraphState,
  clause: Span,
  tokens: FigureToken[],
  i: number,
  printed: string,
  identity: Identity | undefined,
): number {
  const t = ctx.reading.text;
  const start = tokens[i]!.start;
  const values = printed.split(/[：:]/);
  let j = i;
  while (j < tokens.length && tokens[j]!.start < start + printed.length) j++;
  // 三次产业结构 (of GDP), 三次产业投资结构 (of investment): the conventional parts of the thing named
  const named = STRUCTURE_WORD.exec(t.slice(clause.start, start).replace(/[（(][^）)]*[）)]/g, ""))?.[1] ?? "";
  const convention = Object.keys(STRUCTURE_PARTS).find((w) => named.includes(w));
  const ownerPhrase = convention ? named.replace(convention, "") : named;
  const owner = ownerPhrase
    ? p.topic?.label.endsWith(ownerPhrase)
      ? p.topic
      : identify(ownerPhrase, { level: ctx.doc.level, place: ctx.doc.place })
    : convention
      ? { indicator: "gdp", label: "地区生产总值" }
      : (identity ?? p.topic);
  // 城乡收入比2.5：1 is a ratio, a level of 2.5; 师生比1：16.8 one of 16.8; two values that no 结构 or 比例 names
  // (医护比为1：1.17, 两者之比3：2) are a ratio of two quantities, no shares of a whole
  const ratio =
    values.length === 2 &&
    (values[1] === "1" || values[1] === "100" || !STRUCTURE_WORD.test(t.slice(clause.start, start)));
  if (ratio) {
    // (男女性别比104.5：100: per 100, the first)
    const level = values[1] === "1" || values[1] === "100" ? 0 : values[0] === "1" ? 1 : undefined;
    if (owner && level !== undefined)
      push(
        ctx,
        s,
        clause,
        owner,
        { kind: "level", sign: 1 },
        values[level]!,
        undefined,
        [],
        [{ start: tokens[i + level]!.start, end: tokens[i + level]!.end }],
        "",
        undefined,
        undefined,
        undefined,
      );
    for (let k = i; k < j; k++) if (k - i !== level) unread(ctx, tokens[k]!, "no_relation", clause);
    return j;
  }
  if (!owner) {
    for (let k = i; k < j; k++) unread(ctx, tokens[k]!, "no_relation", clause);
    return j;
  }
  const before = t.slice(clause.start, start);
  const shifted = /上年为$/.test(before) ? { year: undefined, shift: -1 } : undefined;
  const spans = tokens.slice(i, j).map((tok) => ({ start: tok.start, end: tok.end }));
  const conventional = convention ? STRUCTURE_PARTS[convention]! : undefined;
  const parts =
    conventional && conventional.length === values.length
      ? owner.indicator === "gdp" && !owner.region
        ? [...conventional]
        : Object.keys(CATEGORY_DEFAULTS).map((category) =>
            [owner.region, category, owner.indicator].filter(Boolean).join("·"),
          )
      : values.map((_, k) => `${owner.indicator}·part${k + 1}`);
  push(
    ctx,
    s,
    clause,
    owner,
    { kind: "structure", sign: 1 },
    values.join("："),
    undefined,
    [],
    spans,
    before,
    undefined,
    shifted,
    undefined,
    parts,
  );
  return j;
}
