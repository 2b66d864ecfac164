/**
 * The text with every character read as the reader needs it, one character for one, so that every offset into the
 * result is an offset into the text as printed: full-width digits, letters and signs (１２．５％, Ｇ, ＋, －) as
 * ASCII; the minus sign U+2212 as "-"; spaces of every width as " "; a carriage return as a line's end when alone,
 * else as a space; characters that print nothing (zero-width spaces, soft hyphens, direction marks, a byte-order mark)
 * as one zero-width space, which a reading leaves out, so that they never steer it (38​5.6 reads 385.6); and the
 * marks that only dress a text as what they stand for (see `marksAsPrinted`).
 */
export function normalizeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && !KEPT_FULL_WIDTH.has(c)) out += String.fromCharCode(c - 0xfee0);
    else if (INVISIBLE.has(c)) out += ZERO_WIDTH;
    // a carriage return alone ends a line (old Macintosh files); before a line feed it is a space
    else if (c === 0x0d) out += text.charCodeAt(i + 1) === 10 ? " " : "\n";
    else if (c === 0x3000 || c === 0x00a0) out += " ";
    else if (c === 0x2212) out += "-";
    else out += text[i];
  }
  return marksAsPrinted(out);
}

/**
 * Marks that only dress a text, read as what they stand for, one character for one: the commas that group a
 * number's digits (1,349,084) and Markdown's emphasis (**5.0%**) print nothing a reading needs; a full stop written
 * half-width after words (增长5.0%.全年, not 一.综合) is 。.
 */
function marksAsPrinted(text: string): string {
  // (each edit one UTF-16 unit for one, at the offsets the matches count; most texts need none)
  const edits = new Map<number, string>();
  for (const m of text.matchAll(GROUPED_DIGITS))
    for (let k = m.index; k < m.index + m[0].length; k++) if (text[k] === ",") edits.set(k, ZERO_WIDTH);
  for (const m of text.matchAll(/\*\*/g)) edits.set(m.index, ZERO_WIDTH).set(m.index + 1, ZERO_WIDTH);
  // (the stop read with the emphasis gone: **5.0%**.全年)
  const bare = edits.size > 0 ? applied(text, edits) : text;
  for (const m of bare.matchAll(HALF_WIDTH_STOP)) edits.set(m.index + m[0].length - 1, "。");
  return edits.size > 0 ? applied(text, edits) : text;
}

/** A text with single units replaced at the given offsets. */
function applied(text: string, edits: ReadonlyMap<number, string>): string {
  let out = "";
  let from = 0;
  for (const at of [...edits.keys()].sort((a, b) => a - b)) {
    out += text.slice(from, at) + edits.get(at)!;
    from = at + 1;
  }
  return out + text.slice(from);
}

/** A number's digits grouped by commas in threes: 1,349,084 and 13,490.84 (not 2,3 nor 2023,2024). */
const GROUPED_DIGITS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g;
/** A half-width full stop after words or a figure's unit and before words: 增长5.0%.全年. */
const HALF_WIDTH_STOP = /(?![一二三四五六七八九十百])[\p{Script=Han}%）)”]\u200b*\.(?=[\p{Script=Han}“\s]|$)/gu;

/**
 * A number in the normalized text: its digits apart only by what prints nothing (2​021, and 1,349,084 whose commas
 * became that), one number each. Global: for `matchAll`.
 */
export const NUMBER_IN_TEXT = /\d(?:[\d\u200b]*\d)?(?:\u200b*\.[\d\u200b]*\d)?/g;

/** The one character every character that prints nothing becomes. */
export const ZERO_WIDTH = "\u200b";

/** Full-width punctuation that Chinese writing uses as its own (，；：（）！？): kept, the grammar reads it. */
const KEPT_FULL_WIDTH = new Set([..."，；：（）！？"].map((c) => c.charCodeAt(0)));

/** Characters that print nothing. */
const INVISIBLE = new Set([
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066,
  0x2067, 0x2068, 0x2069,
]);

/** Whether a line holds nothing but characters that print nothing: a page break left by a converter. */
export function isInvisibleLine(original: string): boolean {
  let any = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (INVISIBLE.has(c)) any = true;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0x0d) return false;
  }
  return any;
}
