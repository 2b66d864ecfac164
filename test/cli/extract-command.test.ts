import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { cli, tempDir, cliEn } from "./helpers.js";

const REPORT = fileURLToPath(new URL("../../examples/mentougou-2021/government-work-report.txt", import.meta.url));
const COMMUNIQUE = fileURLToPath(new URL("../../examples/county-communique/communique.txt", import.meta.url));
const write = tempDir("plansheet-extract-");

/** A file of bytes in the temporary folder. */
function bytes(name: string, data: Uint8Array): string {
  const file = write(name, "");
  fs.writeFileSync(file, data);
  return file;
}

describe("plansheet extract", () => {
  it("writes a claims file a person reviews, which verify reads back with the same verdicts", async () => {
    const out = path.join(path.dirname(write("x.txt", "")), "claims.yaml");
    const run = await cli("extract", COMMUNIQUE, "-o", out);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(
      /claims\.yaml: 95 claims \(0 with a guess to review\), 0 targets, \d+ numbers that are no figure/,
    );
    const yaml = fs.readFileSync(out, "utf8");
    expect(yaml).toContain('quote: "全年全县地区生产总值385.6亿元"  # line 8');
    // the year is printed in the title and every change says its base: nothing rests on a guess
    expect(yaml).not.toMatch(/^ {2}# guess:/m);
    const fromFile = await cliEn("verify", out, "--json");
    const fromText = await cliEn("verify", COMMUNIQUE, "--json");
    expect(JSON.parse(fromFile.out).counts).toEqual(JSON.parse(fromText.out).counts);
  });

  it("prints the extraction as JSON, with spans, lines, targets and the numbers that are no figure", async () => {
    const run = await cli("extract", REPORT, "--json");
    const json = JSON.parse(run.out) as {
      year: number;
      claims: { span: { start: number }; line: number }[];
      targets: { condition: string }[];
      unclassified: { reason: string }[];
    };
    expect(json.year).toBe(2021);
    expect(json.targets.map((t) => t.condition)).toContain("forest_cover[2025] >= 50.3%");
    expect(new Set(json.unclassified.map((u) => u.reason))).toEqual(
      new Set(["date", "name", "duration", "no_relation"]),
    );
  });

  it("takes the report's year when its first lines do not say, and refuses one that is no year", async () => {
    const text = write("plain.txt", "全年地区生产总值385.6亿元，比上年增长5.6%。");
    expect(JSON.parse((await cli("extract", text, "--json", "--year", "2023")).out).claims[1].from).toBe(2022);
    const bad = await cli("extract", text, "--year", "23");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain("expected a year such as 2021, got 23");
  });
});

describe("plansheet verify REPORT.txt", () => {
  it("prints the report's failures first, each with the sentences it rests on", async () => {
    const run = await cliEn("verify", REPORT, "--wide");
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(
      /government-work-report\.txt \(\d+ figures read from the text\): \d+ checks — 2 findings; \d+ consistent, 1 inconsistent, 1 arithmetic mean/,
    );
    expect(run.out).toContain("line 10: “单位GDP能耗0.23吨标煤/万元，比2016年下降20.34%”");
    expect(run.out).toContain(
      "Proposed identities (they hold by definition): 单位GDP能耗 = 能源消费总量 / 地区生产总值",
    );
    // the targets read are no checks, but said
    expect(run.out).toMatch(/\d+ targets were read from the text too \(not checked; plansheet extract lists them\)\./);
    expect((await cliEn("verify", REPORT, "--strict")).code).toBe(EXIT.strict);
  });
});

describe("bad report files", () => {
  it("say what is wrong with the file, and never crash", async () => {
    const empty = await cli("extract", write("empty.txt", ""));
    expect([empty.code, empty.err]).toEqual([EXIT.modelError, expect.stringContaining("empty.txt is empty")]);
    const binary = await cli("extract", bytes("binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])));
    expect(binary.err).toContain("is binary, not text (it holds NUL bytes)");
    const latin = await cli("extract", bytes("nonsense.txt", new Uint8Array([0xff, 0xff, 0xff, 0xfe, 0x80])));
    expect(latin.err).toContain("is neither UTF-8 nor GB18030/GBK text");
    const none = await cli("extract", write("words.txt", "各位代表：现在，我代表区人民政府向大会报告工作，请予审议。"));
    expect([none.code, none.err]).toEqual([EXIT.ok, expect.stringContaining("holds no figure plansheet can read")]);
    const missing = await cli("extract", "/nonexistent/report.txt");
    expect([missing.code, missing.err]).toEqual([EXIT.modelError, expect.stringContaining("no such file")]);
  });

  it("read a GBK file as GB18030 and HTML without its tags, with a warning", async () => {
    // 地区生产总值276亿元 in GBK
    const gbk = bytes(
      "gbk.txt",
      new Uint8Array([
        0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0x32, 0x37, 0x36, 0xd2, 0xda, 0xd4,
        0xaa, 0xa1, 0xa3,
      ]),
    );
    const run = await cli("extract", gbk, "--json", "--year", "2021");
    expect(run.err).toContain("is not UTF-8; it was read as GB18030 (GBK)");
    expect(JSON.parse(run.out).claims[0]).toMatchObject({ indicator: "gdp", value: "276", unit: "亿元" });
    const html = write(
      "report.html",
      "<html><body><p>全年地区生产总值<b>385.6</b>亿元，比上年增长5.6%。</p><script>var x = 1;</script></body></html>",
    );
    const page = await cli("extract", html, "--json", "--year", "2023");
    expect(page.err).toContain("is HTML; its tags were stripped");
    expect(JSON.parse(page.out).claims.map((c: { value: string }) => c.value)).toEqual(["385.6", "5.6%"]);
  });
});
