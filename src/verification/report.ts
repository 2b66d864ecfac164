import {
  INSPECT,
  JUPYTER_DISPLAY,
  htmlElement,
  intervalsOverlap,
  presentation,
  tableBundle,
  type DocumentLike,
  type Interval,
  type Issue,
  type MimeBundle,
} from "../core/index.js";
import { intervalToJson, type Scale } from "./describe.js";
import type { CheckKind, Finding, Note } from "./findings.js";
import type { SubYearPeriod } from "./sub-year.js";

export type { CheckKind } from "./findings.js";

/**
 * A check's verdict: `consistent` when some true values inside every printed interval satisfy the
 * relation; `inconsistent` when none do; `arithmetic_mean` when a printed "average" cannot be the compound
 * average of the cumulative change but equals the cumulative change divided by the years; `not_checkable` when
 * the claims do not determine the relation (the value they imply is still reported).
 */
export type Verdict = "consistent" | "inconsistent" | "arithmetic_mean" | "not_checkable";

/**
 * The verdict of what the other figures imply against the figure printed: `consistent` when the two intervals
 * overlap (some true values inside every printed interval satisfy the relation), `inconsistent` when they do not,
 * `not_checkable` when the implied value is not printed.
 */
export function verdictOf(computed: Interval, reported: Interval | null): Verdict {
  if (!reported) return "not_checkable";
  return intervalsOverlap(computed, reported) ? "consistent" : "inconsistent";
}

/**
 * A check that sets what the other figures imply (`computed`) against the figure printed (`reported`), with the
 * verdict of {@link verdictOf} and no notes: the shape of most checks.
 */
export function comparison(
  check: Omit<CheckData, "verdict" | "noteCodes" | "computed"> & { readonly computed: Interval },
): CheckData {
  return { ...check, verdict: verdictOf(check.computed, check.reported), noteCodes: [] };
}

/** One check between printed figures, as data: what it compared, what it found, and its verdict. */
export interface CheckData {
  readonly id: string;
  readonly kind: CheckKind;
  /** The ids of the claims the check uses. */
  readonly claims: readonly string[];
  readonly verdict: Verdict;
  /** What the other claims imply for the figure checked (or, when not checkable, the value they imply). */
  readonly computed: Interval | null;
  /** The figure checked, as the interval its printing allows; `null` when the implied value is not printed. */
  readonly reported: Interval | null;
  /** How `computed` and `reported` read (percent, points, or a level in a unit), and with how many decimals. */
  readonly scale: Scale;
  readonly decimals: number;
  /** For a value the claims imply but the report does not print: which one. */
  readonly derived?: {
    readonly indicator: string;
    readonly year?: number;
    readonly from?: number;
    readonly to?: number;
    readonly period?: string;
  };
  /** The part of each year the figures checked are for (上半年), when not the whole year. */
  readonly period?: SubYearPeriod;
  /** What the check found: the sentence that says it and the facts it needs (`findings.ts`). */
  readonly finding: Finding;
  /** Remarks as data: a figure that matches only if truncated, a possible price-basis mismatch, estimates used. */
  readonly noteCodes: readonly Note[];
  /** The check rests on a reading its text does not print (`confidence: guess`): its verdict is to review, not a finding. */
  readonly review?: boolean;
}

/** A check with its words: the sentence in English and Chinese, and the notes (built by `sentences.ts`). */
export interface Check extends CheckData {
  /** One sentence a planner understands, in English and in Chinese (Chinese names indicators by their labels). */
  readonly explanation: string;
  readonly explanationZh: string;
  /** Its heading, in English and in Chinese: what it relates, of which indicator, when (`checkTitle`). */
  readonly title: string;
  readonly titleZh: string;
  /** Further remarks, in words: in English, and in Chinese. */
  readonly notes: readonly string[];
  readonly notesZh: readonly string[];
}

