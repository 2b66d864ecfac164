import type { Language } from "../core/index.js";
import { fillWords } from "../render/index.js";

/**
 * The words of the report page — headings, captions, legends — in Chinese and English, as data: the page prints
 * both, Chinese first. `{name}` marks where a value goes.
 */
const PAGE_WORDS = {
  scenarios: { zh: "情景", en: "Scenarios" },
  baseYear: { zh: "基年", en: "base year" },
  verification: { zh: "核对", en: "Verification of the printed figures" },
  checkCounts: {
    zh: "共{checks}项核对：{inconsistent}项不符，{mean}项为算术平均，{consistent}项相符，{unchecked}项无从核对。",
    en: "{checks} checks: {inconsistent} inconsistent, {mean} arithmetic mean, {consistent} consistent, {unchecked} not checkable.",
  },
  noFindings: { zh: "未发现相互矛盾的数字。", en: "No printed figure contradicts another." },
  everyCheck: { zh: "全部核对", en: "Every check" },
  targets: { zh: "目标", en: "Targets" },
  whatItWouldTake: { zh: "如何达标", en: "What it would take" },
  probability: { zh: "达标概率", en: "Probability of meeting each target" },
  assumptions: { zh: "假设", en: "Assumptions" },
  inputs: { zh: "输入与常数", en: "Inputs and constants" },
  charts: { zh: "图", en: "Charts" },
  projections: { zh: "预测", en: "Projections" },
  verificationCaption: {
    zh: "每项核对：报告值的区间与其他数字推算的区间。",
    en: "Each check: the printed figure's interval against the interval the other figures imply.",
  },
  projectionCaption: { zh: "{name}：各情景，虚线为目标。", en: "every scenario, the target as a dashed line." },
  fanCaption: {
    zh: "{name}：模拟范围（{trials}次模拟，种子{seed}）。",
    en: "the simulated range ({trials} trials, seed {seed}).",
  },
  driversCaption: { zh: "{name}：影响因素。", en: "what drives it." },
  sameAsBaseline: {
    zh: "其余{n}项指标与{baseline}相同，见上表。",
    en: "The other {n} indicators are as in {baseline}, in the table above.",
  },
  noDifference: {
    zh: "各项指标均与{baseline}相同。",
    en: "Every indicator is as in {baseline}.",
  },
  notDrawn: {
    zh: "{n}张图未绘制：未提供绘图程序（plansheet/svg 的 svgOf 可以绘制）。",
    en: "{n} charts are not drawn: no renderer was given (plansheet/svg's svgOf draws them).",
  },
  drawingFailed: { zh: "图未绘制：{reason}", en: "The charts are not drawn: {reason}" },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

/** The name of a word of the page. */
export type PageWordKey = keyof typeof PAGE_WORDS;

/** A word of the page in one language, with its `{name}` places filled. */
export function pageWord(
  key: PageWordKey,
  lang: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillWords(PAGE_WORDS[key][lang], values);
}

/** A word of the page in both languages, `first` first (Chinese unless asked): `核对 Verification of the printed figures`. */
export function bothWords(
  key: PageWordKey,
  values: Readonly<Record<string, string | number>> = {},
  first: Language = "zh",
): string {
  return bothLanguages(first)
    .map((lang) => pageWord(key, lang, values))
    .join(" ");
}

/** The two languages of the page, `first` first. */
export function bothLanguages(first: Language): readonly [Language, Language] {
  return first === "zh" ? ["zh", "en"] : ["en", "zh"];
}
