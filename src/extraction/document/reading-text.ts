/** A stretch of the text: where it starts and ends (UTF-16 offsets into the text as given). @inline */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A paragraph as it is read: its lines joined, spaces dropped (Chinese prints none between words, and text converted
 * from PDF breaks lines inside words and between a number and its unit), note marks ([1], ①) set aside. `origin[i]`
 * is the offset in the original text of the reading's character `i`, so that every span read maps back to the text
 * as printed.
 */
export interface ReadingText {
  readonly text: string;
  readonly origin: Int32Array;
  /** Note marks taken out of the reading ([2] in 国内生产总值[2]1349084亿元), each a span of the original text. */
  readonly marks: readonly Span[];
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9.%]/.test(c);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n";

/** The reading of stretches of the normalized text (the lines of a paragraph), in order. */
export function readingText(normalized: string, stretches: readonly Span[]): ReadingText {
  let text = "";
  const origin: number[] = [];
  const marks: Span[] = [];
  for (const { start, end } of stretches) {
    let i = start;
    while (i < end && isSpace(normalized[i]!)) i++;
    for (; i < end; i++) {
      const c = normalized[i]!;
      if (isSpace(c)) {
        // a space stays only where it parts two numbers or words: 2.5 3.1, PM 2.5
        let j = i;
        while (j < end && (isSpace(normalized[j]!) || normalized[j] === "\u200b")) j++;
        if (
          isWordChar(text[text.length - 1]) &&
          isWordChar(normalized[j]) &&
          /\d/.test(normalized[j]!) &&
          /\d/.test(text[text.length - 1]!)
        ) {
          text += " ";
          origin.push(i);
        }
        i = j - 1;
        continue;
      }
      // a character that prints nothing is no part of a reading (nor a space between two numbers)
      if (c === "\u200b") continue;
      const mark = noteMark(normalized, i, end);
      if (mark > 0) {
        marks.push({ start: i, end: i + mark });
        i += mark - 1;
        continue;
      }
      text += c;
      origin.push(i);
    }
  }
  return { text, origin: Int32Array.from(origin), marks };
}

/** The length of a note mark at `i` ([1], [12], ①), or 0. */
function noteMark(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x2460 && c <= 0x2473) return 1;
  if (s[i] !== "[") return 0;
  let j = i + 1;
  while (j < end && j - i <= 4 && /\d/.test(s[j]!)) j++;
  return j > i + 1 && s[j] === "]" ? j - i + 1 : 0;
}

/** The span of the original text that a stretch of a reading covers. */
export function originalSpan(reading: ReadingText, start: number, end: number): Span {
  if (end <= start) return { start: reading.origin[start] ?? 0, end: reading.origin[start] ?? 0 };
  return { start: reading.origin[start]!, end: reading.origin[end - 1]! + 1 };
}
