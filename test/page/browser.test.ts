import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
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
const folder = mkdtempSync(join(tmpdir(), "plansheet-page-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(!chromium)("the report page in headless Chromium", () => {
  it("opens without a console error, shows the findings and the charts, and is kept as a screenshot", async () => {
    const model = loadModel(`${ROOT}/examples/mentougou-2021/model.yaml`);
    const verification = verifyClaimsFile(`${ROOT}/examples/mentougou-2021/claims.yaml`, { model });
    const simulation = simulate(model, { trials: 1000, seed: 2021, track: targetedIndicators(model) });
    const file = join(folder, "report.html");
    writeFileSync(file, await reportPage(model, { verification, simulation, draw: svgOf }));
    const browser = await puppeteer.launch({
      executablePath: chromium!,
      args: ["--no-sandbox", "--disable-gpu"],
      headless: true,
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warn")
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${String(error)}`));
      page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
      page.on("request", (request) => {
        if (!request.url().startsWith("file:")) problems.push(`network request: ${request.url()}`);
      });
      await page.setViewport({ width: 1200, height: 1600 });
      await page.goto(`file://${file}`, { waitUntil: "load" });
      // (page scripts as text: the suite is type-checked without the DOM's types)
      const text = (await page.evaluate("document.body.innerText")) as string;
      expect(text).toContain("是算术平均，不是年均增速");
      expect(text).toContain("能源消费总量");
      const drawn = (await page.evaluate(
        `[...document.querySelectorAll("figure svg")].filter((svg) => svg.getBoundingClientRect().width > 200).length`,
      )) as number;
      expect(drawn).toBeGreaterThan(20);
      expect(problems).toEqual([]);
      // kept for a person to look at (test/output is not committed)
      mkdirSync(`${ROOT}/test/output`, { recursive: true });
      await page.screenshot({ path: `${ROOT}/test/output/report-page.png`, fullPage: false });
      // printed, the tables folded away on screen are shown
      const folded = `document.querySelector("details .scroll").checkVisibility()`;
      expect(await page.evaluate(folded)).toBe(false);
      await page.emulateMediaType("print");
      expect(await page.evaluate(folded)).toBe(true);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