/** The `verify --json` shape, a contract with scripts: fields are added, never renamed. */
export interface VerifyJson {
  readonly checks: {
    id: string;
    kind: CheckKind;
    claims: string[];
    verdict: Verdict;
    computed: [number | null, number | null] | null;
    reported: [number | null, number | null] | null;
    explanation: string;
    explanationZh: string;
    title: string;
    titleZh: string;
    notes: string[];
    notesZh: string[];
    derived?: Check["derived"];
    /** The part of each year (Q1, H1, Q1-Q3, M1-M10), when not the whole year. */
    period?: string;
    /** Rests on a guessed reading: a failure here is to review, not a finding. */
    review?: boolean;
  }[];
  readonly counts: Record<Verdict, number>;
  readonly unchecked: string[];
  /** The failures that rest on guessed readings: to review, not findings (and not what `--strict` exits on). */
  readonly toReview: string[];
  readonly issues: Issue[];
}

/** The outcome of verifying a claims file: every check, the claims no check used, and the problems found. */
export class VerificationReport {
  readonly checks: readonly Check[];
  /** Ids of valid claims that no check could use. */
  readonly unchecked: readonly string[];
  readonly issues: readonly Issue[];

  constructor(checks: readonly Check[], unchecked: readonly string[], issues: readonly Issue[]) {
    this.checks = checks;
    this.unchecked = unchecked;
    this.issues = issues;
  }

  /** How many checks have each verdict. */
  get counts(): Record<Verdict, number> {
    const counts: Record<Verdict, number> = { consistent: 0, inconsistent: 0, arithmetic_mean: 0, not_checkable: 0 };
    for (const check of this.checks) counts[check.verdict] += 1;
    return counts;
  }

  /** The findings: checks that fail (`inconsistent` or `arithmetic_mean`) on readings that needed no guess (what `--strict` exits 3 on). */
  get failures(): Check[] {
    return this.checks.filter((c) => (c.verdict === "inconsistent" || c.verdict === "arithmetic_mean") && !c.review);
  }

  /** Checks that would fail but rest on a guessed reading (a year, a period, a subject the text does not print): to review. */
  get toReview(): Check[] {
    return this.checks.filter((c) => (c.verdict === "inconsistent" || c.verdict === "arithmetic_mean") && c.review);
  }

  /** The checks as `plansheet verify` prints them: the table, then each check in English and Chinese. */
  toString(): string {
    return presentation("verification", this).text();
  }

  /** The same as HTML: escaped tables with the same columns. */
  toHTML(): string {
    return presentation("verification", this).html();
  }

  /** An element for a page or Observable's `display()` (`globalThis.document` unless one is given). */
  toElement(document?: DocumentLike): unknown {
    return htmlElement(`<div>${this.toHTML()}</div>`, document);
  }

  /** What `console.log`, the REPL and tslab print: the text, not the internals. */
  [INSPECT](): string {
    return this.toString();
  }

  /** What Deno's Jupyter kernel shows: the text, the HTML tables and the JSON. */
  [JUPYTER_DISPLAY](): MimeBundle {
    return tableBundle(presentation("verification", this), this.toJSON());
  }

  /** The `verify --json` output. */
  toJSON(): VerifyJson {
    return {
      checks: this.checks.map((c) => ({
        id: c.id,
        kind: c.kind,
        claims: [...c.claims],
        verdict: c.verdict,
        computed: intervalToJson(c.computed),
        reported: intervalToJson(c.reported),
        explanation: c.explanation,
        explanationZh: c.explanationZh,
        title: c.title,
        titleZh: c.titleZh,
        notes: [...c.notes],
        notesZh: [...c.notesZh],
        ...(c.derived ? { derived: c.derived } : {}),
        ...(c.period ? { period: c.period.code } : {}),
        ...(c.review ? { review: true } : {}),
      })),
      counts: this.counts,
      unchecked: [...this.unchecked],
      toReview: this.toReview.map((c) => c.id),
      issues: [...this.issues],
    };
  }
}
