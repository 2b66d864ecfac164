import { readDocumentContext, type ContextOptions } from "./context/document-context.js";
import { documentFrame, headingFrame } from "./context/sections.js";
import { readDocument } from "./document/index.js";
import { claimsOf, lineIndex } from "./claims.js";
import { accountForEveryNumber } from "./accounting.js";
import { proposeRelations } from "./propose.js";
import { qualifyAttributes, readParagraph } from "./reading/paragraph.js";
import type { Readings } from "./reading/reading.js";
import { readTable } from "./reading/table.js";
import type { Extraction } from "./types.js";

/** Options of {@link extractClaims}: what the text does not print, or prints wrong. */
export interface ExtractOptions extends ContextOptions {
  /** The report's year ("this year"): its data year for a communiqué, the year it is delivered for a work report. */
  readonly year?: number;
  /** The part of the year the whole report is about (H1, Q1-Q3, M1-M4, 上半年), when its title does not say. */
  readonly period?: string;
}

/**
 * Reads every figure of a Chinese report's text. The text is read as a document (head, headings, paragraphs,
 * tables); its context (kind, region, year, the part of the year) from its title, dateline and opening; each
 * section's time (a work report's review of the year before, its targets, a plan's years) from its headings; then
 * every clause by the grammar of `reading/`: levels, changes and their bases, averages, point changes, shares,
 * contributions, structures, rate differences, 分别 lists, bracketed base values, figures in words. Every
 * Arabic-digit number ends as a claim's or target's value or as an unclassified number with its reason. Nothing is
 * guessed silently: what the text does not print is assumed, said on the claim (`confidence: guess`) and, for the
 * whole document, in `assumptions`; the clock is never read. Browser-safe: text in, data out.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const doc = readDocument(text);
  const context = readDocumentContext(doc, options);
  let section = documentFrame(context);
  const out: Readings = { figures: [], unread: [], sentences: 0, mentions: 0 };
  for (const block of doc.blocks) {
    if (block.kind === "table") {
      readTable(block, doc, context, section, out);
      continue;
    }
    if (block.kind === "heading") section = headingFrame(block.reading.text, context, section);
    readParagraph(block.reading, context, section, context.period, out);
  }
  qualifyAttributes(out.figures);
  // (lines as the document reads them: a carriage return alone ends one too)
  const lineOf = lineIndex(doc.normalized);
  const { claims, targets } = claimsOf(out.figures, text, lineOf);
  const unclassified = accountForEveryNumber(doc, out, [...claims, ...targets], lineOf);
  const proposed = proposeRelations(claims);
  const assumptions = [
    ...(context.year === undefined
      ? ["no year is printed in the text: its figures cannot be placed in time; give the report's year (--year)"]
      : []),
    ...(context.yearNote ? [`${context.yearNote}; give the report's year (--year) if it is another`] : []),
  ];
  return {
    ...(context.year !== undefined ? { year: context.year } : {}),
    document: {
      kind: context.kind,
      ...(doc.head.title ? { title: doc.head.title } : {}),
      ...(context.level ? { level: context.level } : {}),
      ...(context.place ? { place: context.place } : {}),
      yearSource: context.yearSource,
      ...(context.period ? { period: context.period } : {}),
    },
    claims,
    targets,
    unclassified,
    identities: proposed.identities,
    parts: proposed.parts,
    means: proposed.means,
    assumptions,
  };
}
