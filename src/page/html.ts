import { escapeHtml } from "../core/index.js";

/** The page's stylesheet: readable on screen, and printable (no backgrounds, sections kept whole, charts fit the page). */
export const PAGE_STYLE = `
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --bad: #c62828; --good: #2e7d32; --warn: #ef6c00; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", sans-serif; color: var(--ink); max-width: 1100px; margin: 2em auto; padding: 0 1.5em; line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { border-bottom: 2px solid var(--line); padding-bottom: 0.2em; margin-top: 2em; }
.muted { color: var(--muted); }
table.plansheet { border-collapse: collapse; font-size: 0.85em; margin: 0.6em 0; }
table.plansheet th, table.plansheet td { border-bottom: 1px solid var(--line); padding: 0.25em 0.6em; vertical-align: top; }
table.plansheet th { text-align: left; background: #f5f5f7; }
.finding { border-left: 4px solid var(--bad); padding: 0.4em 0.8em; margin: 0.8em 0; background: #fff5f5; }
.finding.arithmetic_mean { border-color: var(--warn); background: #fff8f0; }
.finding.ok { border-color: var(--good); background: #f3faf3; }
.finding p { margin: 0.2em 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 0 1.5em; }
figure { margin: 1.2em 0; overflow-x: auto; } figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.85em; }
details { margin: 0.6em 0; } summary { cursor: pointer; color: var(--muted); }
.scroll { overflow-x: auto; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  h2 { break-after: avoid; } figure, .finding, table.plansheet tr { break-inside: avoid; }
  /* what a reader would open on screen is printed open */
  details > summary { display: none; } details::details-content { content-visibility: visible; display: block; }
  .finding, table.plansheet th { background: none; }
}
`;

/** An element with escaped text. */
export function tag(name: string, text: string, className?: string): string {
  return `<${name}${className ? ` class="${className}"` : ""}>${escapeHtml(text)}</${name}>`;
}

/** A whole page: title, stylesheet and body, with nothing fetched from the network. */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
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
