import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Console } from "../../src/cli/console.js";
import { EXIT } from "../../src/cli/exit-codes.js";
import { runCli } from "../../src/cli/program.js";
import { cli, EXAMPLE, EXAMPLE_CLAIMS, tempDir } from "./helpers.js";

const ROOT = resolve(__dirname, "../..");
const REPORT = resolve(dirname(EXAMPLE), "government-work-report.txt");
const file = tempDir("plansheet-conventions-");

/** The command as a user runs it, with `input` on standard input. */
function withInput(input: string, ...argv: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", resolve(ROOT, "src/cli/main.ts"), ...argv], {
    cwd: dirname(EXAMPLE),
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
}

describe("- is standard input, -o - standard output", () => {
  it("verifies a claims file and a report's text read from standard input, told apart by what they hold", () => {
    const claims = withInput(readFileSync(EXAMPLE_CLAIMS, "utf8"), "verify", "-", "--lang", "en", "--wide");
    expect(claims).toMatch(/^standard input: 15 checks — 2 findings; 4 consistent, 1 inconsistent, 1 arithmetic mean/);
    const text = withInput(readFileSync(REPORT, "utf8"), "verify", "-", "--lang", "en", "--wide");
    expect(text).toMatch(/^standard input \(153 figures read from the text\): 16 checks/);
  }, 60_000);

  it("writes the claims file, a chart, the page and the workbook to standard output with -o -", async () => {
    const extracted = await cli("extract", REPORT, "-o", "-");
    expect(extracted.code).toBe(EXIT.ok);
    expect(extracted.out).toMatch(/^# Claims extracted from .*government-work-report\.txt/);
    const chart = await cli("run", EXAMPLE, "--chart", "gdp", "-o", "-");
    expect(chart.out).toMatch(/^<svg/);
    const bytes: Uint8Array[] = [];
    const out: string[] = [];
    const console: Console = { out: (t) => out.push(t), err: () => {}, bytes: (b) => bytes.push(b) };
    expect(await runCli(["export", EXAMPLE, "-o", "-"], console)).toBe(EXIT.ok);
    expect(Buffer.from(bytes[0]!).subarray(0, 2).toString()).toBe("PK");
    expect(out).toEqual([]);
  });
});

describe("a report's text is told from a claims file by what it holds", () => {
  it("reads a report saved without .txt as a report", async () => {
    const saved = file("门头沟区政府工作报告", readFileSync(REPORT, "utf8"));
    const { code, out, err } = await cli("verify", saved, "--lang", "en", "--wide");
    expect(code).toBe(EXIT.ok);
    expect(err).not.toMatch(/expected object/);
    expect(out).toMatch(/\(153 figures read from the text\): 16 checks/);
  });

  it("reads a claims file saved without .yaml as claims", async () => {
    const saved = file(
      "claims",
      readFileSync(EXAMPLE_CLAIMS, "utf8").replace("model: model.yaml", `model: ${EXAMPLE}`),
    );
    const { out } = await cli("verify", saved, "--lang", "en", "--wide");
    expect(out).toMatch(/claims: 15 checks/);
  });
});

describe("what the command line refuses, in a line and an exit code", () => {
  it("refuses two outputs at once", async () => {
    for (const argv of [
      ["run", EXAMPLE, "--json", "--csv"],
      ["run", EXAMPLE, "--chart", "gdp", "--json"],
      ["sweep", EXAMPLE, "-l", "re_growth", "--from", "-5%", "--to", "0%", "--steps", "3", "--json", "--csv"],
      ["simulate", EXAMPLE, "--trials", "100", "--seed", "1", "--json", "--csv"],
    ]) {
      const { code, err, out } = await cli(...argv);
      expect(code, argv.join(" ")).toBe(EXIT.usage);
      expect(err).toMatch(/cannot be used with option/);
      expect(out).toBe("");
    }
  });

  it("says a missing output folder in one error, exit 1, for every command that writes a file", async () => {
    for (const argv of [
      ["export", EXAMPLE, "-o", "/no/such/folder/plan.xlsx"],
      ["extract", REPORT, "-o", "/no/such/folder/claims.yaml"],
      ["run", EXAMPLE, "--chart", "gdp", "-o", "/no/such/folder/gdp.svg"],
      ["report", EXAMPLE, "-o", "/no/such/folder/report.html"],
    ]) {
      const { code, err } = await cli(...argv);
      expect(code, argv.join(" ")).toBe(EXIT.modelError);
      expect(err).toContain("cannot write /no/such/folder/");
      expect(err).toContain("the folder /no/such/folder does not exist");
      expect(err).not.toMatch(/internal error|\n\s+at /);
    }
  });
});

describe("without an optional package", () => {
  afterEach(() => {
    vi.doUnmock("exceljs");
    vi.doUnmock("vega-lite");
    vi.resetModules();
  });
  const notInstalled = (name: string) => () => {
    throw Object.assign(new Error(`Cannot find package '${name}' imported from /home/planner/x.js`), {
      code: "ERR_MODULE_NOT_FOUND",
    });
  };
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, console: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  it("export says which package to install, exit 2, no stack", async () => {
    vi.resetModules();
    vi.doMock("exceljs", notInstalled("exceljs"));
    const { runCli: fresh } = await import("../../src/cli/program.js");
    const { err, console } = capture();
    expect(await fresh(["export", EXAMPLE, "-o", file("plan.xlsx", "")], console)).toBe(EXIT.usage);
    expect(err.join("\n")).toContain(
      "reading or writing a workbook needs the package 'exceljs', which is not installed: npm install exceljs@4",
    );
    expect(err.join("\n")).not.toMatch(/\/home\/planner|\n\s+at /);
  });

  it("report writes the page without charts and warns on the error stream, naming no path of the machine", async () => {
    vi.resetModules();
    vi.doMock("vega-lite", notInstalled("vega-lite"));
    const { runCli: fresh } = await import("../../src/cli/program.js");
    const { err, console } = capture();
    const page = file("report.html", "");
    expect(await fresh(["report", EXAMPLE, "-o", page], console)).toBe(EXIT.ok);
    expect(err.join("\n")).toContain("warning: the page has no charts: drawing a chart needs the package 'vega-lite'");
    expect(readFileSync(page, "utf8")).not.toContain("/home/planner");
  });
});

describe("run -o", () => {
  it("writes the text, the JSON or the CSV to the file rather than ignoring it", async () => {
    const text = file("run.txt", "");
    const { code, out, err } = await cli("run", EXAMPLE, "-o", text);
    expect(code).toBe(EXIT.ok);
    expect(out).toBe("");
    expect(err).toContain(`wrote ${text}`);
    expect(readFileSync(text, "utf8")).toMatch(/^门头沟区 2021 政府工作报告 — 基准情景/);
    const json = file("run.json", "");
    await cli("run", EXAMPLE, "--json", "-o", json);
    expect(JSON.parse(readFileSync(json, "utf8")).scenario).toBe("baseline");
    expect((await cli("run", EXAMPLE, "-o", "/no/such/folder/run.txt")).code).toBe(EXIT.modelError);
  });
});
