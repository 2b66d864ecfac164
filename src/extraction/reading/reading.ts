import type { ClaimKind } from "../../verification/index.js";
import type { ReadingText, Span } from "../document/index.js";
import type { Identity } from "./identity.js";
import type { NotAFigure } from "./not-a-figure.js";
import type { FigureTime } from "./time.js";

/** A figure read from a paragraph or a table, before it is numbered and quoted as a claim. */
export interface Reading {
  readonly kind: ClaimKind;
  /** The value as a claim prints it: "5.1%", "-3.85%", "4.8pp", "276", "1.3" (倍), "持平". */
  readonly value: string;
  readonly unit?: string;
  readonly qualifiers: readonly string[];
  readonly identity: Identity;
  readonly time: FigureTime;
  /** For a share, a contribution or its share: the whole, as an identity. */
  readonly of?: Identity;
  /** For a rate difference against another indicator or region (高于全国): that one. */
  readonly than?: Identity;
  /** For a structure: the parts' ids, in the order printed. */
  readonly parts?: readonly string[];
  readonly basis?: "comparable" | "current";
  readonly target: boolean;
  /** A plan's table says whether a target binds (约束性) or guides (预期性). */
  readonly nature?: "约束性" | "预期性";
  readonly estimate: boolean;
  /** Where the figure's own digits are (several for a structure; none for 持平), in the reading. */
  readonly valueSpans: readonly Span[];
  /** The clause it is printed in, in the reading. */
  readonly quote: Span;
  readonly reading: ReadingText;
  /** The first subject of its sentence (or of its part after ；), which an attribute (毕业生, 基金支出) belongs to. */
  readonly head?: Identity;
  /** The sentence (or table row) it is read in, numbered through the document. */
  readonly sentence: number;
  /** The words before the figure back to the one before it in its clause (新增, 比上年增长, 达到). */
  readonly lead?: string;
  /** The years of the plan its sentence speaks of (五年来), when no year of its own is printed: what a change over it runs from. */
  readonly span?: { readonly from: number; readonly to: number };
  /** Read from a table's row (which restates the text's figures) rather than from running text. */
  readonly fromTable?: boolean;
}

/** A number that is no figure, in a reading, and why. */
export interface Unread {
  readonly span: Span;
  readonly digits: string;
  readonly reason: NotAFigure;
  readonly quote: Span;
  readonly reading: ReadingText;
}

/** What a reader gives back: figures and the numbers that are none. */
export interface Readings {
  readonly figures: Reading[];
  readonly unread: Unread[];
  /** The sentences (and table rows) read so far: the number of the next one. */
  sentences: number;
  /** The mentions of subjects read so far. */
  mentions: number;
}

/** The value of a figure as a claim prints it, from its digits, sign and kind. */
export function claimValue(kind: ClaimKind, digits: string, sign: 1 | -1, unitKind: string): string {
  const minus = sign < 0 ? "-" : "";
  if (kind === "pp_change" || kind === "contribution" || kind === "rate_difference") return `${minus}${digits}pp`;
  if (unitKind === "permille") return `${minus}${digits}‰`;
  if (unitKind === "percent") return `${minus}${digits}%`;
  if (kind === "absolute_change" || kind === "level") return `${minus}${digits}`;
  return digits;
}
