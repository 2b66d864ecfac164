import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import type { Extraction, ExtractedClaim } from "../../src/extraction/index.js";

/** A figure as labelled by hand: the indicator group it belongs to, its kind, value as printed, year or period. */
export interface LabelledFigure {
  readonly group: string;
  readonly kind: string;
  readonly value: string;
  readonly year?: number;
  readonly from?: number;
  readonly to?: number;
  /** The part of each year (H1, Q1, M6), when not the whole year. */
  readonly period?: string;
  /** A figure of the text's targets rather than a claim about what happened. */
  readonly target?: boolean;
}

export interface Labels {
  readonly text: string;
  readonly year?: number;
  readonly figures: readonly LabelledFigure[];
}

export function readLabels(file: string): Labels {
  return parse(readFileSync(resolve(__dirname, "labels", file), "utf8")) as Labels;
}

/** What a figure is, without its indicator: kind, value as printed and when (its years and part of the year). */
function key(f: { kind: string; value: string; year?: number; from?: number; to?: number; period?: string }): string {
  return `${f.kind}|${f.value}|${f.year ?? `${f.from}-${f.to}`}${f.period ? `@${f.period}` : ""}`;
}

/** The scores of an extraction against the labels. */
export interface Quality {
  readonly extracted: number;
  readonly labelled: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  /** Labelled figures read as another kind: "label kind → extracted kind" and how often. */
  readonly confusion: Record<string, number>;
  /** Labelled figures not found right, and extracted figures not in the labels. */
  readonly missed: string[];
  readonly spurious: string[];
}

/**
 * Scores extracted figures against labelled ones. A figure counts as right when its kind, value and year or period
 * all match a labelled figure and its indicator groups as the labels group: each labelled group is mapped to the
 * extracted indicator most of its figures got (one group to one indicator, the larger group first), and a figure
 * whose indicator is not its group's is wrong.
 */
export function score(extracted: readonly ExtractedClaim[], labels: readonly LabelledFigure[]): Quality {
  const pool = new Map<string, LabelledFigure[]>();
  for (const l of labels) pool.set(key(l), [...(pool.get(key(l)) ?? []), l]);
  const pairs: [ExtractedClaim, LabelledFigure][] = [];
  const unpaired: ExtractedClaim[] = [];
  for (const e of extracted) {
    const candidates = pool.get(key(e));
    const label = candidates?.shift();
    if (label) pairs.push([e, label]);
    else unpaired.push(e);
  }
  // each labelled group to the extracted indicator most of its figures got, one to one, larger groups first
  const votes = new Map<string, Map<string, number>>();
  for (const [e, l] of pairs) {
    const v = votes.get(l.group) ?? new Map<string, number>();
    v.set(e.indicator, (v.get(e.indicator) ?? 0) + 1);
    votes.set(l.group, v);
  }
  const taken = new Set<string>();
  const mapping = new Map<string, string>();
  for (const [group, v] of [...votes].sort((a, b) => Math.max(...b[1].values()) - Math.max(...a[1].values()))) {
    const best = [...v].filter(([id]) => !taken.has(id)).sort((a, b) => b[1] - a[1])[0];
    if (best) {
      mapping.set(group, best[0]);
      taken.add(best[0]);
    }
  }
  const right = pairs.filter(([e, l]) => mapping.get(l.group) === e.indicator);
  const rightLabels = new Set(right.map(([, l]) => l));
  const missedLabels = labels.filter((l) => !rightLabels.has(l));
  const confusion: Record<string, number> = {};
  for (const l of missedLabels) {
    const other = extracted.find((e) => e.value === l.value && e.kind !== l.kind);
    const name = `${l.kind} → ${other ? other.kind : "(not found)"}`;
    confusion[name] = (confusion[name] ?? 0) + 1;
  }
  const rightClaims = new Set(right.map(([e]) => e));
  return {
    extracted: extracted.length,
    labelled: labels.length,
    correct: right.length,
    precision: extracted.length ? right.length / extracted.length : 1,
    recall: labels.length ? right.length / labels.length : 1,
    confusion,
    missed: missedLabels.map((l) => `${l.group} ${key(l)}`),
    spurious: extracted.filter((e) => !rightClaims.has(e)).map((e) => `${e.indicator} ${key(e)} «${e.quote}»`),
  };
}

/** Every Arabic-digit number of the text is inside a claim's or a target's quote, or listed as unclassified. */
export function unaccounted(text: string, extraction: Extraction): string[] {
  const spans = [...extraction.claims, ...extraction.targets].map((c) => c.span);
  const listed = new Set(extraction.unclassified.map((u) => u.span.start));
  const normalized = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, ".");
  return [...normalized.matchAll(/\d+(?:\.\d+)?/g)]
    .filter((m) => !listed.has(m.index) && !spans.some((s) => m.index >= s.start && m.index + m[0].length <= s.end))
    .map((m) => `${m[0]} at ${m.index}`);
}
