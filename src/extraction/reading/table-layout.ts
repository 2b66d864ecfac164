import { squeeze, type Line } from "../document/index.js";

/** A cell of a table row: its text and where it is, in the text and in display columns (a Chinese character is two wide). */
export interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly center: number;
}

/** The display width of a character: a Chinese or full-width one is two columns wide. */
const widthOf = (c: string) => (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(c) ? 2 : 1);

/** Whether a row's cells are delimited (by tabs or bars) rather than aligned by spaces. */
export const delimited = (line: Line) => /\t/.test(line.text) || /^\s*\|/.test(line.text);

/** The cells of a row: split at tabs or bars (empty cells kept, so that columns stay in place), else at runs of spaces. */
export function cellsOf(line: Line): Cell[] {
  const text = line.text;
  const cells: Cell[] = [];
  if (delimited(line)) {
    const bar = !/\t/.test(text);
    let at = 0;
    const parts = bar
      ? text
          .replace(/^\s*\|/, (m) => " ".repeat(m.length))
          .replace(/\|\s*$/, (m) => " ".repeat(m.length))
          .split("|")
      : text.split("\t");
    parts.forEach((part, k) => {
      const lead = part.length - part.trimStart().length;
      cells.push({
        text: part.trim(),
        start: line.start + at + lead,
        end: line.start + at + lead + part.trim().length,
        center: k,
      });
      at += part.length + 1;
    });
    return cells;
  }
  let column = 0;
  let last = 0;
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    for (let i = last; i < m.index; i++) column += widthOf(text[i]!);
    const width = [...m[0]].reduce((w, c) => w + widthOf(c), 0);
    last = m.index + m[0].length;
    cells.push({
      text: m[0],
      start: line.start + m.index,
      end: line.start + m.index + m[0].length,
      center: column + width / 2,
    });
    column += width;
  }
  return cells;
}

/**
 * The heads of a table's columns. Heads stacked on two lines (Ⅰ～Ⅲ类水质 over 比例（%）) are one column's when the
 * upper one stands over the lower one alone: the lower one says what the figures are, the upper one what they are of.
 */
export function headCells(header: readonly Line[]): (Cell & { above?: string })[] {
  const lines = header.map((l) => (delimited(l) ? cellsOf(l) : mergeSpaced(cellsOf(l)).flatMap(splitHeads)));
  const last = lines[lines.length - 1] ?? [];
  const upper = lines.slice(0, -1).flat();
  // a head's lower half alone on the last line (〔累计〕 under 年均增长): one head with the head it stands under
  if (header.length >= 2 && last.length === 1 && upper.length >= 2) {
    const lower = last[0]!;
    const under = upper.reduce((a, b) =>
      Math.abs(b.center - lower.center) < Math.abs(a.center - lower.center) ? b : a,
    );
    return upper.map((u) => (u === under ? { ...u, text: `${u.text}${lower.text}` } : u));
  }
  if (header.length < 2 || delimited(header[header.length - 1]!) || last.length < 2 || upper.length === 0)
    return lines.flat();
  const over = (c: Cell) =>
    upper.filter(
      (u) =>
        last.every((other) => other === c || Math.abs(other.center - u.center) > Math.abs(c.center - u.center)) &&
        Math.abs(c.center - u.center) <= 8,
    );
  const stacked = last.map((c) => ({ c, above: over(c) }));
  // stacked only when every lower head has one head over it, and no two share one
  if (!stacked.every((x) => x.above.length === 1) || new Set(stacked.map((x) => x.above[0])).size !== stacked.length)
    return lines.flat();
  const used = new Set(stacked.map((x) => x.above[0]));
  return [
    ...upper.filter((u) => !used.has(u)),
    ...stacked.map(({ c, above }) => ({ ...c, above: squeeze(above[0]!.text) })),
  ];
}

/**
 * Two heads one space apart, each ending with its unit in brackets (2021 年末（亿元） 比上年末增长（%）): two cells,
 * each centred on its own words.
 */
function splitHeads(cell: Cell): Cell[] {
  const parts = cell.text.split(/(?<=[）)])\s+(?=\S)/);
  if (parts.length < 2) return [cell];
  const width = (t: string) => [...t].reduce((w, c) => w + widthOf(c), 0);
  let column = cell.center - width(cell.text) / 2;
  let at = cell.start;
  return parts.map((text) => {
    const offset = cell.text.indexOf(text, at - cell.start);
    column += width(cell.text.slice(at - cell.start, offset));
    const part = {
      text,
      start: cell.start + offset,
      end: cell.start + offset + text.length,
      center: column + width(text) / 2,
    };
    column += width(text);
    at = part.end;
    return part;
  });
}

/** Header cells of one character each, spaced out (指   标): one cell. */
function mergeSpaced(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && /^[\p{Script=Han}#]$/u.test(last.text) && /^[\p{Script=Han}]/u.test(c.text) && c.text.length <= 8) {
      out[out.length - 1] = {
        text: last.text + c.text,
        start: last.start,
        end: c.end,
        center: (last.center + c.center) / 2,
      };
    } else out.push(c);
  }
  return out;
}

/** A row's indentation, in characters. */
export function indentOf(line: Line): number {
  return line.text.length - line.text.trimStart().length;
}
