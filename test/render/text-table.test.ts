import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/render/text-table.js";
import { CELL_COLUMNS, clip, displayWidth } from "../../src/render/text-width.js";

describe("formatTable", () => {
  it("aligns columns with CJK labels, each character two columns wide", () => {
    const text = formatTable(
      [{ header: "指标" }, { header: "value", align: "right" }, { header: "unit" }],
      [
        ["地区生产总值", "276", "亿元"],
        ["gdp", "1", "万吨标准煤"],
      ],
    );
    const lines = text.split("\n");
    expect(lines).toEqual([
      "指标          value  unit",
      "------------  -----  ----------",
      "地区生产总值    276  亿元",
      "gdp               1  万吨标准煤",
    ]);
  });

  it("starts every column at the same display column on every line", () => {
    const text = formatTable(
      [{ header: "a" }, { header: "b" }, { header: "c", align: "right" }],
      [
        ["房地产业占地区生产总值比重", "x", "10.2%"],
        ["re_share", "森林覆盖率", "9.42%"],
      ],
    );
    const lines = text.split("\n");
    const rule = lines[1]!;
    const starts = [...rule.matchAll(/-+/g)].map((m) => m.index!);
    for (const line of [lines[2]!, lines[3]!]) {
      const cells = line.split(/ {2,}/);
      // the second cell starts where the rule's second dash run does
      expect(displayWidth(line.slice(0, line.indexOf(cells[1]!)))).toBe(starts[1]);
      // right-aligned last cells end at the same column
      expect(displayWidth(line)).toBe(displayWidth(rule));
    }
  });

  it("puts a rule as wide as each column under the header", () => {
    const text = formatTable([{ header: "id" }, { header: "label" }], [["x", "长标签"]]);
    expect(text.split("\n")[1]).toBe("--  ------");
  });

  it("trims trailing spaces of each line", () => {
    const text = formatTable([{ header: "a" }, { header: "b" }], [["long value", ""]]);
    for (const line of text.split("\n")) expect(line).toBe(line.trimEnd());
  });

  it("prints a header and rule for a table without rows", () => {
    expect(formatTable([{ header: "target" }], [])).toBe("target\n------");
  });
});

describe("formatTable with very long cells and very many rows", () => {
  it("cuts a cell wider than CELL_COLUMNS, ending in …", () => {
    const text = formatTable([{ header: "check" }], [["x + ".repeat(5000)], ["短"]]);
    const row = text.split("\n")[2]!;
    expect(displayWidth(row)).toBe(CELL_COLUMNS);
    expect(row.endsWith("…")).toBe(true);
    expect(clip("汉字".repeat(200), 11)).toBe("汉字汉字汉…");
  });

  it("lays out two hundred thousand rows (no argument list as long as the table)", () => {
    const rows = Array.from({ length: 200_000 }, (_, k) => [`x${k}`, String(k)]);
    expect(formatTable([{ header: "id" }, { header: "n", align: "right" }], rows).split("\n")).toHaveLength(200_002);
  });
});
