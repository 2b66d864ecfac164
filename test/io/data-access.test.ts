import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ModelError } from "../../src/index.js";
import { loadModel, loadModelAsync } from "../../src/node.js";
import { cli } from "../cli/helpers.js";
import { DATA_MODEL } from "../data-model.js";

const root = mkdtempSync(join(tmpdir(), "plansheet-access-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const CSV = "indicator,2018,2019\ngdp,100,105\n";
const SECRET = "secret-line-of-another-file,1,2\n";

/** A model in its own folder, whose data: is `entry`; and a file beside the folder, outside it. */
function setUp(entry: string): string {
  const folder = mkdtempSync(join(root, "model-"));
  writeFileSync(join(folder, "data.csv"), CSV);
  writeFileSync(join(root, "outside.csv"), SECRET);
  writeFileSync(join(folder, "model.yaml"), DATA_MODEL(entry));
  return join(folder, "model.yaml");
}

function issuesOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ModelError) return error.issues.map((i) => `${i.code}: ${i.message}`);
    throw error;
  }
  return [];
}

describe("what a model's data: may read", () => {
  it("its own folder's tables", () => {
    expect(loadModel(setUp("  - from: data.csv")).run().get("gdp", 2019)).toBe(105);
  });

  it("nothing outside its folder (a path up, an absolute path), unless the caller allows it — and never the content of what it refused", () => {
    for (const entry of ["  - from: ../outside.csv", `  - from: ${join(root, "outside.csv")}`]) {
      const path = setUp(entry);
      const issues = issuesOf(() => loadModel(path));
      expect(
        issues.some((i) =>
          /^data_unreadable: the data file .*outside\.csv is outside the model's folder, and is not read$/.test(i),
        ),
        entry,
      ).toBe(true);
      expect(issues.join("\n")).not.toContain("secret-line");
      // allowed, it is read (and its bad content reported as any table's)
      expect(
        issuesOf(() => loadModel(path, { outsideData: true })).some((i) => /outside the model's folder/.test(i)),
      ).toBe(false);
    }
  });

  it("no device, folder or file beyond the size a table may be", () => {
    const folder = mkdtempSync(join(root, "model-"));
    mkdirSync(join(folder, "sub"));
    writeFileSync(join(folder, "huge.csv"), "");
    truncateSync(join(folder, "huge.csv"), 65 * 1024 * 1024);
    const cases: [string, RegExp][] = [
      ["sub", /is not a regular file/],
      ["huge.csv", /is 65 MB, more than the 64 MB a data table may be/],
    ];
    for (const [from, message] of cases) {
      writeFileSync(join(folder, "model.yaml"), DATA_MODEL(`  - from: ${from}`));
      expect(issuesOf(() => loadModel(join(folder, "model.yaml"))).join("\n"), from).toMatch(message);
    }
    writeFileSync(join(folder, "model.yaml"), DATA_MODEL("  - from: /dev/zero"));
    const t0 = performance.now();
    expect(issuesOf(() => loadModel(join(folder, "model.yaml"), { outsideData: true })).join("\n")).toMatch(
      /\/dev\/zero is not a regular file/,
    );
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("no workbook range or used area beyond a million cells, and no workbook that unpacks beyond 256 MB", async () => {
    const folder = mkdtempSync(join(root, "model-"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("data");
    sheet.getCell("A1").value = "indicator";
    sheet.getCell("B1").value = 2018;
    sheet.getCell("A2").value = "gdp";
    sheet.getCell("B2").value = 100;
    sheet.getCell("XFD1048576").value = 1;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    writeFileSync(join(folder, "far.xlsx"), bytes);
    writeFileSync(join(folder, "model.yaml"), DATA_MODEL("  - from: far.xlsx"));
    const far = await loadModelAsync(join(folder, "model.yaml")).then(
      () => [],
      (e: ModelError) => e.issues.map((i) => i.message),
    );
    expect(far.join("\n")).toMatch(
      /a cell as far as XFD1048576\) of .*far\.xlsx span 17,179,869,184 cells, more than the 1,000,000 a data table may/,
    );
    // a directory that declares gigabytes: refused before anything is unpacked
    const bomb = new Uint8Array(bytes);
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 46 < bomb.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
    writeFileSync(join(folder, "bomb.xlsx"), bomb);
    writeFileSync(join(folder, "model.yaml"), DATA_MODEL("  - from: bomb.xlsx"));
    const refused = await loadModelAsync(join(folder, "model.yaml")).then(
      () => [],
      (e: ModelError) => e.issues.map((i) => i.message),
    );
    expect(refused.join("\n")).toMatch(/bomb\.xlsx unpacks to \d+ MB, more than the 256 MB a data workbook may/);
  });

  it("the command line reads outside the folder only with --outside-data", async () => {
    const path = setUp("  - from: ../outside.csv");
    const refused = await cli("run", path);
    expect(refused.err).toMatch(/outside the model's folder, and is not read/);
    const allowed = await cli("--outside-data", "run", path);
    expect(allowed.err).not.toMatch(/outside the model's folder/);
  });
});
