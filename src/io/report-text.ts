import { makeIssue, type Issue } from "../core/index.js";
import { decodeText } from "./decode-text.js";
import { htmlText } from "./html-text.js";

/** A report's text as read from its bytes, with what was done to make it text. @inline */
export interface ReportText {
  /** The text, or `undefined` when the bytes are not text at all. */
  readonly text?: string;
  readonly issues: readonly Issue[];
}

/**
 * Reads a report's bytes as text: UTF-8 (a byte-order mark dropped), else GB18030 (which covers GBK and GB2312, the
 * encodings Chinese government sites serve) with a warning; HTML has its tags stripped and its entities read, with a
 * warning. Empty files and binary files (NUL bytes, or bytes no encoding reads) are errors naming the file.
 */
export function readReportBytes(bytes: Uint8Array, file: string): ReportText {
  const where = { file };
  if (bytes.length === 0)
    return { issues: [makeIssue("report_unreadable", { message: `${file} is empty`, ...where })] };
  if (bytes.includes(0)) {
    return {
      issues: [
        makeIssue("report_unreadable", {
          message: `${file} is binary, not text (it holds NUL bytes)`,
          hint: "save the report as plain text (.txt) first; from a PDF, pdftotext report.pdf report.txt",
          ...where,
        }),
      ],
    };
  }
  const issues: Issue[] = [];
  let text: string;
  const decoded = decodeText(bytes);
  if (!decoded) {
    return {
      issues: [
        makeIssue("report_unreadable", {
          message: `${file} is neither UTF-8 nor GB18030/GBK text`,
          hint: "convert it to UTF-8, e.g. iconv -f GBK -t UTF-8 report.txt > report-utf8.txt",
          ...where,
        }),
      ],
    };
  }
  if (decoded.encoding === "gb18030") {
    issues.push(
      makeIssue("report_decoded", {
        message: `${file} is not UTF-8; it was read as GB18030 (GBK)`,
        hint: "to keep a UTF-8 copy: iconv -f GBK -t UTF-8",
        ...where,
      }),
    );
  }
  text = decoded.text;
  if (/<(?:html|body|p|div|span|table)\b/i.test(text)) {
    text = htmlText(text);
    issues.push(
      makeIssue("report_decoded", {
        message: `${file} is HTML; its tags were stripped and its text read`,
        hint: "quotes and spans refer to the text without tags",
        ...where,
      }),
    );
  }
  if (text.trim() === "")
    return { issues: [...issues, makeIssue("report_unreadable", { message: `${file} holds no text`, ...where })] };
  return { text, issues };
}
