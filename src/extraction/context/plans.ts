import { chineseNumber } from "../../core/index.js";

/**
 * Five-year plans by their number: the first ran 1953–1957 and the second 1958–1962; after three years of
 * adjustment (1963–1965) the third began in 1966, and each has run five years since (十四五 2021–2025). A plan's
 * growth is measured from the year before it begins (十四五时期年均增长: from 2020 to 2025).
 */
export interface PlanYears {
  /** The year before the plan's first: the base of its growth rates. */
  readonly from: number;
  /** The plan's last year. */
  readonly to: number;
}

/** The years of the n-th five-year plan. */
export function planYears(n: number): PlanYears {
  const first = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return { from: first - 1, to: first + 4 };
}

/** A plan's name in a text: “十四五”, 十四五时期, 第十四个五年规划 (unquoted, only from the tenth plan on: 三五 is no plan). */
export const PLAN_NAME =
  /[“"]([一二三四五六七八九十]{1,3})五[”"]|(十[一二三四五六七八九]?)五(?=时期|期间|规划|以来|末|发展|目标|初|中)|第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)/;

/** A plan named as a stretch of years (“十四五”时期, 十四五以来, 十四五期间), not as a point (十三五末) or a name (十四五规划). */
export const PLAN_PERIOD = new RegExp(`(?:${PLAN_NAME.source})(?:时期|期间|以来)`);

/** A plan's end named as a base or a time: 较“十三五”末, 到“十四五”末. */
export const PLAN_END = new RegExp(`(?:${PLAN_NAME.source})末`);

/** Every plan a text names, in order: “十三五”时期发展成就和“十四五”时期主要目标任务 names 13 and 14. */
export function plansNamed(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(PLAN_NAME.source, "g"))) {
    const n = planNamed(m[0]);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** The plan a text names (its number), if any: 十四五 is 14. */
export function planNamed(text: string): number | undefined {
  const m = PLAN_NAME.exec(text);
  if (!m) return undefined;
  const n = chineseNumber(m[1] ?? m[2] ?? m[3]!);
  return n !== undefined && n >= 1 && n <= 30 ? n : undefined;
}
