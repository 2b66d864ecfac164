import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outsideTool } from "../outside-tools.js";
import { ROOT, ensureBuilt } from "./built.js";
const deno = outsideTool(
  ["deno", join(ROOT, ".ci/tools/node_modules/.bin/deno")],
  "PLANSHEET_DENO",
  "npm install --prefix .ci/tools deno",
);
const python = outsideTool(
  ["/usr/bin/python3", "python3"],
  "PLANSHEET_PYTHON",
  "apt-get install python3-nbclient python3-jupyter-client",
  (path) => {
    try {
      execFileSync(path, ["-c", "import nbclient, jupyter_client"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  },
);
const jupyterPath = mkdtempSync(join(tmpdir(), "plansheet-jupyter-"));
afterAll(() => rmSync(jupyterPath, { recursive: true, force: true }));

describe.skipIf(!deno || !python)("the example notebook in Deno's Jupyter kernel", () => {
  it("runs headless, and every result shows itself with the MIME types a notebook renders", () => {
    ensureBuilt();
    // a kernelspec of our own, so that nothing is installed in the user's Jupyter folders
    mkdirSync(join(jupyterPath, "kernels/deno"), { recursive: true });
    writeFileSync(
      join(jupyterPath, "kernels/deno/kernel.json"),
      JSON.stringify({
        argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
        display_name: "Deno",
        language: "typescript",
      }),
    );
    const notebooks = join(ROOT, "examples/notebooks");
    const output = execFileSync(
      python!,
      [join(__dirname, "run-notebook.py"), join(notebooks, "mentougou.ipynb"), "deno", notebooks],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          JUPYTER_PATH: jupyterPath,
          JUPYTER_DATA_DIR: join(jupyterPath, "data"),
          JUPYTER_RUNTIME_DIR: join(jupyterPath, "runtime"),
          NO_COLOR: "1",
        },
        timeout: 240_000,
      },
    );
    const result = JSON.parse(output) as {
      error?: string;
      runs?: number;
      retried?: number;
      cells?: { type: string; mime: string[]; data: Record<string, string> }[][];
    };
    if ((result.runs ?? 1) > 1 || (result.retried ?? 0) > 0) {
      console.warn(
        `the kernel lost a cell's output under load: ${result.retried} cell(s) run again, ${result.runs} run(s) of the notebook (see run-notebook.py)`,
      );
    }
    expect(result.error).toBeUndefined();
    const cells = result.cells!;
    const table = ["application/json", "text/html", "text/plain"];
    const chart = ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"];
    expect(cells.map((outputs) => outputs.map((o) => o.mime))).toEqual([
      [["text/plain"]], // the model's name
      [table], // the verification
      [chart], // the projection chart
      [table], // the simulation, shown mid-cell by display()
      [chart], // the fan chart
      [table], // solve
      [table], // the scenarios compared
    ]);
    expect(cells[1]![0]!.data["text/plain"]).toContain("共15项核对 — 发现2处问题；4项相符，1项不符，1项为算术平均");
    expect(cells[3]![0]!.type).toBe("display_data");
    expect(cells[5]![0]!.data["text/plain"]).toMatch(/^要实现“房地产业占地区生产总值比重下降至10%以下（2025）”/);
  }, 300_000);
});

// in this file too, so that the two never build the package at the same time
describe("the built package from CommonJS, as tslab loads it", () => {
  it("requires plansheet/node and plansheet/svg, prints results as tables and draws a chart with vega loaded by import()", () => {
    ensureBuilt();
    const script = `
      const { loadModel, projectionChart } = require("plansheet/node");
      const { renderSvg } = require("plansheet/svg");
      const { inspect } = require("node:util");
      const model = loadModel("examples/mentougou-2021/model.yaml");
      const projection = model.run();
      renderSvg(projectionChart(projection, "re_share")).then((chart) => {
        console.log(JSON.stringify({ text: inspect(projection).split("\\n")[0], svg: chart.svg.slice(0, 4), mime: Object.keys(chart[Symbol.for("Jupyter.display")]()) }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as {
      text: string;
      svg: string;
      mime: string[];
    };
    expect(out).toEqual({
      text: "门头沟区 2021 政府工作报告, 基准情景",
      svg: "<svg",
      mime: ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"],
    });
  }, 120_000);
});
