import { COUNTED_VERBS, UNIT_WORDS } from "../vocabulary/units.js";
import type { FigureToken } from "./figure-token.js";

/**
 * Counts and what they count, read from the words after the count (完成1679个行政村生活污水治理, 8所高校14个学科,
 * 31个工业行业大类中有18个实现正增长).
 */

/** A count right after a name (31个省630家企业): where a one-character name ends. */
const CHAINED_COUNT = `(?<![\\d.])\\d+(?:\\.\\d+)?(?:万|亿)?(?:${UNIT_WORDS.join("|")})`;
/**
 * The name after a count: up to a stop, another figure (8所高校14个学科), or a verb of what became of them; of one
 * character only before a stop or another count (8个镇、58个村; 31个省630家企业), else two at least (3个县获评…).
 */
/** Where a counted name ends whatever its length: a stop, the next of a list of figures, another count, the end. */
const NAME_END = `[、，。；（()）]|[和与及]\\d|${CHAINED_COUNT}|$`;
const COUNTED = new RegExp(
  `^(\\p{Script=Han}(?=${NAME_END})|[\\p{Script=Han}“”A-Za-z\\d]{2,20}?(?=${NAME_END}|${COUNTED_VERBS.join("|")}))`,
  "u",
);

/**
 * What a count counts when the words after its unit name it: 1679个行政村生活污水 counts 行政村生活污水; a bracket of
 * words in the name is no part of it (4个村（社区）被评为国家森林乡村 counts 村被评为国家森林乡村).
 */
export function countedThing(t: string, tok: FigureToken, clauseEnd: number): Counted | undefined {
  const rest = t.slice(tok.wordsEnd, clauseEnd).replace(/[（(][^（()）\d]{1,12}[）)]/g, "");
  const m = COUNTED.exec(rest);
  if (!m || /^(?:以上|以内|以下|左右|的|全部|均|已|为|达|实现|完成|建成|开工|次|人次)/.test(m[1]!)) return undefined;
  const beforeCount = BEFORE_COUNT.test(rest.slice(m[1]!.length));
  // 31个工业行业大类中有18个…: the things a later count is among
  const scope = beforeCount ? SCOPE_END.exec(m[1]!) : null;
  const name = (scope ? m[1]!.slice(0, scope.index) : m[1]!).replace(/[“”]/g, "");
  return { name, length: m[1]!.length, beforeCount, scope: scope !== null && name.length >= 1 };
}

/** What a count counts, as read after it. */
export interface Counted {
  /** The things counted (行政村生活污水, 工业行业大类). */
  readonly name: string;
  /** How far the words read run past the count's unit. */
  readonly length: number;
  /** Whether another count follows the words right away (8所高校14个学科; 产业园15个优势特色产业集群9个). */
  readonly beforeCount: boolean;
  /** Whether the next count is of some of these things (31个工业行业大类中有18个实现正增长). */
  readonly scope: boolean;
}

const BEFORE_COUNT = new RegExp(`^${CHAINED_COUNT}`);
/** The end of the things a later count is among: 中有, 中. */
const SCOPE_END = /中有?$/;

/** What those counted among a scope did, up to a stop (实现正增长 in 31个…中有18个实现正增长). */
export function didAmongScope(t: string, tok: FigureToken, clauseEnd: number): string {
  return /^\p{Script=Han}{1,20}?(?=[、，。；（(]|$)/u.exec(t.slice(tok.wordsEnd, clauseEnd))?.[0] ?? "";
}

/** Where a clause stands when a count is read, for telling what the count counts. */
export interface CountPlace {
  /** The clause's subject phrase ("" when none). */
  readonly subject: string;
  /** The subject names only a region (全州, 全市). */
  readonly regionOnly: boolean;
  /** The count follows another figure after 、 or 和. */
  readonly listed: boolean;
  /** The count follows right after what the last count counted (8所高校14个学科). */
  readonly chained: boolean;
  /** The things the last count is among, if it opened a scope (31个工业行业大类中有…). */
  readonly scope: string;
}

/** What a count counts, as the clause reads it: the name to file it under, or that it is the subject's own. */
export interface CountName {
  /** The name to file the count under (行政村生活污水治理, 工业行业大类实现正增长), or none. */
  readonly name?: string;
  /** Whether the name is of those among a scope (then it stands alone). */
  readonly among: boolean;
  /** Whether the count is the subject's, the words after it naming the next count. */
  readonly ofSubject: boolean;
  readonly counted?: Counted;
}

/** What a count counts (see {@link CountPlace}). */
export function countName(t: string, tok: FigureToken, clauseEnd: number, at: CountPlace): CountName {
  const counted = countedThing(t, tok, clauseEnd);
  // (国家现代农业产业园15个优势特色产业集群9个: the words before the next count name that one, this one is the
  // subject's; one character, 31个省630家, is what this one counts)
  const ofSubject =
    counted?.beforeCount === true &&
    !counted.scope &&
    counted.name.length >= 2 &&
    at.subject !== "" &&
    !at.regionOnly &&
    !at.listed;
  // 31个工业行业大类中有18个实现正增长: those of the things counted before that did what follows
  const among = at.chained && at.scope !== "" ? `${at.scope}${didAmongScope(t, tok, clauseEnd)}` : undefined;
  const name = among ?? (ofSubject ? undefined : counted?.name);
  return { ...(name ? { name } : {}), among: among !== undefined, ofSubject, ...(counted ? { counted } : {}) };
}
