/** A JSON text read with `JSON.parse`: its data and where it writes numbers whose trailing zeros reading drops. */
export interface JsonRead {
  /** The top-level object. */
  readonly data: object;
  /** Each number written with a trailing zero after its decimal point (`5.10`, `276.0`): its offset and text. */
  readonly lostDigits: readonly { readonly offset: number; readonly written: string }[];
}

/** A number written with a decimal point and a trailing zero, which reading it as a number drops. */
export const TRAILING_ZERO = /^[-+]?\d*\.\d*0$/;

const SPACE = new Set([" ", "\t", "\n", "\r"]);

/** The offset of the first character at or after `i` that is not JSON white space. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.has(text[i]!)) i++;
  return i;
}

/** The offset just past the string that starts with the quote at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92)
      j++; // a backslash escapes the next character
    else if (c === 34) return j + 1;
  }
  return text.length;
}

/**
 * Reads a JSON object with `JSON.parse`, much faster than a YAML parser, when that reads it exactly as YAML 1.2
 * would: the text must be a JSON object with no key twice in one object (YAML refuses those, `JSON.parse` keeps the
 * last), and no carriage return that is not part of a line break (not one to YAML, white space to JSON). Returns
 * `undefined` for any other text, which is then read as YAML, with positions for its problems.
 */
export function readJsonText(text: string): JsonRead | undefined {
  if (text[skipSpace(text, 0)] !== "{") return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  // The text is valid JSON: one pass over its tokens finds repeated keys and numbers that lose digits.
  const lostDigits: { offset: number; written: string }[] = [];
  const keys: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      const next = skipSpace(text, end);
      if (text[next] === ":") {
        const token = text.slice(i, end);
        const name = token.includes("\\") ? (JSON.parse(token) as string) : token.slice(1, -1);
        const seen = keys[keys.length - 1]!;
        if (seen.has(name)) return undefined;
        seen.add(name);
      }
      i = end;
    } else if (c === "{") {
      keys.push(new Set());
      i++;
    } else if (c === "[") {
      keys.push(undefined);
      i++;
    } else if (c === "}" || c === "]") {
      keys.pop();
      i++;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let j = i + 1;
      while (j < text.length && /[0-9eE+.-]/.test(text[j]!)) j++;
      const written = text.slice(i, j);
      if (TRAILING_ZERO.test(written)) lostDigits.push({ offset: i, written });
      i = j;
    } else if (c === "\r" && text[i + 1] !== "\n") {
      return undefined;
    } else {
      i++;
    }
  }
  return { data, lostDigits };
}
