import { AVERAGE_WORDS, CHANGE_VERBS, RATE_NAMES, RATE_NOUNS } from "../vocabulary/changes.js";
import { CELL_BOUNDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../vocabulary/qualifiers.js";
import { TIME_UNITS, UNIT_WORDS } from "../vocabulary/units.js";
import { longestFirst } from "../vocabulary/longest.js";
import { NUMBER_IN_TEXT } from "../document/index.js";

/**
 * A figure as a table's cell prints it: 5.2, -3.1, 12.3%, 60.6* (a note's mark), 6左右, >7, ≥95, 约6, and 〔4.4〕 (over
 * the table's years).
 */
export interface CellFigure {
  /** The number, its sign included (without characters that print nothing). */
  readonly number: string;
  /** The number as the cell prints it, for finding it there (1\u200b234 for 1234). */
  readonly printed: string;
  /** The words it is read with (以上, 左右, 超过 …), as the claims file writes them. */
  readonly qualifiers: readonly string[];
  /** In 〔〕 or [] (a plan's table): the change over all the table's years, not a level of one. */
  readonly overSpan: boolean;
}

const BEFORE = longestFirst([...Object.keys(CELL_BOUNDS), ...Object.keys(QUALIFIERS_BEFORE)]);
const AFTER = longestFirst(Object.keys(QUALIFIERS_AFTER).filter((w) => w.length > 1));
// (characters that print nothing may stand anywhere in a cell: **5.2** of Markdown, 1\u200b234)
const FIGURE_CELL = new RegExp(
  `^[\\s\u200b]*(${BEFORE.join("|")})?[\\s\u200b]*([〔［\\[]?)[\\s\u200b]*([-+]?${NUMBER_IN_TEXT.source})[\\s\u200b]*[〕］\\]]?[\\s\u200b]*%?\\*?[\\s\u200b]*(${AFTER.join("|")})?[\\s\u200b]*$`,
);

/** The figure a cell holds, if it holds one alone. */
export function figureCell(text: string): CellFigure | undefined {
  const m = FIGURE_CELL.exec(text);
  if (!m) return undefined;
  const before = m[1] === undefined ? undefined : (CELL_BOUNDS[m[1]] ?? QUALIFIERS_BEFORE[m[1]]);
  const after = m[4] === undefined ? undefined : QUALIFIERS_AFTER[m[4]];
  return {
    number: m[3]!.replace(/\u200b/g, ""),
    printed: m[3]!,
    qualifiers: [...(before ? [before] : []), ...(after ? [after] : [])],
    overSpan: m[2] !== "",
  };
}

/** What a row's label says besides its subject: its unit in brackets, and the change it speaks of. */
export interface RowName {
  readonly name: string;
  /** 地区生产总值（亿元）, 森林覆盖率（%）: the unit printed with the name, or in the row's 单位 cell. */
  readonly unit?: string;
  /** 地区生产总值增长（%）, 单位地区生产总值能源消耗降低（%）: the row's figures are changes of the subject, with this sign. */
  readonly change?: 1 | -1;
  /** 地区生产总值年均增长（%）: the changes are averages over the years. */
  readonly average?: boolean;
}

const NUMBERING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*|^[（(]\d{1,2}[）)]\s*/;
const BRACKET_UNIT = /[（(]([^（）()]{1,8})[）)]$/;
/** Words that open a bracket saying what a row includes or leaves out: 含, 不含, 包括, 其中. */
const INCLUDES = /^(?:含|不含|包括|不包括|其中)/;
/** An abbreviation in brackets inside a name: 国内生产总值（GDP）. */
const ABBREVIATION = /[（(][A-Za-z][A-Za-z\d.]*[）)]/g;
const CHANGE_AT_END = new RegExp(
  `(${longestFirst([...Object.keys(CHANGE_VERBS).filter((v) => v.length >= 2), ...RATE_NOUNS]).join("|")})$`,
);
const AVERAGE_AT_END = new RegExp(`(?:${longestFirst(AVERAGE_WORDS).join("|")})$`);

/**
 * A row's label read: its item number left out (1.地区生产总值增长（%）), its unit in brackets taken apart (or the
 * unit its 单位 cell prints), an abbreviation in brackets left out (国内生产总值（GDP）), and in a row in % a verb of
 * change at its end (增长, 降低, 年均增长) taken for the change its figures are.
 */
export function rowName(label: string, unitCell?: string): RowName {
  let name = label.replace(NUMBERING, "");
  let unit = unitCell;
  // (a bracket that says what is included, 0-15岁（含不满16周岁）, is no unit)
  const bracket = INCLUDES.test(BRACKET_UNIT.exec(name)?.[1] ?? "") ? null : BRACKET_UNIT.exec(name);
  // (a span of time, 受教育年限（年）, is a row's unit too, and no rate's)
  if (
    bracket &&
    (/^[%‰]$/.test(bracket[1]!) ||
      UNIT_WORDS.some((u) => bracket[1]!.endsWith(u)) ||
      (TIME_UNITS as readonly string[]).includes(bracket[1]!))
  ) {
    unit ??= bracket[1]!;
    name = name.slice(0, bracket.index);
  }
  name = name.replace(ABBREVIATION, "");
  const units = unit ? { unit } : {};
  // (only a row in %: 城镇新增就业（万人） counts people, 地区生产总值增长（%） is a growth rate)
  // (a rate's own name, 人口自然增长率, holds no change)
  const verb = unit === "%" && !RATE_NAMES.some((n) => name.endsWith(n)) ? CHANGE_AT_END.exec(name)?.[1] : undefined;
  if (verb === undefined) return { name, ...units };
  let stem = name.slice(0, -verb.length);
  const average = AVERAGE_AT_END.exec(stem);
  if (average) stem = stem.slice(0, average.index);
  // (a change of a name of two characters or more: 增长 alone is no row of changes)
  if (stem.length < 2) return { name, ...units };
  return { name: stem, ...units, change: CHANGE_VERBS[verb] ?? 1, ...(average ? { average: true } : {}) };
}
