import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outsideTool } from "../outside-tools.js";

const ROOT = resolve(__dirname, "../..");
const deno = outsideTool(["deno", join(ROOT, ".ci/tools/node_modules/.bin/deno")], "PLANSHEET_DENO", "npm install --prefix .ci/tools deno");
const python = outsideTool(["/usr/bin/python3", "python3"], "PLANSHEET_PYTHON", "apt-get install python3-nbclient python3-jupyter-client", (path) => {
  try {
    execFileSync(path, ["-c", "import nbclient, jupyter_client"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
const jupyterPath = mkdtempSync(join(tmpdir(), "plansheet-jupyter-"));
afterAll(() => rmSync(jupyterPath, { recursive: true, force: true }));

/** The newest modification time under a folder. */
function newest(folder: string): number {
  return Math.max(...readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

/** The package built from the sources as they are: the notebook imports it by name, as a user's would. */
function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(join(ROOT, "dist/index.js")).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built < newest(join(ROOT, "src"))) execFileSync("npx", ["tsup", "--silent"], { cwd: ROOT, stdio: "ignore" });
}

describe.skipIf(!deno || !python)("the example notebook in Deno's Jupyter kernel", () => {
  it("runs headless, and every result shows itself with the MIME types a notebook renders", () => {
    ensureBuilt();
    // a kernelspec of our own, so that nothing is installed in the user's Jupyter folders
    mkdirSync(join(jupyterPath, "kernels/deno"), { recursive: true });
    writeFileSync(join(jupyterPath, "kernels/deno/kernel.json"), JSON.stringify({ argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"], display_name: "Deno", language: "typescript" }));
    const notebooks = join(ROOT, "examples/notebooks");
    const output = execFileSync(python!, [join(__dirname, "run-notebook.py"), join(notebooks, "mentougou.ipynb"), "deno", notebooks], {
      encoding: "utf8",
      env: { ...process.env, JUPYTER_PATH: jupyterPath, JUPYTER_DATA_DIR: join(jupyterPath, "data"), JUPYTER_RUNTIME_DIR: join(jupyterPath, "runtime"), NO_COLOR: "1" },
      timeout: 240_000,
    });
    const result = JSON.parse(output) as { error?: string; cells?: { type: string; mime: string[]; data: Record<string, string> }[][] };
    expect(result.error).toBeUndefined();
    const cells = result.cells!;
    const table = ["application/json", "text/html", "text/plain"];
    const chart = ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"];
    expect(cells.map((outputs) => outputs.map((o) => o.mime))).toEqual([
      [["text/plain"]], // the model's name
      [table], // the verification
      [chart], // the projection chart
      [table, chart], // the simulation shown mid-cell by display(), then the fan chart
      [table], // solve
      [table], // the scenarios compared
    ]);
    expect(cells[1]![0]!.data["text/plain"]).toContain("16 checks — 4 consistent, 1 inconsistent, 1 arithmetic mean");
    expect(cells[3]![0]!.type).toBe("display_data");
    expect(cells[4]![0]!.data["text/plain"]).toMatch(/^To meet re_share_below_10_2025/);
  }, 300_000);
});
