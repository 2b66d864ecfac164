import type { ClaimKind } from "../verification/index.js";
import type { NotAFigure } from "./figure.js";
import type { Span } from "./text.js";

/** A claim read from a report's text, in the claims-file shape, with where it was read and how sure the reading is. */
export interface ExtractedClaim {
  readonly id: string;
  readonly indicator: string;
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
  readonly parts?: readonly string[];
  readonly than?: { readonly indicator?: string; readonly from?: number; readonly to?: number; readonly period?: string };
  readonly deflates?: string;
  readonly basis?: "current" | "comparable";
  /** The clause the figure was read from, exactly as printed. */
  readonly quote: string;
  readonly span: Span;
  readonly line: number;
  /** `guess` where something was not printed and was filled in (a start year, 比上年, a subject carried over); the note says what. */
  readonly confidence: "high" | "guess";
  readonly note?: string;
}

/** A figure of a plan's targets (到2025年…达到X; 2022年预期目标), ready to be a model's target. */
export type ExtractedTarget = ExtractedClaim & {
  /** The target as a condition in the formula language: `forest_cover[2025] >= 50.3%`. */
  readonly condition: string;
};

/** A number that is no figure, with the clause it stands in and why. */
export interface UnclassifiedNumber {
  readonly number: string;
  readonly quote: string;
  readonly span: Span;
  readonly line: number;
  readonly reason: NotAFigure;
}

/** What extraction found: claims, targets, the numbers that are neither, and the relations it proposes. */
export interface Extraction {
  /** The year the report speaks of (its "this year"), as given or as read from its first lines. */
  readonly year: number;
  readonly claims: ExtractedClaim[];
  readonly targets: ExtractedTarget[];
  readonly unclassified: UnclassifiedNumber[];
  /** Identities that hold by definition between the extracted indicators (intensity = energy / GDP). */
  readonly identities: string[];
  /** Totals and their parts the extracted indicators allow (三次产业 of GDP). */
  readonly parts: Record<string, string[]>;
}

