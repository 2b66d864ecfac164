import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulate } from "../../src/montecarlo/index.js";
import { loadModel, verifyClaimsFile } from "../../src/node.js";
import { reportPage, targetedIndicators } from "../../src/page/index.js";
import { svgOf } from "../../src/svg.js";
import { outsideTool } from "../outside-tools.js";

const ROOT = `${__dirname}/../..`;
const chromium = outsideTool(
  ["chromium", "chromium-browser", "google-chrome"],
  "PLANSHEET_CHROMIUM",
  "apt-get install chromium",
);
const folder = mkdtempSync(join(tmpdir(), "plansheet-print-"));

/** The pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree above them). */
function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/** The printable width of an A4 page within the page's margins, in CSS pixels (210mm less 2 × 12mm). */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

// (page scripts as text: the suite is type-checked without the DOM's types)
/** The cells whose kind (预期性), leading verdict (✓ 达标) or figure (a right-aligned cell) runs over two lines. */
const WRAPPED = `(() => {
  const lines = (node, end) => {
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, end);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  };
  const wrapped = [];
  for (const td of document.querySelectorAll("table td")) {
    const text = td.textContent;
    const node = document.createTreeWalker(td, NodeFilter.SHOW_TEXT).nextNode();
    if (!node) continue;
    const verdict = /^[✓✗?·] [^ ‡（]+/.exec(text);
    const whole = /^(预期性|约束性)$/.test(text) || getComputedStyle(td).textAlign === "right";
    const end = whole ? node.length : verdict ? Math.min(verdict[0].length, node.length) : 0;
    if (end > 0 && lines(node, end) > 1) wrapped.push(text);
  }
  return wrapped;
})()`;

describe.skipIf(!chromium)("the Mentougou report page printed by headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const model = loadModel(`${ROOT}/examples/mentougou-2021/model.yaml`);
    const verification = verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`, { model });
    const simulation = simulate(model, { trials: 2000, seed: 1, track: targetedIndicators(model) });
    const file = join(folder, "report.html");
    writeFileSync(file, await reportPage(model, { verification, simulation, draw: svgOf }));
    browser = await puppeteer.launch({
      executablePath: chromium!,
      args: ["--no-sandbox", "--disable-gpu"],
      headless: true,
    });
    page = await browser.newPage();
    await page.goto(`file://${file}`, { waitUntil: "load" });
    await page.emulateMediaType("print");
    await page.setViewport({ width: A4_CONTENT_WIDTH, height: 1000 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("prints on A4 by its own @page rule, in fewer than 20 pages", async () => {
    const own = await page.pdf({ preferCSSPageSize: true });
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(Buffer.from(own).toString("latin1"));
    // A4 is 595 × 842 points; Letter, the default without the rule, 612 × 792
    expect(Number(box?.[1])).toBeCloseTo(595, -1);
    expect(Number(box?.[2])).toBeCloseTo(842, -1);
    const a4 = await page.pdf({ format: "A4" });
    // kept for a person to look at (test/output is not committed)
    mkdirSync(`${ROOT}/test/output`, { recursive: true });
    writeFileSync(`${ROOT}/test/output/report-page.pdf`, a4);
    expect(pageCount(a4)).toBeGreaterThan(5);
    expect(pageCount(a4)).toBeLessThan(20);
  }, 60_000);

  it("wraps no kind, verdict or figure within the width of A4", async () => {
    expect(await page.evaluate(WRAPPED)).toEqual([]);
  });

  it("colours met and not met apart, and marks each finding with its verdict in text", async () => {
    const colours = (await page.evaluate(`(() => {
      const colour = (start) => getComputedStyle([...document.querySelectorAll("td")].find((td) => td.textContent.startsWith(start))).color;
      return [colour("✓ 达标"), colour("✗ 未达标"), colour("✗ 算术平均"), getComputedStyle(document.body).color];
    })()`)) as string[];
    expect(new Set(colours).size).toBe(4);
    const findings = (await page.evaluate(
      `[...document.querySelectorAll(".finding")].map((f) => f.innerText.split("\\n")[0])`,
    )) as string[];
    expect(findings).toEqual(["✗ 算术平均 ARITHMETIC MEAN", "✗ 不符 INCONSISTENT"]);
  });

  it("sets the charts two to a row, each within its column", async () => {
    const figures = (await page.evaluate(`[...document.querySelectorAll("figure")].map((f) => {
      const svg = f.querySelector("svg").getBoundingClientRect();
      const box = f.getBoundingClientRect();
      return { top: Math.round(box.top), fits: svg.width <= box.width + 0.5 };
    })`)) as { top: number; fits: boolean }[];
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.every((f) => f.fits)).toBe(true);
    const rows = new Set(figures.map((f) => f.top)).size;
    expect(rows).toBeLessThan(figures.length * 0.6);
  });
});
