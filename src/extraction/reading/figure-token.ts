import { escapeRegExp } from "../../core/index.js";
import {
  MAGNITUDES,
  NAME_UNITS,
  OVER_UNIT_WORDS,
  PER_UNIT_WORDS,
  RATE_UNITS,
  UNIT_WORDS,
} from "../vocabulary/units.js";
import { DURATION_AFTER, UNITS_LIKE_NAMES } from "../vocabulary/not-figures.js";
import {
  LOOKS_LIKE_A_QUALIFIER,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  QUALIFIERS_INSIDE,
} from "../vocabulary/qualifiers.js";

/** What a number's unit makes of it: a percentage, per mille, percentage points, 倍, an amount with a unit, or bare. */
export type UnitKind = "percent" | "permille" | "points" | "permille_points" | "times" | "amount" | "bare";

/** A number as printed in a reading, with the unit and qualifiers around it. */
export interface FigureToken {
  /** Where the number's digits start (after a minus sign) and end, in the reading. */
  readonly start: number;
  readonly end: number;
  /** The digits as printed (ASCII). */
  readonly digits: string;
  /** Printed with a minus sign: 自然增长率-0.57‰, a table's -2.6. */
  readonly negative: boolean;
  readonly unitKind: UnitKind;
  /** The unit as printed, for amounts (亿元, 万吨标准煤, 家); `%`, `‰`, `个百分点` or `倍` for rates. */
  readonly unit?: string;
  /** Qualifiers after the number (以上, 左右) or between it and its unit (余, 多), as the claims file writes them. */
  readonly qualifiersAfter: readonly string[];
  /** Where the figure's own words end: after its unit and qualifiers. */
  readonly wordsEnd: number;
}

const MAGNITUDE = `(?:${MAGNITUDES.join("|")})`;
const UNIT_WORD = `(?:${UNIT_WORDS.map(escapeRegExp).join("|")})`;
/**
 * A unit as printed: a magnitude and a unit word, optionally over another (吨标准煤/万元, 微克/立方米), or a magnitude
 * alone (3.2万; 551万农村贫困人口, where what follows is what is counted).
 */
