/**
 * Whether a label file accounts for every Arabic-digit number of its text: each is a labelled figure's value on its
 * line, part of a date or a period (a four-digit year before 年, a month or a day), or skipped with a reason. Also
 * checks the fields of every figure. Reads the labels and the text only.
 *
 *     npx tsx test/extraction/label-coverage.ts test/extraction/labels/corpus/20-nanjing-2024-communique.yaml
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const KINDS = [
  "level",
  "share",
  "cumulative_change",
  "average_growth",
  "pp_change",
  "absolute_change",
  "multiple",
  "ratio",
  "index",
  "contribution",
  "contribution_share",
  "structure",
  "rate_difference",
];
const REASONS = ["date", "name", "ordinal", "list", "duration", "anniversary", "definition", "part", "unsure"];
const TIMED_BY_YEAR = new Set(["level", "share", "structure"]);

/** The printed form each kind's value takes in a label. */
const VALUE_FORM: Record<string, RegExp> = {
  level: /^-?\d+(?:\.\d+)?$/,
  share: /^-?\d+(?:\.\d+)?[%‰]$/,
  cumulative_change: /^(?:-?\d+(?:\.\d+)?%|持平)$/,
  average_growth: /^-?\d+(?:\.\d+)?%$/,
  pp_change: /^-?\d+(?:\.\d+)?pp$/,
  absolute_change: /^-?\d+(?:\.\d+)?$/,
  multiple: /^\d+(?:\.\d+)?$/,
  ratio: /^\d+(?:\.\d+)?$/,
  index: /^\d+(?:\.\d+)?$/,
  contribution: /^-?\d+(?:\.\d+)?pp$/,
  contribution_share: /^-?\d+(?:\.\d+)?%$/,
  structure: /^\d+(?:\.\d+)?(?:：\d+(?:\.\d+)?)+$/,
  rate_difference: /^(?:-?\d+(?:\.\d+)?pp|持平)$/,
};

interface Figure {
  line?: number;
  group?: string;
  kind?: string;
  value?: string;
  year?: number;
  from?: number;
  to?: number;
  period?: string;
  target?: boolean;
}

/** Problems of a label file: numbers not accounted for and figures whose fields are wrong, each with its line. */
export function labelProblems(file: string): string[] {
  const labels = parse(readFileSync(resolve(file), "utf8")) as {
    text: string;
    figures?: Figure[];
    skipped?: { line: number; numbers: string[]; why: string }[];
  };
  const lines = readFileSync(resolve(ROOT, labels.text), "utf8").split("\n");
  const problems: string[] = [];
  // the numbers of each line still to be accounted for
  const open = lines.map((text) =>
    [...text.matchAll(/\d+(?:\.\d+)?/g)].filter((m) => !isDateOrPeriod(text, m.index, m[0])).map((m) => m[0]),
  );
  // a figure's later digits may run on to the next lines (a structure broken by a converter: 4.0：23.1：\n72.9)
  const take = (line: number, digits: string, what: string, runsOn = 0) => {
    for (let l = line; l <= line + runsOn; l++) {
      const left = open[l - 1];
      const at = left ? left.indexOf(digits) : -1;
      if (at >= 0) return void left!.splice(at, 1);
    }
    problems.push(`line ${line}: ${what} ${digits} is not printed on this line (or is counted twice)`);
  };
  for (const [i, f] of (labels.figures ?? []).entries()) {
    const where = `figure ${i + 1} (line ${f.line})`;
    if (!Number.isInteger(f.line)) problems.push(`${where}: no line`);
    if (!f.group) problems.push(`${where}: no group`);
    if (!f.kind || !KINDS.includes(f.kind)) {
      problems.push(`${where}: kind ${f.kind} is not one of ${KINDS.join(", ")}`);
      continue;
    }
    const value = String(f.value ?? "");
    if (!VALUE_FORM[f.kind]!.test(value)) problems.push(`${where}: value "${value}" is not how a ${f.kind} is written`);
    if (TIMED_BY_YEAR.has(f.kind) ? !Number.isInteger(f.year) : !(Number.isInteger(f.from) && Number.isInteger(f.to))) {
      problems.push(`${where}: a ${f.kind} needs ${TIMED_BY_YEAR.has(f.kind) ? "year" : "from and to"}`);
    }
    if (f.period !== undefined && !/^(?:Q[1-4]|H[12]|Q1-Q3|M\d{1,2}|M\d{1,2}-M\d{1,2})$/.test(f.period))
      problems.push(`${where}: period ${f.period} is not Q1…Q4, H1, H2, Q1-Q3, M4 or M1-M4`);
    // a multiple said in words (翻一番, 增长两倍) has no digits printed
    const worded =
      f.kind === "multiple" &&
      /翻[一两二三四]番|[一两二三四五六七八九十]倍/.test(lines[(f.line ?? 0) - 1] ?? "") &&
      !(open[(f.line ?? 0) - 1] ?? []).includes(value);
    if (f.line !== undefined && !worded)
      for (const [k, digits] of (value.match(/\d+(?:\.\d+)?/g) ?? []).entries())
        take(f.line, digits, "value", k === 0 ? 0 : 2);
  }
  for (const s of labels.skipped ?? []) {
    if (!REASONS.includes(s.why))
      problems.push(`skipped at line ${s.line}: reason ${s.why} is not one of ${REASONS.join(", ")}`);
    for (const n of s.numbers ?? []) take(s.line, String(n), "skipped number");
  }
  open.forEach((left, k) => {
    for (const n of left)
      problems.push(`line ${k + 1}: ${n} is neither a figure nor skipped: «${lines[k]!.trim().slice(0, 80)}»`);
  });
  return problems;
}

/** A four-digit year before 年 or in a run of years, a month or a day, a quarter in digits, the first month of a run of months. */
function isDateOrPeriod(text: string, at: number, digits: string): boolean {
  const after = text.slice(at + digits.length, at + digits.length + 12);
  const before = text.slice(Math.max(0, at - 2), at);
  if (
    /^(?:1[89]|20|21)\d\d$/.test(digits) &&
    (/^\s*(?:年|[—\-－–~～至到]\s*(?:19|20|21)\d\d)/.test(after) || /[—\-－–~～至到]\s*$/.test(before))
  )
    return true;
  if (/^\d{1,2}$/.test(digits) && /^\s*(?:月|日|季度)/.test(after)) return true;
  if (/^\d{1,2}$/.test(digits) && /^\s*[—\-－–~～至到]\s*\d{1,2}\s*月/.test(after)) return true;
  return false;
}

if (process.argv[1] && /label-coverage\.ts$/.test(process.argv[1])) {
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const problems = labelProblems(file);
    bad += problems.length;
    console.log(`${file}: ${problems.length ? `${problems.length} problems` : "complete"}`);
    for (const p of problems) console.log(`  ${p}`);
  }
  process.exitCode = bad ? 1 : 0;
}
