import type { Interval, Language } from "../core/index.js";
import type { Scale } from "./describe.js";
import type { Finding } from "./findings.js";
import type { CheckData } from "./report.js";

export type { Language } from "../core/index.js";

/** How an indicator is named in a sentence: by its label in the sentence's language where it has one, else its id. */
export type IndicatorNames = (indicator: string, language: Language) => string;

/** What a sentence is written from: the check, its verdict, intervals and decimals, and how to name an indicator. */
export interface SentenceContext {
  readonly check: CheckData;
  readonly name: (indicator: string) => string;
  /** A formula (an identity) with each indicator it names written as {@link SentenceContext.name} names it. */
  readonly formula: (text: string) => string;
  readonly fits: boolean;
  readonly computed: Interval | null;
  /** Decimals to show a computed value with. */
  readonly d: number;
  readonly scale: Scale;
}

/** The sentences of one language: one function per finding, from its facts. */
export type Sentences = {
  readonly [S in Finding["sentence"]]: (f: Extract<Finding, { sentence: S }>, c: SentenceContext) => string;
};

/** The simple mean as a reader would compute it from a printed cumulative change: 20.34% ÷ 5 = 4.068%. */
export function simpleMean(f: Extract<Finding, { sentence: "average_vs_cumulative" }>): string {
  const years = f.to - f.from;
  const figure = f.cumulative.figure;
  return `${figure.text.replace(/^[+-]/, "")} ÷ ${years} = ${figure.value.abs().div(years).times(100).toString()}%`;
}
