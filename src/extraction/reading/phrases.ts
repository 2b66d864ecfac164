import { CHANGE_VERBS, FALL_RATE_NOUNS, FLAT_WORDS, RATE_NOUNS } from "../vocabulary/changes.js";
import { COUNT_WORDS, MAGNITUDES } from "../vocabulary/units.js";
import { SAME_SUBJECT_WORDS } from "../vocabulary/indicators.js";
import { qualifierPattern } from "./figure-token.js";

/** Words that make a lead no verb phrase of a figure's own: a verb of change, a rate, a share, a comparison. */
const NOT_OWN = new RegExp(
  [
    ...Object.keys(CHANGE_VERBS),
    ...RATE_NOUNS,
    ...FALL_RATE_NOUNS,
    "年均",
    "拉动",
    "占",
    "比重",
    "分别",
    "均",
    "按",
    "可比",
    "新增",
    ...SAME_SUBJECT_WORDS,
  ].join("|"),
);

/** Words of a level and qualifiers a lead ends with, none a name's (项目签约 keeps its 约). */
const LEVEL_WORDS_AT_END = new RegExp(
  `(?:为|达到|达|${qualifierPattern("约")}|是|共|计|超过|突破|${qualifierPattern("近")}|不低于|不少于|累计)+$`,
);

/** A verb phrase of a figure's own in its lead (已完成, 已落地), years, comparisons and verbs of a level left out. */
export function ownPhrase(lead: string): string {
  const phrase = lead
    .replace(/[（(）)“”、，]/g, "")
    .replace(/(?:上年末?|(?:19|20)\d\d年(?:末|底)?|比上年|同比|其中)/g, "")
    .replace(LEVEL_WORDS_AT_END, "")
    .trim();
  if (!/^\p{Script=Han}{2,6}$/u.test(phrase)) return "";
  return NOT_OWN.test(phrase) ? "" : phrase;
}

/** The start of a bracket opened in the clause before `at` and not yet closed, or −1. */
export function openBracket(t: string, from: number, at: number): number {
  for (let i = at - 1; i >= from && at - i <= 40; i--) {
    if (t[i] === "）" || t[i] === ")") return -1;
    if (t[i] === "（" || t[i] === "(") return i;
  }
  return -1;
}

/** A lead without the brackets in it: 高于全国（-1.2%）1.5个百分点 reads 高于全国. */
export function withoutBrackets(lead: string): string {
  return lead.replace(/[（(][^（()）]*[）)]/g, "");
}

const COUNT_UNIT = new RegExp(`^(?:${MAGNITUDES.join("|")})?(?:${COUNT_WORDS.join("|")})$`);

/** Whether a unit counts things (所, 1.2万所, 起), not people or visits (万人, 万人次). */
export function isCountUnit(unit: string | undefined): boolean {
  return unit !== undefined && COUNT_UNIT.test(unit);
}

/**
 * Those that did something, counted (同比上涨的城市个数为2个, 下降的为68个, 增长的企业有120家): what they did, and the
 * things named, if any.
 */
const COUNT_OF_THOSE =
  /^(?:同比|环比|比上年)?([\p{Script=Han}]{1,6}?)的([\p{Script=Han}]{0,6}?)(?:个数|数量|家数|数目)?(?:为|是|有)$/u;

/** What those counted did, when they are named (上涨的城市个数, 增长的企业): a change, or none (持平). */
const DID = new RegExp(`(?:${[...Object.keys(CHANGE_VERBS), ...FLAT_WORDS].join("|")})$`);

/** A rate or share after 的 (对经济增长的贡献率为, 占投资的比重为): what follows is no count of those that did it. */
const RATE_OF = /率|比重|比例|份额|贡献/;

/**
 * What those a lead counts did (同比上涨的城市个数为 → 上涨; 下降的为 → 下降), when the figure after it is a count of its
 * own rather than a figure of the subject: always when the things are named (…的城市个数为, …的企业有), else only
 * when the clause's subject was spoken of already (`goesOn`: 持平的为4个，下降的为43个).
 */
export function thoseCounted(lead: string, goesOn: boolean): string | undefined {
  const which = COUNT_OF_THOSE.exec(lead);
  if (!which) return undefined;
  const did = which[1]!;
  return (which[2] === "" ? goesOn : DID.test(did) && !RATE_OF.test(which[2]!)) ? did : undefined;
}
