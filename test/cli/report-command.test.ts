import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { outsideTool } from "../outside-tools.js";
import { cli, tempDir } from "./helpers.js";

const MODEL = fileURLToPath(new URL("../../examples/mentougou-2021/model.yaml", import.meta.url));
const CLAIMS = fileURLToPath(new URL("../../examples/mentougou-2021/claims.yaml", import.meta.url));
const write = tempDir("plansheet-report-");
const folder = () => path.dirname(write("x", ""));
const rsvg = outsideTool(["rsvg-convert"], "PLANSHEET_RSVG", "apt-get install librsvg2-bin fonts-noto-cjk");

describe("plansheet report", () => {
  it("writes one self-contained page with the claims' findings, the probabilities and the charts", async () => {
    const out = path.join(folder(), "report.html");
    const run = await cli("report", MODEL, "--claims", CLAIMS, "--simulate", "500", "--seed", "2021", "-o", out);
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toMatch(/^wrote .*report\.html \(\d+ KB\)/m);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("年均下降4.07%");
    expect(html).toContain("500 trials, seed 2021");
    expect(html).toContain("<svg");
  });

  it("refuses --simulate without --seed, and names a claims file that is not there", async () => {
    const out = path.join(folder(), "r.html");
    const noSeed = await cli("report", MODEL, "--simulate", "100", "-o", out);
    expect([noSeed.code, noSeed.err]).toEqual([EXIT.usage, expect.stringContaining("--simulate needs --seed")]);
    const missing = await cli("report", MODEL, "--claims", "nowhere.yaml", "-o", out);
    expect(missing.code).toBe(EXIT.modelError);
    expect(missing.err).toContain("nowhere.yaml");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("plansheet run --chart", () => {
  it("draws one indicator as SVG, to a file or to the output", async () => {
    const out = path.join(folder(), "re_share.svg");
    const run = await cli("run", MODEL, "--chart", "re_share", "-o", out);
    expect(run.code).toBe(EXIT.ok);
    const svg = fs.readFileSync(out, "utf8");
    expect(svg).toContain("房地产业占地区生产总值比重");
    expect(svg).toContain("加快转型");
    const printed = await cli("run", MODEL, "--chart", "gdp", "--scenario", "faster", "--lang", "en");
    expect(printed.out).toMatch(/^<svg/);
    expect(printed.out).toContain("faster growth");
    expect(printed.out).not.toContain("baseline");
  });

  it.skipIf(!rsvg)("writes a PNG for a .png name, through rsvg-convert", async () => {
    const out = path.join(folder(), "re_share.png");
    const run = await cli("run", MODEL, "--chart", "re_share", "-o", out);
    expect(run.code).toBe(EXIT.ok);
    const png = fs.readFileSync(out);
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // twice the SVG's width
  });

  it("names an unknown indicator with the one it may mean", async () => {
    const run = await cli("run", MODEL, "--chart", "re_shares");
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toContain("cannot chart 're_shares': it is not an indicator of the model");
    expect(run.err).toContain("re_share");
  });
});

describe("plansheet export", () => {
  it("writes the model as a workbook, every scenario with --all-scenarios, and refuses another file type", async () => {
    const out = path.join(folder(), "mentougou.xlsx");
    const run = await cli("export", MODEL, "--all-scenarios", "-o", out);
    expect(run.code).toBe(EXIT.ok);
    expect(run.err).toContain("4 scenario sheets (baseline, faster, slower, transition), Inputs and Targets");
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const one = await cli("export", MODEL, "--scenario", "faster", "-o", out);
    expect(one.err).toContain("1 scenario sheet (faster)");
    const wrong = await cli("export", MODEL, "-o", path.join(folder(), "m.csv"));
    expect([wrong.code, wrong.err]).toEqual([EXIT.usage, expect.stringContaining("must end in .xlsx")]);
  });
});
