import type { Language } from "../core/index.js";
import { labelIn, type ModelStructure } from "../structure/index.js";

/**
 * The words of plansheet's text output — table headers, marks, legends — in each language, as data: a header is
 * looked up here, never written in a render function. Sentences (what it would take, a joint search) are in
 * `sentences.ts`.
 */
const WORDS = {
  indicator: { zh: "指标", en: "indicator" },
  id: { zh: "代码", en: "id" },
  unit: { zh: "单位", en: "unit" },
  value: { zh: "数值", en: "value" },
  label: { zh: "名称", en: "label" },
  inputOrConstant: { zh: "输入或常数", en: "input or constant" },
  assumption: { zh: "假设", en: "assumption" },
  why: { zh: "取值依据", en: "why this value" },
  noAssumptions: { zh: "没有假设：每个输入都来自原文。", en: "No assumptions: every input comes from the source." },
  target: { zh: "目标", en: "target" },
  kind: { zh: "属性", en: "kind" },
  check: { zh: "条件", en: "check" },
  checkRelation: { zh: "核对项", en: "check" },
  result: { zh: "结果", en: "result" },
  threshold: { zh: "目标值", en: "threshold" },
  margin: { zh: "差距", en: "margin" },
  firstMet: { zh: "首次达标", en: "first met" },
  noTargets: { zh: "没有目标。", en: "No targets." },
  met: { zh: "✓ 达标", en: "✓ met" },
  notMet: { zh: "✗ 未达标", en: "✗ NOT met" },
  noValue: { zh: "? 无值", en: "? no value" },
  from: { zh: "起", en: "from" },
  scenario: { zh: "情景", en: "scenario" },
  year: { zh: "年份", en: "year" },
  versus: { zh: "较", en: "Δ vs" },
  probability: { zh: "达标概率", en: "probability" },
  interval95: { zh: "95%区间", en: "95% interval" },
  trialsWithoutValue: { zh: "无值次数", en: "no value" },
  drivers: { zh: "主要影响因素（方差占比，秩相关ρ）", en: "driven by (share of variance, rank correlation ρ)" },
  projectedYear: { zh: "预测年份", en: "projected year" },
  backcast: { zh: "由后一年倒推", en: "backcast from a later year" },
  noValueNote: { zh: "无值（见说明）", en: "no value (see the notes)" },
  after: { zh: "之后", en: "after" },
  decided: {
    zh: "在浮点舍入范围内恰在目标值上：以十进制精确计算判定",
    en: "on its threshold to within float rounding: decided in decimal mode (exact)",
  },
  verdictConsistent: { zh: "✓ 相符", en: "✓ consistent" },
  verdictInconsistent: { zh: "✗ 不符", en: "✗ INCONSISTENT" },
  verdictArithmeticMean: { zh: "✗ 算术平均", en: "✗ ARITHMETIC MEAN" },
  verdictNotCheckable: { zh: "· 无从核对", en: "· not checkable" },
  toReview: { zh: "? 待复核", en: "? to review" },
  printed: { zh: "报告值", en: "printed" },
  implied: { zh: "其他数据推算", en: "implied by the other figures" },
  note: { zh: "注", en: "note" },
  line: { zh: "第{n}行", en: "line {n}" },
  model: { zh: "模型", en: "model" },
  targetsByScenario: { zh: "各情景下的目标", en: "Targets by scenario" },
  indicatorsIn: { zh: "{year}年各指标", en: "Indicators in {year}" },
  decimalMode: { zh: "（十进制模式，精确值）", en: " (decimal mode, exact values)" },
  partial: { zh: " — 不完整：模型有错误", en: " — PARTIAL: the model has errors" },
  inputsAndConstants: { zh: "输入与常数（各年相同）", en: "Inputs and constants (the same in every year)" },
  targets: { zh: "目标", en: "Targets" },
  assumptions: { zh: "假设（原文未给出的输入）", en: "Assumptions (inputs the source does not give)" },
  fractionalCounts: { zh: "不是整数的计数", en: "Counts that are not whole numbers" },
  errorsAndWarnings: { zh: "错误与警告", en: "Errors and warnings" },
  warnings: { zh: "警告", en: "Warnings" },
  notes: { zh: "说明（无值的单元格）", en: "Notes (cells without a value)" },
  proposedIdentities: {
    zh: "推定的恒等关系（按定义成立）：{identities}",
    en: "Proposed identities (they hold by definition): {identities}",
  },
  readFromText: { zh: "{source}（从原文读出{n}个数据）", en: "{source} ({n} figures read from the text)" },
  targetsRead: {
    zh: "另从原文读出{t}项目标（不在核对之列；plansheet extract 列出）。",
    en: "{t} targets were read from the text too (not checked; plansheet extract lists them).",
  },
  standardInput: { zh: "标准输入", en: "standard input" },
  unitsUnknown: {
    zh: "注意：以下单位不在单位表中，各按其本身计数：{units}",
    en: "note: units not in the catalogue, each taken as a count of its own: {units}",
  },
  yearMissing: {
    zh: "原文没有印出年份，所读数据无法定位到年份，未作核对：请用 --year 指定报告的年份（如 --year 2024）。",
    en: "The text prints no year: its figures cannot be placed in time and were not checked; give the report's year with --year (e.g. --year 2024).",
  },
  yearAssumed: {
    zh: "原文的标题、日期行和开头都没有印出报告年份，按文中最常出现的{year}年计；依此作出的核对只列为待复核。如不是{year}年，请用 --year 指定。",
    en: "The title, dateline and opening print no year: the report is taken as of {year}, the year the text names most often, and checks that rest on it are only to review. If it is another, give it with --year.",
  },
  notCheckableCounted: {
    zh: "另有{n}项无从核对（原文没有印出核对所需的其他数据）；--all 逐项列出。",
    en: "{n} more checks could not be made (the text prints no other figure they need); --all lists them.",
  },
  uncheckedListed: {
    zh: "没有核对可用的数据（报告中没有与之相关的其他数据）：{ids}",
    en: "Figures no check could use (nothing else printed relates to them): {ids}",
  },
  uncheckedCounted: {
    zh: "另有{n}个数据没有核对可用（报告中没有与之相关的其他数据；--json 逐一列出）",
    en: "{n} figures no check could use (nothing else printed relates to them; --json lists them)",
  },
  indicatorsSame: {
    zh: "另有{n}项指标在各情景下相同，未列出",
    en: "{n} indicators the same in every scenario are left out",
  },
  targetsNotMoved: {
    zh: "另有{n}项目标不随{lever}变化，未列出（--all-targets 全部列出）",
    en: "{n} targets that {lever} does not move are left out (--all-targets shows them)",
  },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

/** The name of a word of the text output. */
export type WordKey = keyof typeof WORDS;

/** A word with its `{name}` places filled from `values` (`另有{n}项…` with `{ n: 3 }`); a place without a value stays. */
export function fillWords(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Every word in one language: `words("zh").unit` is 单位. */
export function words(lang: Language): { readonly [K in WordKey]: string } {
  return Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, v[lang]])) as { [K in WordKey]: string };
}

/** An indicator as a table or sentence names it in `lang`: its label, else its id. */
export function indicatorName(structure: ModelStructure, id: string, lang: Language): string {
  return labelIn(structure.indicatorById.get(id)?.label, id, lang);
}

/** A target as a table or sentence names it in `lang`: its label, else its id. */
export function targetName(structure: ModelStructure, id: string, lang: Language): string {
  return labelIn(structure.targets.find((t) => t.id === id)?.label, id, lang);
}

/** A scenario as a table or sentence names it in `lang`: its label, else its name in the model. */
export function scenarioName(structure: ModelStructure, id: string, lang: Language): string {
  return labelIn(structure.scenarios.get(id)?.label, id, lang);
}
