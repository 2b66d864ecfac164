import { describe, expect, it } from "vitest";
import * as browser from "../src/index.js";
import * as node from "../src/node.js";
import * as svg from "../src/svg.js";
import * as xlsx from "../src/xlsx.js";

// The public surface, name by name: an export added or removed shows up here, on purpose.
describe("the public API", () => {
  it("exports from plansheet exactly these names", () => {
    expect(Object.keys(browser).sort()).toMatchInlineSnapshot(`
      [
        "CJK_FONT_STACK",
        "Chart",
        "ClaimsAssertionError",
        "DECIMAL_PRECISION",
        "Dec",
        "FUNCTIONS",
        "ISSUE_CODES",
        "MAX_TRIALS",
        "Model",
        "ModelError",
        "PlansheetError",
        "Projection",
        "VEGA_LITE_SCHEMA",
        "VerificationReport",
        "assertClaimsConsistent",
        "assertGrowthConsistent",
        "buildModel",
        "claimsDefinitionOf",
        "claimsJsonSchema",
        "compareScenarios",
        "comparisonToJson",
        "display",
        "driversChart",
        "extractClaims",
        "fanChart",
        "findFeasible",
        "formatAssumptions",
        "formatComparison",
        "formatFan",
        "formatFeasibility",
        "formatInterval",
        "formatIssue",
        "formatIssues",
        "formatProbabilities",
        "formatProbabilitySolve",
        "formatProjectionExact",
        "formatProjectionTable",
        "formatReachability",
        "formatSolve",
        "formatSweep",
        "formatTable",
        "formatTargets",
        "formatVerification",
        "impliedBase",
        "interval",
        "intervalContains",
        "intervalsOverlap",
        "modelJsonSchema",
        "parseFormula",
        "parseModelText",
        "parseQuantityLiteral",
        "parseUnit",
        "projectionChart",
        "readPrintedFigure",
        "readReportBytes",
        "readYamlText",
        "reportPage",
        "requiredGrowth",
        "requiredPartGrowth",
        "setDisplayLanguage",
        "shareYearReached",
        "simulate",
        "solve",
        "solveProbability",
        "sweep",
        "sweepChart",
        "toSExpression",
        "trialRng",
        "truncationInterval",
        "verificationChart",
        "verifyClaims",
        "verifyClaimsText",
        "xoshiro128",
        "yearReached",
      ]
    `);
  });

  it("exports from plansheet/node everything of plansheet, plus files and worker threads", () => {
    const extra = Object.keys(node)
      .filter((k) => !(k in browser))
      .sort();
    expect(extra).toEqual([
      "extractClaimsBytes",
      "extractClaimsFile",
      "isReportTextPath",
      "loadModel",
      "loadModelAsync",
      "readFileBytes",
      "readTextFile",
      "simulateInWorkers",
      "verifyClaimsFile",
      "verifyReportBytes",
      "verifyReportFile",
    ]);
    expect(node.simulate).not.toBe(browser.simulate);
    // one function under two names: `simulate` stays, `simulateInWorkers` says which one it is
    expect(node.simulateInWorkers).toBe(node.simulate);
  });

  it("exports from plansheet/svg the drawing of charts, and nothing of vega until it draws", () => {
    expect(Object.keys(svg).sort()).toEqual(["renderSvg", "svgOf"]);
  });

  it("exports from plansheet/xlsx the workbook of a model", () => {
    expect(Object.keys(xlsx).sort()).toEqual(["readWorkbookGrid", "toWorkbook"]);
  });
});
