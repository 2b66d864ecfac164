import { escapeHtml } from "../core/index.js";

/**
 * The page's stylesheet: readable on screen, and printable on A4 (no backgrounds, headings kept with what follows,
 * rows and figures kept whole, charts two to a row within the page's width, every folded table printed open).
 * Short cells (a kind, a unit, a verdict, a figure) never wrap; met, not met and findings are coloured, and each
 * also starts with a mark (✓ ✗ ? ·), so that it reads in black and white too.
 */
export const PAGE_STYLE = `
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --bad: #c62828; --good: #2e7d32; --warn: #b45309; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", sans-serif; color: var(--ink); max-width: 1100px; margin: 2em auto; padding: 0 1.5em; line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { border-bottom: 2px solid var(--line); padding-bottom: 0.2em; margin-top: 2em; }
.muted { color: var(--muted); }
.good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); }
p.doc-line { white-space: pre-wrap; margin: 0.3em 0; }
table.plansheet { border-collapse: collapse; font-size: 0.85em; margin: 0.6em 0; }
table.plansheet th, table.plansheet td { border-bottom: 1px solid var(--line); padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
table.plansheet th { background: #f5f5f7; }
table.plansheet .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.plansheet .short, table.plansheet .keep { white-space: nowrap; }
table.plansheet td.mark { word-break: keep-all; } table.plansheet .keep { font-weight: 600; }
table.plansheet td.text:first-child { min-width: 9em; }
table.plansheet .id, table.plansheet .code { display: block; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
table.plansheet .id { color: var(--muted); }
.finding { border-left: 4px solid var(--bad); padding: 0.4em 0.8em; margin: 0.8em 0; background: #fff5f5; }
.finding.arithmetic_mean { border-color: var(--warn); background: #fff8f0; }
.finding.ok { border-color: var(--good); background: #f3faf3; }
.finding p { margin: 0.2em 0; } .finding p.verdict { font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 0 1.5em; }
figure { margin: 1.2em 0; overflow-x: auto; } figure.wide { grid-column: 1 / -1; } figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.85em; }
ul.answers li { margin: 0.3em 0; }
details { margin: 0.6em 0; } summary { cursor: pointer; color: var(--muted); }
.scroll { overflow-x: auto; }
.print-only { display: none; }
@page { size: A4; margin: 14mm 12mm 15mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5f6368; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; line-height: 1.4; }
  h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 1.2em; } h3 { font-size: 10.5pt; margin: 0.9em 0 0.3em; }
  h1, h2, h3 { break-after: avoid; }
  figure, .finding, table.plansheet tr, ul.answers li { break-inside: avoid; }
  table.plansheet { font-size: 7.5pt; margin: 0.3em 0; }
  table.plansheet th, table.plansheet td { padding: 0.15em 0.35em; }
  table.plansheet thead { display: table-header-group; }
  .scroll, figure { overflow: visible; }
  .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 6mm; }
  figure { margin: 0.3em 0 0.6em; } figure svg { width: auto; max-height: 74mm; } figure.wide svg { max-height: 150mm; }
  figcaption { font-size: 7pt; line-height: 1.3; }
  /* what a reader would open on screen is printed open */
  .print-only { display: block; }
  details > summary { display: none; } details::details-content { content-visibility: visible; display: block; }
  .finding, table.plansheet th { background: none; }
}
`;

/** An element with escaped text. */
export function tag(name: string, text: string, className?: string): string {
  return `<${name}${className ? ` class="${className}"` : ""}>${escapeHtml(text)}</${name}>`;
}

/** A whole page in `lang` (its first language): title, stylesheet and body, with nothing fetched from the network. */
export function page(title: string, body: string, lang: "zh" | "en" = "zh"): string {
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