const PER_UNIT_WORD = `(?:${UNIT_WORDS.map(escapeRegExp).join("|")}|${PER_UNIT_WORDS.join("|")})`;
// (a unit word whole before a magnitude and a word: 千瓦时 is no 千 of 瓦)
const UNIT = new RegExp(
  `^(?:(?:${UNIT_WORD}|${MAGNITUDE}${UNIT_WORD})(?:\\/(?:${PER_UNIT_WORD}|${MAGNITUDE}${PER_UNIT_WORD}))?|(?:${OVER_UNIT_WORDS.join("|")})\\/(?:${PER_UNIT_WORD}|${MAGNITUDE}${PER_UNIT_WORD})|${MAGNITUDE})`,
  "u",
);
const POINTS = new RegExp(`^(?:${RATE_UNITS.points.join("|")})`);
const PERMILLE_POINTS = new RegExp(`^(?:${RATE_UNITS.permillePoints.join("|")})`);
const NAME_UNIT = new RegExp(`^(?:${NAME_UNITS.join("|")})`);
/** 年 after a number with a decimal part, not opening a span of years (11.3年, not 1.5年来: DURATION_AFTER). */
const YEARS_MEASURED = new RegExp(
  `^年(?!${DURATION_AFTER.filter((w) => w.startsWith("年"))
    .map((w) => w.slice(1))
    .join("|")})`,
);
const UNIT_LIKE_NAME = new RegExp(`^(?:${UNITS_LIKE_NAMES.join("|")})`);
const AFTER = new RegExp(
  `^(?:${Object.keys(QUALIFIERS_AFTER)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
);
const PER = /^[/／]\d*(?:万|千|百|亿)(?:人|人口|户)?/;
const INSIDE = new RegExp(`^(?:${Object.keys(QUALIFIERS_INSIDE).join("|")})`);
const SPLIT_UNIT = new RegExp(
  `^(${MAGNITUDE})(${Object.keys(QUALIFIERS_INSIDE).join("|")})(${MAGNITUDE}?${UNIT_WORD})`,
);

/**
 * Every number of a stretch of a reading, with its unit and qualifiers. Only the stretch is searched (a search that
 * ran on to the reading's end for each clause would make a long run of clauses without figures quadratic).
 */
export function figureTokens(text: string, start: number, end: number): FigureToken[] {
  const out: FigureToken[] = [];
  for (const m of text.slice(start, end).matchAll(/\d+(?:\.\d+)?/g)) {
    const at = start + m.index;
    // a number cut by the stretch's end is read whole (its digits go on past it)
    const digits = /^\d+(?:\.\d+)?/.exec(text.slice(at, at + m[0].length + 40))![0];
    const negative =
      (text[at - 1] === "-" || text[at - 1] === "－") &&
      !/[\d年月]/.test(text[at - 2] ?? "") &&
      !/%/.test(text[at - 2] ?? "");
    const token = readToken(text, at, at + digits.length, digits, negative, end);
    // a dash right after a number and its unit, before a larger number in the same unit, joins a range
    // (52.9分贝-56.1分贝): it is no minus sign (3000亿元-5.3%, 16.5℃-0.3℃ keep theirs)
    const before = out[out.length - 1];
    const joint =
      negative &&
      before !== undefined &&
      before.wordsEnd === at - 1 &&
      !before.negative &&
      before.unitKind === token.unitKind &&
      before.unit === token.unit &&
      Number(before.digits) <= Number(digits);
    out.push(joint ? { ...token, negative: false } : token);
  }
  return out;
}

function readToken(
  text: string,
  start: number,
  end: number,
  digits: string,
  negative: boolean,
  limit: number,
): FigureToken {
  let at = end;
  const qualifiersAfter: string[] = [];
  const rest = () => text.slice(at, Math.min(limit, at + 16));
  // 7万余件, 3万多人, 4万多亿元: a qualifier between the magnitude and the rest of the unit, which make the unit together
  const split = SPLIT_UNIT.exec(rest());
  if (split) {
    qualifiersAfter.push(QUALIFIERS_INSIDE[split[2]!]!);
    const after = AFTER.exec(text.slice(at + split[0].length, Math.min(limit, at + split[0].length + 8)));
    if (after) qualifiersAfter.push(QUALIFIERS_AFTER[after[0]]!);
    const wordsEnd = at + split[0].length + (after ? after[0].length : 0);
    return {
      start,
      end,
      digits,
      negative,
      unitKind: "amount",
      unit: `${split[1]}${split[3]}`,
      qualifiersAfter,
      wordsEnd,
    };
  }
  // 3000余万元, 1000多公里: a qualifier between the number and its unit
  const inside = INSIDE.exec(rest());
  if (inside && (UNIT.test(text.slice(at + 1, at + 17)) || POINTS.test(text.slice(at + 1, at + 17)))) {
    qualifiersAfter.push(QUALIFIERS_INSIDE[inside[0]]!);
    at += inside[0].length;
  }
  let unitKind: UnitKind = "bare";
  let unit: string | undefined;
  const r = rest();
  if (r.startsWith("%")) [unitKind, unit] = ["percent", "%"];
  else if (r.startsWith("‰")) [unitKind, unit] = ["permille", "‰"];
  else if (POINTS.test(r)) [unitKind, unit] = ["points", POINTS.exec(r)![0]];
  else if (PERMILLE_POINTS.test(r)) [unitKind, unit] = ["permille_points", PERMILLE_POINTS.exec(r)![0]];
  else if (r.startsWith("倍")) [unitKind, unit] = ["times", "倍"];
  // 5.07/10万: a rate per so many (its denominator is no figure of its own)
  else if (PER.test(r)) [unitKind, unit] = ["amount", PER.exec(r)![0]];
  else if (!NAME_UNIT.test(r) || UNIT_LIKE_NAME.test(r)) {
    const u = UNIT.exec(r);
    if (u) [unitKind, unit] = ["amount", u[0]];
    // 平均受教育年限11.3年: years with a decimal part are a quantity measured, never a date or a span of them
    else if (digits.includes(".") && YEARS_MEASURED.test(r)) [unitKind, unit] = ["amount", "年"];
  }
  if (unit) at += unit.length;
  const after = AFTER.exec(rest());
  if (after && !(after[0] === "多" && /^多[个项家种]/.test(rest()))) {
    qualifiersAfter.push(QUALIFIERS_AFTER[after[0]]!);
    at += after[0].length;
  }
  return { start, end, digits, negative, unitKind, ...(unit ? { unit } : {}), qualifiersAfter, wordsEnd: at };
}

/**
 * A qualifier as a pattern that does not match inside a word of LOOKS_LIKE_A_QUALIFIER (约 not after 签, 节 …).
 */
export function qualifierPattern(word: string): string {
  const heads = LOOKS_LIKE_A_QUALIFIER.filter((w) => w.endsWith(word) && w.length > word.length).map((w) =>
    w.slice(0, -word.length),
  );
  return heads.length ? `(?<!${heads.join("|")})${word}` : word;
}

/** The qualifier a lead ends with (超过, 近, 约 …), and how long it is. */
export function qualifierBefore(lead: string): { word: string; qualifier: string } | undefined {
  let best: string | undefined;
  for (const w of Object.keys(QUALIFIERS_BEFORE)) if (lead.endsWith(w) && (!best || w.length > best.length)) best = w;
  if (best && LOOKS_LIKE_A_QUALIFIER.some((w) => w.length > best!.length && lead.endsWith(w))) return undefined;
  return best ? { word: best, qualifier: QUALIFIERS_BEFORE[best]! } : undefined;
}
