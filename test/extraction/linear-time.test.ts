import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extraction/index.js";
import { readReportBytes } from "../../src/io/report-text.js";

/**
 * Reading is linear in the text's length, whatever the text holds: each shape below is read at two sizes, four times
 * apart, in the same run, and the times compared (the best of three each, so that a busy machine's pauses count
 * little). Linear reading takes about four times as long; quadratic reading sixteen times; the bound is ten.
 */
const SHAPES: Readonly<Record<string, string>> = {
  "a list of numbers": "1、",
  "one long clause of figures": "地区生产总值增长5%",
  "brackets never closed": "（5",
  "quotes never closed": "“5",
  "clauses opening with 其中": "其中，",
  "clauses opening with a frame": "分产业看，",
  "a 分别 on every clause": "分别增长5%，",
  "rows of a table": "指标  1  2\n",
  ratios: "5：",
  "bulleted lines": "- 5个\n",
  places: "青山县、",
  "characters that print nothing inside figures": "\u200b5\u00ad%",
};

function best(run: () => unknown): number {
  let time = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    time = Math.min(time, performance.now() - t0);
  }
  return time;
}

/**
 * The time ratio of reading four times the text, with a floor that keeps timer noise out of tiny times. A ratio above
 * the bound is measured again, twice at most: a loaded machine's pause does not come back each time, quadratic
 * reading does.
 */
function ratio(read: (n: number) => unknown, n: number): number {
  read(n / 4);
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest >= 10; attempt++) {
    const small = best(() => read(n));
    const large = best(() => read(4 * n));
    lowest = Math.min(lowest, large / Math.max(small, 2));
  }
  return lowest;
}

describe("reading time", () => {
  it.each(Object.entries(SHAPES))("is linear in the length of a text of %s", (_name, unit) => {
    const n = Math.floor(12_000 / unit.length);
    expect(ratio((k) => extractClaims(`2023年某市统计公报\n\n${unit.repeat(k)}`), n)).toBeLessThan(10);
  });

  it("is linear in the number of figures of one subject in one sentence", () => {
    // (many readings of one mention: grouping them must not copy the group at each one)
    expect(
      ratio((k) => extractClaims(`2023年某市统计公报\n\n全年地区生产总值${"增长5%".repeat(k)}。`), 5000),
    ).toBeLessThan(10);
  });

  it.each(["<", "<p", "<script", "<p<script>", "&#99999999;", "<html><body>"])(
    "is linear in the length of an HTML page of %s",
    (unit) => {
      const n = Math.floor(80_000 / unit.length);
      const bytes = (k: number) => new TextEncoder().encode(`<html><body>${unit.repeat(k)}`);
      expect(ratio((k) => readReportBytes(bytes(k), "page.html"), n)).toBeLessThan(10);
    },
  );

  it("reads an HTML entity beyond Unicode as the replacement character", () => {
    expect(
      readReportBytes(new TextEncoder().encode("<html><body>GDP &#99999999; 增长5%&#x4e2d;</body></html>"), "x.html")
        .text,
    ).toBe("GDP \uFFFD 增长5%中");
  });
});
