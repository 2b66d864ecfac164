import type { Model } from "../evaluation/index.js";
import { verifyClaims, VerificationReport } from "../verification/index.js";
import { readYamlText } from "./read-text.js";

/**
 * Verifies the text of a YAML or JSON claims file against an optional model. `file` names it in messages
 * (`claims.yaml:12:5`). A file that cannot be read at all gives a report with no checks and its issues. Figures
 * written as bare numbers whose trailing zeros YAML drops (`5.10`) are warned about.
 */
export function verifyClaimsText(text: string, file?: string, options: { model?: Model } = {}): VerificationReport {
  const read = readYamlText(text, file, { figures: true });
  if (read.issues.length > 0 || read.data === undefined) return new VerificationReport([], [], read.issues);
  const report = verifyClaims(read.data, { ...options, source: read.source });
  const lost = read.warnings ?? [];
  return lost.length === 0 ? report : new VerificationReport(report.checks, report.unchecked, [...lost, ...report.issues]);
}

/** The `model:` a claims file names, if any (read before verifying, to load that model first). */
export function claimsModelPath(text: string): string | undefined {
  const read = readYamlText(text);
  const model = (read.data as { model?: unknown } | undefined)?.model;
  return typeof model === "string" ? model : undefined;
}
