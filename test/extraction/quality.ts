import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Extraction, ExtractedClaim } from "../../src/extraction/index.js";
import { NUMBER_IN_TEXT, normalizeText } from "../../src/extraction/document/index.js";

/** A figure as labelled by hand: the indicator group it belongs to, its kind, value as printed, year or period. */
export interface LabelledFigure {
  /** The line of the text the figure's number is printed on (the corpus labels give it). */
  readonly line?: number;
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

/** Numbers of the text that are no figure, by line, with the reason (`unsure`: neither right nor wrong). */
export interface SkippedNumbers {
  readonly line: number;
  readonly numbers: readonly string[];
  readonly why: string;
}

/** A label file (test/extraction/labels/README.md). */
export interface Labels {
  readonly text: string;
  readonly kind?: string;
  readonly year?: number;
  readonly half?: "dev" | "test";
  /** For a text of the test half: which set kept aside it belongs to (1, 2, …), each scored once when labelled. */
  readonly kept?: number;
  readonly figures: readonly LabelledFigure[];
  readonly skipped?: readonly SkippedNumbers[];
}

export function readLabels(file: string): Labels {
  return parse(readFileSync(resolve(fileURLToPath(new URL("labels", import.meta.url)), file), "utf8")) as Labels;
}

/** What a figure is, without its indicator: kind, value as printed and when (its years and part of the year). */
function key(f: { kind: string; value: string; year?: number; from?: number; to?: number; period?: string }): string {
  return `${timeless(f)}|${f.year ?? `${f.from}-${f.to}`}${f.period ? `@${f.period}` : ""}`;
}

/** A figure's kind and value, without when: a 持平 in points is one figure whether of a share or of a rate (labels/README.md). */
const timeless = (f: { kind: string; value: string }) =>
  `${f.value === "持平" && f.kind === "rate_difference" ? "pp_change" : f.kind}|${f.value}`;

/** What an extracted claim is about: its indicator with its region and breakdown, which tell apart what the labels' groups do. */
export function identityOf(c: ExtractedClaim): string {
  return [c.region, c.breakdown, c.indicator].filter((p) => p !== undefined && p !== "").join("·");
}

/** The scores of an extraction against the labels. */
export interface Quality {
  readonly extracted: number;
  readonly labelled: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  /** Labelled figures whose printed value was read at all, as any kind (on the same line where the labels give lines). */
  readonly valueFound: number;
  /** Labelled figures read with the right kind, value and grouping, their time left aside. */
  readonly timelessCorrect: number;
  /** Labelled figures read as another kind: "label kind → extracted kind" and how often. */
  readonly confusion: Record<string, number>;
  /** Labelled figures not found right, and extracted figures not in the labels. */
  readonly missed: string[];
  readonly spurious: string[];
}

/** Pairs extracted figures with labelled ones of the same key, each used once. */
function pair<E, L>(
  extracted: readonly E[],
  labels: readonly L[],
  keyOfE: (e: E) => string,
  keyOfL: (l: L) => string,
): { pairs: [E, L][]; unpaired: E[] } {
  const pool = new Map<string, L[]>();
  for (const l of labels) pool.set(keyOfL(l), [...(pool.get(keyOfL(l)) ?? []), l]);
  const pairs: [E, L][] = [];
  const unpaired: E[] = [];
  for (const e of extracted) {
    const label = pool.get(keyOfE(e))?.shift();
    if (label) pairs.push([e, label]);
    else unpaired.push(e);
  }
  return { pairs, unpaired };
}

/** Each labelled group to the extracted identity most of its figures got, one to one, larger groups first. */
function groupMapping(pairs: readonly [ExtractedClaim, LabelledFigure][]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const [e, l] of pairs) {
    const v = votes.get(l.group) ?? new Map<string, number>();
    v.set(identityOf(e), (v.get(identityOf(e)) ?? 0) + 1);
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
  return mapping;
}

const digitsOf = (value: string) => value.match(/\d+(?:\.\d+)?/g) ?? [];

/**
 * Scores extracted figures against labelled ones. A figure counts as right when its kind, value and year or period
 * all match a labelled figure and its indicator groups as the labels group: each labelled group is mapped to the
 * extracted identity most of its figures got (one group to one identity, the larger group first), and a figure
 * whose identity is not its group's is wrong. An extracted figure printed where the labels say `unsure` is left
 * out of the count.
 */
export function score(
  extractedAll: readonly ExtractedClaim[],
  labels: readonly LabelledFigure[],
  skipped: readonly SkippedNumbers[] = [],
): Quality {
  const unsure = new Set(
    skipped.filter((s) => s.why === "unsure").flatMap((s) => s.numbers.map((n) => `${s.line}|${n}`)),
  );
  const extracted = extractedAll.filter((e) => !digitsOf(e.value).some((d) => unsure.has(`${e.line}|${d}`)));
  // figures on the same line first (two figures of one kind and value elsewhere must not take each other's label)
  const lined = labels.every((l) => l.line !== undefined);
  const onLine = lined
    ? pair(
        extracted,
        labels,
        (e) => `${e.line}|${key(e)}`,
        (l) => `${l.line}|${key(l)}`,
      )
    : { pairs: [], unpaired: extracted };
  const pairedLabels = new Set(onLine.pairs.map(([, l]) => l));
  const pairs = [
    ...onLine.pairs,
    ...pair(
      onLine.unpaired,
      labels.filter((l) => !pairedLabels.has(l)),
      key,
      key,
    ).pairs,
  ];
  const mapping = groupMapping(pairs);
  const right = pairs.filter(([e, l]) => mapping.get(l.group) === identityOf(e));
  const rightLabels = new Set(right.map(([, l]) => l));
  const missedLabels = labels.filter((l) => !rightLabels.has(l));
  // the looser measures: the value read at all; kind, value and grouping right whatever the time
  const found = pair(
    extracted,
    labels,
    (e) => `${lined ? e.line : ""}|${e.value.replace(/^-/, "")}`,
    (l) => `${lined ? l.line : ""}|${l.value.replace(/^-/, "")}`,
  );
  const kinds = pair(
    extracted,
    labels,
    (e) => `${lined ? e.line : ""}|${timeless(e)}`,
    (l) => `${lined ? l.line : ""}|${timeless(l)}`,
  );
  const kindMapping = groupMapping(kinds.pairs);
  const confusion: Record<string, number> = {};
  for (const l of missedLabels) {
    const other = extracted.find((e) => e.value === l.value && e.kind !== l.kind && (!lined || e.line === l.line));
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
    valueFound: found.pairs.length,
    timelessCorrect: kinds.pairs.filter(([e, l]) => kindMapping.get(l.group) === identityOf(e)).length,
    confusion,
    missed: missedLabels.map((l) => `${l.line ?? ""} ${l.group} ${key(l)}`),
    spurious: extracted
      .filter((e) => !rightClaims.has(e))
      .map((e) => `${e.line} ${identityOf(e)} ${key(e)} «${e.quote}»`),
  };
}

/**
 * Every Arabic-digit number of the text is accounted for: the value of a claim or a target, or listed as
 * unclassified with its reason. A number merely inside a claim's quote is not enough.
 */
export function unaccounted(text: string, extraction: Extraction): string[] {
  const values = new Set<number>();
  for (const c of [...extraction.claims, ...extraction.targets]) for (const s of c.valueSpans) values.add(s.start);
  for (const u of extraction.unclassified) values.add(u.span.start);
  // (read as the reader reads it: full-width digits as ASCII, and digits apart only by what prints nothing or by the
  // commas that group them, 2​021 and 1,349,084, one number each)
  const normalized = normalizeText(text);
  return [...normalized.matchAll(NUMBER_IN_TEXT)]
    .filter((m) => !values.has(m.index))
    .map((m) => `${m[0]} at ${m.index}`);
}
