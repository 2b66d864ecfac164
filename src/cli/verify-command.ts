import type { Issue, Language } from "../core/index.js";
import { ModelError } from "../evaluation/index.js";
import { filedUnder } from "../extraction/index.js";
import { filedName, namesInFormula, type ClaimDefinition, type ClaimsDefinition } from "../verification/index.js";
import { dirname, resolve } from "node:path";
import { isClaimsText, readClaimsText, verifyClaimsRead } from "../io/index.js";
import { isReportTextPath, loadModelAsync, readFileBytes, verifyReportBytes } from "../node.js";
import { fillWords, formatIssues, formatVerification, words, wrapLines } from "../render/index.js";
import { type Console, textWidth } from "./console.js";
import { EXIT } from "./exit-codes.js";
import { STANDARD_STREAM } from "./output-file.js";

/** The names a claims file is given: YAML or JSON. */
const CLAIMS_FILE_NAME = /\.(?:ya?ml|json)$/i;

/** Options of `plansheet verify`. */
export interface VerifyCommandOptions {
  readonly model?: string;
  readonly json?: boolean;
  readonly strict?: boolean;
  /** For a report's text: its year and part of the year, when the text does not print them. */
  readonly year?: number;
  readonly period?: string;
  /** The language of labels, headers and sentences: Chinese (the default) or English. */
  readonly lang?: Language;
  /** Text at its natural width rather than the terminal's (`--wide`). */
  readonly wide?: boolean;
  /** For a report's text: list the checks that could not be made too (`--all`); else they are counted in one line. */
  readonly all?: boolean;
}

/**
 * `plansheet verify CLAIMS`: every check the printed figures allow, with verdicts and explanations; `--json`
 * prints the `verify` JSON shape. Exit 1 when the claims file or the model cannot be read or a claim is invalid
 * (the other claims are still checked and printed), 3 with `--strict` on an inconsistent or arithmetic-mean
 * verdict.
 */
export async function verifyCommand(path: string, options: VerifyCommandOptions, console: Console): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(path);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    console.err(formatIssues(error.issues, ["error", "warning"]));
    return EXIT.modelError;
  }
  const text = new TextDecoder().decode(bytes);
  // a report's text or a claims file, told by what the file holds (a name ending in .txt, .md or .html says text)
  const claimsFile = CLAIMS_FILE_NAME.test(path) || (!isReportTextPath(path) && isClaimsText(text));
  if (!claimsFile && !options.model) return verifyReportCommand(path, bytes, options, console);
  let report: ReturnType<typeof verifyClaimsRead>;
  try {
    // The model is loaded here, with every data file it reads (workbooks too), rather than by verifyClaimsFile.
    const claims = readClaimsText(text, path);
    const modelPath =
      options.model ?? (claims.modelPath !== undefined ? resolve(dirname(path), claims.modelPath) : undefined);
    report = verifyClaimsRead(claims, modelPath !== undefined ? { model: await loadModelAsync(modelPath) } : {});
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    console.err(formatIssues(error.issues, ["error", "warning"]));
    if (options.json) console.out(JSON.stringify({ checks: [], issues: error.issues }, null, 2));
    return EXIT.modelError;
  }
  const errors = report.issues.filter((i) => i.severity === "error");
  if (report.issues.length > 0) console.err(formatIssues(report.issues, ["error", "warning"]));
  console.out(
    options.json
      ? JSON.stringify(report.toJSON(), null, 2)
      : formatVerification(
          report,
          path === STANDARD_STREAM ? words(options.lang ?? "zh").standardInput : path,
          undefined,
          options.lang,
          textWidth(options.wide),
        ),
  );
  if (errors.length > 0) return EXIT.modelError;
  if (options.strict && report.failures.length > 0) return EXIT.strict;
  return EXIT.ok;
}

/**
 * `plansheet verify REPORT.txt`: the report's figures extracted from its text and verified in one step; failures
 * first, each with the sentences it rests on and their lines. The proposed identities are listed.
 */
function verifyReportCommand(path: string, bytes: Uint8Array, options: VerifyCommandOptions, console: Console): number {
  let verified: ReturnType<typeof verifyReportBytes>;
  try {
    verified = verifyReportBytes(bytes, path, {
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.period !== undefined ? { period: options.period } : {}),
    });
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    console.err(formatIssues(error.issues, ["error", "warning"]));
    return EXIT.modelError;
  }
  const { extraction, definition, report } = verified;
  const lang: Language = options.lang === "en" ? "en" : "zh";
  // the claims file was written here, not by the user: its unknown units are said once, not claim by claim
  const units = definition ? unknownUnits(report.issues, definition) : [];
  const issues = extraction ? report.issues.filter((i) => i.code !== "unit_unknown") : report.issues;
  if (issues.length > 0) console.err(formatIssues(issues, ["error", "warning"]));
  if (units.length > 0)
    console.err(fillWords(words(lang).unitsUnknown, { units: units.join(lang === "zh" ? "、" : ", ") }));
  if (!extraction) return EXIT.modelError;
  const byId = new Map(extraction.claims.map((c) => [c.id, c]));
  if (options.json) {
    console.out(JSON.stringify({ ...report.toJSON(), extraction }, null, 2));
  } else {
    const zh = lang === "zh";
    const w = words(lang);
    // an identity's terms by the names the text prints for them: each name as the claims file files it (a part's
    // or a region's figure is filed apart from its whole), the first label printed for it
    const printed = new Map<string, string>();
    for (const c of extraction.claims) if (!printed.has(filedUnder(c))) printed.set(filedUnder(c), c.label);
    const label = (id: string) => printed.get(id) ?? id;
    const named = (identity: string) => namesInFormula(identity, (id) => filedName(id, lang, label));
    const proposed = extraction.identities.length
      ? `\n${fillWords(w.proposedIdentities, { identities: extraction.identities.map(named).join(zh ? "；" : "; ") })}`
      : "";
    // (the targets a text sets are no claims to check, but a reader is told they were read)
    const targets = extraction.targets.length ? `\n${fillWords(w.targetsRead, { t: extraction.targets.length })}` : "";
    const source = path === STANDARD_STREAM ? w.standardInput : path;
    const title = fillWords(w.readFromText, { source, n: extraction.claims.length });
    const width = textWidth(options.wide);
    // (what the reading rests on that the text does not print, said first, in the report's language)
    const year = extraction.year;
    const yearNote =
      year === undefined
        ? `${w.yearMissing}\n\n`
        : extraction.document.yearSource === "assumed"
          ? `${fillWords(w.yearAssumed, { year })}\n\n`
          : "";
    console.out(
      `${wrapLines(yearNote, width)}${formatVerification(report, title, (id) => byId.get(id), options.lang, width, !options.all)}${wrapLines(proposed, width)}${wrapLines(targets, width)}`,
    );
  }
  if (options.strict && report.failures.length > 0) return EXIT.strict;
  return EXIT.ok;
}

/**
 * Each unit the verifier did not know, once, in the order first met: an `unit_unknown` issue names the claim of
 * the claims definition written from the text by its place (`claims.259.unit`).
 */
function unknownUnits(issues: readonly Issue[], definition: ClaimsDefinition): string[] {
  const claims = definition.claims as readonly ClaimDefinition[];
  const units = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unit_unknown") continue;
    const index = issue.path?.[1];
    const unit = typeof index === "number" ? claims[index]?.unit : undefined;
    if (unit !== undefined) units.add(unit);
  }
  return [...units];
}
