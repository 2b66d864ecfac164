import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { csvRows } from "../csv-rows.js";
import { outsideTool } from "../outside-tools.js";

/** LibreOffice's soffice, when installed (`apt-get install libreoffice-calc-nogui`). */
export const soffice = outsideTool(
  ["soffice", "libreoffice"],
  "PLANSHEET_SOFFICE",
  "apt-get install libreoffice-calc-nogui",
);

/** Poppler's pdftotext, when installed (`apt-get install poppler-utils`). */
export const pdftotext = outsideTool(["pdftotext"], "PLANSHEET_PDFTOTEXT", "apt-get install poppler-utils");

/**
 * A LibreOffice profile of its own (so that runs at the same time do not share one), with LibreOffice's defaults;
 * with `recalculating`, one that recalculates every xlsx formula on load: by default LibreOffice shows the cached
 * values of an xlsx file, which would make it no oracle at all.
 */
function profile(folder: string, recalculating = true): string {
  const user = join(folder, "profile/user");
  mkdirSync(user, { recursive: true });
  if (!recalculating) return `file://${join(folder, "profile")}`;
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(folder, "profile")}`;
}

/**
 * Workbooks recalculated by LibreOffice headless, every sheet of each as rows of text cells: file name → sheet name
 * → rows. One LibreOffice run converts them all.
 */
export function recalculate(workbooks: Readonly<Record<string, Uint8Array>>): Map<string, Map<string, string[][]>> {
  const folder = mkdtempSync(join(tmpdir(), "plansheet-lo-"));
  try {
    const files = Object.entries(workbooks).map(([name, bytes]) => {
      const file = join(folder, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    const out = join(folder, "out");
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${profile(folder)}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        out,
        ...files,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    const result = new Map<string, Map<string, string[][]>>();
    for (const csv of readdirSync(out)) {
      const file = Object.keys(workbooks).find((name) => csv.startsWith(`${name}-`))!;
      const sheet = basename(csv, ".csv").slice(file.length + 1);
      const rows = csvRows(readFileSync(join(out, csv), "utf8"));
      if (!result.has(file)) result.set(file, new Map());
      result.get(file)!.set(sheet, rows);
    }
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A cell of LibreOffice's CSV as a number: `12.5`, `4.82%` (a percentage-formatted cell), or null for an error (#N/A, Err:502). */
export function numberOf(text: string): number | boolean | null {
  if (text === "TRUE") return true;
  if (text === "FALSE") return false;
  const m = /^(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)(%)?/i.exec(text.replace(/,/g, ""));
  if (!m) return null;
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

/**
 * A workbook's text as LibreOffice prints it to PDF, every sheet, laid out as on the page (`###` where a number
 * does not fit its column, an error's code where a cell has one): as a reader opening it with LibreOffice's
 * defaults sees it, or recalculated on load.
 */
export function printedText(bytes: Uint8Array, options: { readonly recalculate: boolean }): string {
  const folder = mkdtempSync(join(tmpdir(), "plansheet-pdf-"));
  try {
    const file = join(folder, "workbook.xlsx");
    writeFileSync(file, bytes);
    const out = join(folder, "out");
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${profile(folder, options.recalculate)}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        file,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    return execFileSync(pdftotext!, ["-layout", join(out, "workbook.pdf"), "-"], { encoding: "utf8", timeout: 60_000 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
