import { escapeHtml } from "../core/index.js";
import { type projectionDoc, words } from "../render/index.js";

/** A document of the render layer: lines and tables, as `projectionDoc` and the others write them. */
export type PageDoc = ReturnType<typeof projectionDoc>;
/** A table of a document: its columns and rows of cell texts. */
export type PageTableBlock = Exclude<PageDoc[number], string>;

/**
 * How the page lays out a column: `id` and `code` (a target's condition) are shown under the row's first cell, in a
 * small monospace font; `short` (a kind such as 预期性, a unit) and `num` (figures, right-aligned, with thousands
 * separators) never wrap; `text` wraps as prose.
 */
export type ColumnRole = "id" | "short" | "num" | "code" | "text";

/** The colour a verdict or an outcome is shown in, from the mark it starts with. */
export type MarkTone = "good" | "bad" | "warn" | "muted";

const ZH = words("zh");
const EN = words("en");
const ARITHMETIC_MEAN = [ZH.verdictArithmeticMean, EN.verdictArithmeticMean].map((w) => w.slice(2));

/**
 * `12,500` for `12500`: thousands separators in every figure of four or more integer digits, decimals kept
 * (`38,596.5`), a sign or a mark before it kept (`+1,234`, `~12,500`). A year is left as it is: a figure followed by
 * 年 (`2026年起`) or after `from ` (`from 2026`); so is a figure that is part of a name (`x2025`).
 */
export function groupThousands(text: string): string {
  return text.replace(/\d+(\.\d+)?/g, (figure, decimals: string | undefined, at: number) => {
    const whole = decimals ? figure.slice(0, -decimals.length) : figure;
    if (whole.length < 4) return figure;
    if (text[at + figure.length] === "年" || text.slice(Math.max(0, at - 5), at) === "from ") return figure;
    if (at > 0 && /[\w.]/.test(text[at - 1]!)) return figure;
    return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (decimals ?? "");
  });
}

/** The tone of a cell that starts with a mark (`✓ 达标`, `✗ 不符`, `✗ 算术平均`, `? 待复核`, `· 无从核对`), else none. */
export function markTone(text: string): MarkTone | undefined {
  if (text.startsWith("✓")) return "good";
  if (text.startsWith("✗")) return ARITHMETIC_MEAN.some((w) => text.includes(w)) ? "warn" : "bad";
  if (text.startsWith("?")) return "warn";
  if (text.startsWith("·")) return "muted";
  return undefined;
}

/** A column's role: by its header (代码, 属性, 单位), else figures where it aligns right, else prose. */
function roleOf(header: string, align: "left" | "right" | undefined, given: Readonly<Record<string, ColumnRole>>) {
  const role = given[header];
  if (role) return role;
  if (header === ZH.id || header === EN.id) return "id";
  if ([ZH.kind, EN.kind, ZH.unit, EN.unit].includes(header)) return "short";
  return align === "right" ? "num" : "text";
}

/** The verdicts and outcomes a cell may start with, longest first: each is kept on one line. */
const MARK_WORDS = (
  [
    "met",
    "notMet",
    "noValue",
    "verdictConsistent",
    "verdictInconsistent",
    "verdictArithmeticMean",
    "verdictNotCheckable",
    "toReview",
  ] as const
)
  .flatMap((key) => [ZH[key], EN[key]])
  .sort((a, b) => b.length - a.length);

/** A cell's text as HTML: figures grouped where they are figures, a leading verdict kept on one line. */
function cellText(text: string, role: ColumnRole, tone: MarkTone | undefined): string {
  if (!tone) return escapeHtml(role === "num" ? groupThousands(text) : text);
  const word = MARK_WORDS.find((w) => text.startsWith(w)) ?? text.slice(0, 1);
  return `<span class="keep">${escapeHtml(word)}</span>${escapeHtml(groupThousands(text.slice(word.length)))}`;
}

/** What is shown under a row's first cell: its id (unless the label is the id itself) and its condition. */
function beneath(label: string, role: ColumnRole, text: string): string {
  if (text === "" || (role === "id" && text === label.replace(/[†‡*~]+$/, ""))) return "";
  return `<span class="${role === "id" ? "id" : "code"}">${escapeHtml(text)}</span>`;
}

/**
 * A table of the render layer as the page shows it: each column laid out by its role (`roles` names the role of a
 * column by its header where the header does not tell); ids and conditions under the label of their row rather than
 * in columns of their own; verdicts coloured and kept on one line; figures with thousands separators.
 */
export function pageTable(block: PageTableBlock, roles: Readonly<Record<string, ColumnRole>> = {}): string {
  const role = block.columns.map((c) => roleOf(c.header, c.align, roles));
  const under = (i: number) => role[i] === "id" || role[i] === "code";
  const shown = block.columns.map((_, i) => i).filter((i) => !under(i));
  const below = block.columns.map((_, i) => i).filter(under);
  const head = shown.map((i) => `<th class="${role[i]}">${escapeHtml(block.columns[i]!.header)}</th>`).join("");
  const body = block.rows.map((row) => {
    const cells = shown.map((i, k) => {
      const text = row[i] ?? "";
      const tone = markTone(text);
      const classes = [role[i], ...(tone ? ["mark", tone] : [])].join(" ");
      const extra = k === 0 ? below.map((j) => beneath(text, role[j]!, row[j] ?? "")).join("") : "";
      return `<td class="${classes}">${cellText(text, role[i]!, tone)}${extra}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table class="plansheet">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
}

/** A document as the page shows it: each line a paragraph (blank lines dropped), each table by {@link pageTable}. */
export function pageDoc(doc: PageDoc, roles: Readonly<Record<string, ColumnRole>> = {}): string {
  return doc
    .filter((block) => block !== "")
    .map((block) =>
      typeof block === "string" ? `<p class="doc-line">${escapeHtml(block)}</p>` : pageTable(block, roles),
    )
    .join("\n");
}
