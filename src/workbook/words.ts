/**
 * The words of an exported workbook, as data: headers Chinese first and then English, as plansheet's tables write
 * them; the words number formats show; what a cell without a value says in its note.
 */
export const WORKBOOK_WORDS = {
  indicator: "指标 label",
  target: "目标 label",
  id: "代码 id",
  unit: "单位 unit",
  assumption: "假设 assumption",
  note: "说明 note",
  kind: "属性 kind",
  check: "条件 check",
  met: "达标 met",
  margin: "差距 margin",
  byYear: "逐年取值，见情景表 by year: see the scenario's sheet",
  renamed: "情景 → 工作表、名称 scenario → sheet, names",
  /** The unit a change in percentage points is shown in. */
  points: "个百分点",
  /** Opens the note of a cell left blank, before the reason plansheet gives. */
  noValue: "无值 no value",
  /** The note's reason when a cell has no rule that gives it a value. */
  noRule: "no reported value and no rule for this year",
  /** What a met cell shows for true and false. */
  yes: "TRUE",
  no: "FALSE",
} as const;

/** The note of a cell left blank: why plansheet has no value for it. */
export function noValueNote(reason: string | undefined): string {
  return `${WORKBOOK_WORDS.noValue}: ${reason ?? WORKBOOK_WORDS.noRule}`;
}
