/**
 * The text with every character read as the reader needs it, one character for one, so that every offset into the
 * result is an offset into the text as printed: full-width digits, letters and signs (１２．５％, Ｇ, ＋, －) as
 * ASCII; the minus sign U+2212 as "-"; spaces of every width as " "; characters that print nothing (zero-width
 * spaces, soft hyphens, direction marks, a byte-order mark) as one zero-width space, which a reading leaves out, so
 * that they never steer it (38​5.6 reads 385.6).
 */
export function normalizeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && !KEPT_FULL_WIDTH.has(c)) out += String.fromCharCode(c - 0xfee0);
    else if (INVISIBLE.has(c)) out += ZERO_WIDTH;
    else if (c === 0x3000 || c === 0x00a0 || c === 0x0d) out += " ";
    else if (c === 0x2212) out += "-";
    else out += text[i];
  }
  return out;
}

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
