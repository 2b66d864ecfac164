import { CHANGE_VERBS, RATE_NOUNS } from "../vocabulary/changes.js";
import { CELL_BOUNDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../vocabulary/qualifiers.js";
import { UNIT_WORDS } from "../vocabulary/units.js";

/** A figure as a table's cell prints it: 5.2, -3.1, 6左右, >7, ≥95, 约6, and 〔4.4〕 (over the table's years). */
export interface CellFigure {
  /** The number as printed, its sign included. */
  readonly number: string;
  /** The words it is read with (以上, 左右, 超过 …), as the claims file writes them. */
  readonly qualifiers: readonly string[];
  /** In 〔〕 or [] (a plan's table): the change over all the table's years, not a level of one. */
  readonly overSpan: boolean;
}

const longest = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const BEFORE = longest([...Object.keys(CELL_BOUNDS), ...Object.keys(QUALIFIERS_BEFORE)]);
const AFTER = longest(Object.keys(QUALIFIERS_AFTER).filter((w) => w.length > 1));
const FIGURE_CELL = new RegExp(
  `^(${BEFORE.join("|")})?\\s*([〔［\\[]?)\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*[〕］\\]]?\\s*(${AFTER.join("|")})?$`,
);

/** The figure a cell holds, if it holds one alone. */
export function figureCell(text: string): CellFigure | undefined {
  const m = FIGURE_CELL.exec(text);
  if (!m) return undefined;
  const before = m[1] === undefined ? undefined : (CELL_BOUNDS[m[1]] ?? QUALIFIERS_BEFORE[m[1]]);
  const after = m[4] === undefined ? undefined : QUALIFIERS_AFTER[m[4]];
  return {
    number: m[3]!,
    qualifiers: [...(before ? [before] : []), ...(after ? [after] : [])],
    overSpan: m[2] !== "",
  };
}

/** What a row's label says besides its subject: its unit in brackets, and the change it speaks of. */
export interface RowName {
  readonly name: string;
  /** 地区生产总值（亿元）, 森林覆盖率（%）: the unit printed with the name. */
  readonly unit?: string;
  /** 地区生产总值增长（%）, 单位地区生产总值能源消耗降低（%）: the row's figures are changes of the subject, with this sign. */
  readonly change?: 1 | -1;
}

const NUMBERING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*|^[（(]\d{1,2}[）)]\s*/;
const BRACKET_UNIT = /[（(]([^（）()]{1,8})[）)]$/;
const CHANGE_AT_END = new RegExp(
  `(${longest([...Object.keys(CHANGE_VERBS).filter((v) => v.length >= 2), ...RATE_NOUNS]).join("|")})$`,
);

/**
 * A row's label read: its item number left out (1.地区生产总值增长（%）), its unit in brackets taken apart, and a verb
 * of change at its end (增长, 降低) taken for the change its figures are.
 */
export function rowName(label: string): RowName {
  let name = label.replace(NUMBERING, "");
  let unit: string | undefined;
  const bracket = BRACKET_UNIT.exec(name);
  if (bracket && (/^[%‰]$/.test(bracket[1]!) || UNIT_WORDS.some((u) => bracket[1]!.endsWith(u)))) {
    unit = bracket[1]!;
    name = name.slice(0, bracket.index);
  }
  // (only a row in %: 城镇新增就业（万人） counts people, 地区生产总值增长（%） is a growth rate)
  const verb = unit === "%" ? CHANGE_AT_END.exec(name)?.[1] : undefined;
  const stem = verb === undefined ? name : name.slice(0, -verb.length);
  // (a change of a name of two characters or more: 增长 alone, or 人口自然增长, is no row of changes)
  if (verb === undefined || stem.length < 2 || /自然$/.test(stem)) return { name, ...(unit ? { unit } : {}) };
  return { name: stem, ...(unit ? { unit } : {}), change: CHANGE_VERBS[verb] ?? 1 };
}
