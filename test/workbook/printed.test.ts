import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/node.js";
import { toWorkbook } from "../../src/xlsx.js";
import { pdftotext, printedText, soffice } from "./libreoffice.js";

/** What a spreadsheet prints where a cell cannot show its value: a number too wide, an error of any kind. */
const UNSHOWABLE = /###|#N\/A|#NAME\?|#VALUE!|#DIV\/0!|#NUM!|#REF!|#NULL!|Err:\d+/g;

describe.skipIf(!soffice || !pdftotext)("the Mentougou workbook printed by LibreOffice", () => {
  const model = loadModel(`${__dirname}/../../examples/mentougou-2021/model.yaml`);

  it.each([
    ["as opened, with LibreOffice's defaults", false],
    ["recalculated on load", true],
  ])(
    "shows every cell, %s: no ### and no error code",
    async (_, recalculate) => {
      const text = printedText(await toWorkbook(model, { scenarios: model.runnableScenarios }), { recalculate });
      const unshown = text.match(UNSHOWABLE) ?? [];
      expect(unshown, `${unshown.length} cells that do not show their value`).toEqual([]);
      // and the print is the workbook's: labels, percentages, points, margins in the target's unit, verdicts
      // each sheet printed across one A4 page, landscape: a page or two a sheet, not a sheet cut into columns
      const pages = text.split("\f").filter((page) => page.trim() !== "").length;
      const sheets = model.runnableScenarios.length + 2;
      expect(pages).toBeLessThanOrEqual(2 * sheets);
      for (const shown of [
        "地区生产总值",
        "房地产业占地区生产总值比重",
        "5.00%",
        "0.55个百分点",
        "-26.75亿元",
        "TRUE",
        "FALSE",
      ])
        expect(text, shown).toContain(shown);
    },
    240_000,
  );
});
