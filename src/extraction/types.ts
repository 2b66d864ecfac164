import type { ClaimKind } from "../verification/index.js";
import type { DocumentKind } from "./vocabulary/documents.js";
import type { RegionLevel } from "./vocabulary/regions.js";
import type { NotAFigure } from "./reading/not-a-figure.js";
import type { Span } from "./document/index.js";

export type { Span };

/** Something a reading needed that the text does not print, and what was taken instead. */
export interface ExtractedAssumption {
  /** What was assumed: the year, the base of a change, the subject, the part of the year. */
  readonly field: "year" | "base" | "subject" | "period";
  readonly note: string;
}

/** A claim read from a report's text, in the claims-file shape, with where it was read and how sure the reading is. */
export interface ExtractedClaim {
  readonly id: string;
  readonly indicator: string;
  /** A region other than the document's own (全国 in a city's communiqué, a county in a 分县 paragraph). */
  readonly region?: string;
  /** The part of the indicator the figure is for (制造业 of 规模以上工业增加值), when its subject names no measure. */
  readonly breakdown?: string;
  /** The subject phrase as printed (地区生产总值). */
  readonly label: string;
  readonly kind: ClaimKind;
  readonly value: string;
  readonly unit?: string;
  readonly year?: number;
  readonly from?: number;
  readonly to?: number;
  /** The part of each year the figure is for (Q1, H1, Q1-Q3, M1-M10, M6), when not the whole year: 上半年, 1—6月. */
  readonly period?: string;
  readonly qualifiers?: readonly string[];
  readonly of?: string;
  /** The total's name as printed (全社会固定资产投资), when it is not its id. */
  readonly ofLabel?: string;
  /** The total's region, when it is another than the document's own (占全省地区生产总值的比重: 全省). */
  readonly ofRegion?: string;
  /** The total's part, when it is one (民营企业进出口…占全国的3.0%: the nation's 民营企业 part of trade). */
  readonly ofBreakdown?: string;
  readonly parts?: readonly string[];
  readonly than?: {
    readonly indicator?: string;
    readonly region?: string;
    readonly from?: number;
    readonly to?: number;
    readonly period?: string;
  };
  readonly deflates?: string;
  readonly basis?: "current" | "comparable";
  /**
   * A change of the inverse of what is printed with it (a currency's 升值 or 贬值 beside its rate in 元 per 美元): read,
   * but left out of the claims file, since no printed figure is checked against it.
   */
  readonly inverse?: true;
  /**
   * A change of a rate per mille in points per mille (自然增长率…提高0.01个千分点, unit ‰): read, but left out of the
   * claims file, whose changes of rates are in percentage points.
   */
  readonly perMillePoints?: true;
  /** The clause the figure was read from, exactly as printed. */
  readonly quote: string;
  readonly span: Span;
  /** Where the figure's own digits are printed (a structure has several; 持平 none). */
  readonly valueSpans: readonly Span[];
  readonly line: number;
  /** The mention of its subject it is read with, numbered through the text: a subject that is no usual indicator means one thing only within its mention. */
  readonly mention: number;
  /** `guess` where something was not printed and was assumed (the report's year, an average's period, a subject carried over); `assumed` says what. */
  readonly confidence: "high" | "guess";
  readonly assumed?: readonly ExtractedAssumption[];
  readonly note?: string;
}

/** A figure of a plan's targets (到2025年…达到X; 今年主要预期目标), ready to be a model's target. */
export type ExtractedTarget = ExtractedClaim & {
  /** The target as a condition in the formula language: `forest_cover[2025] >= 50.3%`. */
  readonly condition: string;
  /** Whether it binds (约束性) or guides (预期性), where a plan's table says. */
  readonly nature?: "约束性" | "预期性";
};

/** A number that is no figure, with the clause it stands in and why. */
export interface UnclassifiedNumber {
  readonly number: string;
  readonly quote: string;
  readonly span: Span;
  readonly line: number;
  readonly reason: NotAFigure;
}

/** What the document is, as read from its head and opening, and where each fact was read from. */
export interface DocumentInfo {
  readonly kind: DocumentKind;
  readonly title?: string;
  readonly level?: RegionLevel;
  /** The document's own place by name, without its suffix (东莞 of 东莞市): a subject opening with it is the document's own. */
  readonly place?: string;
  /** Where the year was read: the caller's option, the title, a work report's dateline or review heading, the body's opening, or assumed. */
  readonly yearSource: "option" | "title" | "dateline" | "heading" | "opening" | "assumed";
  readonly period?: string;
}

/** What extraction found: claims, targets, the numbers that are neither, and the relations it proposes. */
export interface Extraction {
  /** The year the report speaks of (its "this year"): given, or read from its title, dateline or opening; absent when nothing names one. */
  readonly year?: number;
  readonly document: DocumentInfo;
  readonly claims: ExtractedClaim[];
  readonly targets: ExtractedTarget[];
  readonly unclassified: UnclassifiedNumber[];
  /** Identities that hold by definition between the extracted indicators (intensity = energy / GDP). */
  readonly identities: string[];
  /** Totals and their parts the extracted indicators allow (三次产业 of GDP). */
  readonly parts: Record<string, string[]>;
  /** Averages over groups the extracted indicators allow (全体居民 income of 城镇 and 农村). */
  readonly means: Record<string, string[]>;
  /** What the whole reading rests on that the text does not print (its year), each said once. */
  readonly assumptions: string[];
}
