import type { Model } from "../evaluation/index.js";
import { verifyClaims, VerificationReport } from "../verification/index.js";
import { parse } from "yaml";
import { readYamlText, type ReadText } from "./read-text.js";

/** A claims file's text, read once: its data with positions, and the model its `model:` names (as written). */
export interface ClaimsText {
  readonly read: ReadText;
  readonly modelPath?: string;
}

/**
 * Reads the text of a YAML or JSON claims file once, so that the model it names can be loaded before its claims
 * are verified with {@link verifyClaimsRead}. `file` names it in messages.
 */
export function readClaimsText(text: string, file?: string): ClaimsText {
  const read = readYamlText(text, file, { figures: true });
  const model = (read.data as { model?: unknown } | undefined)?.model;
  return typeof model === "string" ? { read, modelPath: model } : { read };
}

/**
 * Whether a text is a claims file rather than a report's text, by what it holds: a YAML or JSON document whose top
 * level is a mapping with `claims:`. A report's prose is no such document, whatever its file is called.
 */
export function isClaimsText(text: string): boolean {
  try {
    const data = parse(text, { uniqueKeys: false, maxAliasCount: 0 }) as unknown;
    return typeof data === "object" && data !== null && !Array.isArray(data) && "claims" in data;
  } catch {
    return false;
  }
}

/**
 * Verifies the text of a YAML or JSON claims file against an optional model. `file` names it in messages
 * (`claims.yaml:12:5`). A file that cannot be read at all gives a report with no checks and its issues. Figures
 * written as bare numbers whose trailing zeros YAML drops (`5.10`) are warned about.
 */
export function verifyClaimsText(text: string, file?: string, options: { model?: Model } = {}): VerificationReport {
  return verifyClaimsRead(readClaimsText(text, file), options);
}

/** Verifies a claims file read by {@link readClaimsText}, as {@link verifyClaimsText} does. */
export function verifyClaimsRead({ read }: ClaimsText, options: { model?: Model } = {}): VerificationReport {
  if (read.issues.length > 0 || read.data === undefined) return new VerificationReport([], [], read.issues);
  const report = verifyClaims(read.data, { ...options, source: read.source });
  const lost = read.warnings ?? [];
  return lost.length === 0
    ? report
    : new VerificationReport(report.checks, report.unchecked, [...lost, ...report.issues]);
}
