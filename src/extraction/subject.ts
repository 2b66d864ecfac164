import { ALIAS_TO_ID, LEAD_WORDS, NAME_MODIFIERS } from "./vocabulary.js";

/** Words that end a subject phrase: a figure, a comparison, a relation or a verb of change follows. */
const SUBJECT_END =
  /(?<![A-Za-z\d.])\d|比(?=上年|同期|去年|\d)|较(?=上年|同期|去年|\d)|同比|与(?=上年|同期|去年|\d)|持平|年均|[两二三四五]年平均|由|占(?!比)|达到|达|为|是|完成|实现|提高|提升|拉动|对|的?贡献率|高于|低于|快于|慢于|控制在|突破|超过|增长|增加(?!值)|下降|减少|降低|上涨|回落|增至|不低于|不少于|约|近|累计|连续|分别|保持|稳定在|力争|（/;

/**
 * The subject phrase of a clause: its words before the first figure, comparison or verb, without the words that
 * only lead into it (其中, 全年, 预计2021年, 完成 …); empty when the clause goes on about the last subject.
 */
export function subjectOf(clause: string): string {
  let s = clause.trim();
  // 与2021年同期相比: a base said for what follows, no subject
  if (/^(?:与|和|同)\s*(?:\d{4}年|上年)(?:同期)?相比$/.test(s)) return "";
  for (let i = 0; i < 4; i++) {
    s = s
      .replace(LEAD_WORDS, "")
      .replace(/^(?:预计)?(?:\d{4}年(?:末|底)?)(?:全[区县市省])?/, "")
      .replace(/^(?:完成|实现|全年)/, "")
      .replace(/^上年(?:末|底|同期)?/, "")
      .replace(/^\d{4}\s*[—\-－~至到]\s*\d{4}年/, "")
      .replace(/^(?:——|—|“|”)+/, "");
  }
  const end = SUBJECT_END.exec(s);
  let subject = (end ? s.slice(0, end.index) : s).replace(/的$/, "").replace(/[（(].*$/, "").replace(/(?:的)?(?:增速|增幅|增长速度)$/, "").trim();
  // A subject names a thing: a stray verb or connective is not one.
  if (subject.length < 2 || /^[，、；。]/.test(subject) || /^(?:增速|增幅|其中|分别)/.test(subject)) subject = "";
  return subject;
}

/**
 * An indicator id for a subject phrase: the usual id of a usual name (地区生产总值 and GDP are both `gdp`),
 * matched in full or as the phrase's end (全区地区生产总值); else the phrase itself as an id (Chinese ids are valid
 * in formulas), without punctuation.
 */
export function indicatorId(subject: string): string {
  const known = ALIAS_TO_ID.get(subject);
  if (known) return known;
  // 全区地区生产总值 is GDP; 人均地区生产总值 is not
  const ending = [...ALIAS_TO_ID.keys()]
    .filter((alias) => alias.length >= 3 && subject.endsWith(alias) && !NAME_MODIFIERS.test(subject.slice(0, -alias.length)))
    .sort((a, b) => b.length - a.length)[0];
  if (ending) return ALIAS_TO_ID.get(ending)!;
  const id = subject.replace(/[^\p{L}\p{N}_]/gu, "");
  return /^\d/.test(id) ? `x_${id}` : id || "unnamed";
}
