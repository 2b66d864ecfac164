/** Block-level tags that end a line of text. */
const BLOCK = /^\/?(?:p|div|br|li|tr|h[1-6]|table|section|article)\b/i;
/** Elements whose content is no text of the page. */
const HIDDEN = /^(script|style)\b/i;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: " ", lt: "<", gt: ">", quot: '"', amp: "&", apos: "'" };

/**
 * The text of an HTML page, in one pass: tags dropped (a block tag ends a line), the content of scripts and styles
 * left out, entities read (a number beyond Unicode reads as U+FFFD). Linear in the page's length whatever it holds:
 * the next `>` and the next closing tag are looked up once and reused, so a page of `<` without `>` costs no more than
 * any other.
 */
export function htmlText(html: string): string {
  let out = "";
  let i = 0;
  const lower = html.toLowerCase();
  let nextClose = -2; // where the next ">" is (−1: none left); −2: not looked up yet
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (nextClose !== -1 && nextClose < lt) nextClose = html.indexOf(">", lt);
    if (nextClose < 0) {
      // no tag can close: the rest is text
      out += html.slice(lt);
      break;
    }
    const tag = html.slice(lt + 1, nextClose);
    i = nextClose + 1;
    const hidden = HIDDEN.exec(tag);
    if (hidden) {
      const end = lower.indexOf(`</${hidden[1]!.toLowerCase()}`, i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (BLOCK.test(tag)) out += "\n";
  }
  return decodeEntities(out);
}

/** Named and numeric entities: &amp; &lt; &#21704; &#x4e2d;. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([a-z]+));/g,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return ENTITIES[name] ?? whole;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    },
  );
}
