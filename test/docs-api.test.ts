import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** A file inside the repository (a path that leads out of it, to documents kept beside it, does not count). */
function inRepository(path: string): boolean {
  return !relative(ROOT, path).startsWith("..") && existsSync(path);
}

describe("the API reference", () => {
  it("builds with `npm run docs`'s settings without a warning, with a page for each key export", async () => {
    const out = mkdtempSync(join(tmpdir(), "plansheet-api-docs-"));
    try {
      // typedoc.json as `npm run docs` reads it, written elsewhere; a warning makes TypeDoc exit with an error.
      const typedoc = join(ROOT, "node_modules/typedoc/bin/typedoc");
      const run = await promisify(execFile)(process.execPath, [typedoc, "--out", out], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1" },
        maxBuffer: 16 * 1024 * 1024,
      }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
      const log = `${run.stdout ?? ""}${run.stderr ?? ""}`;
      expect(log.split("\n").filter((line) => /\[(warning|error)\]/.test(line))).toEqual([]);
      expect("code" in run ? run.code : 0, log).toBe(0);
      for (const page of [
        "modules/plansheet.html",
        "modules/plansheet_node.html",
        "modules/plansheet_svg.html",
        "modules/plansheet_xlsx.html",
        "functions/plansheet.buildModel.html",
        "functions/plansheet.verifyClaims.html",
        "functions/plansheet.simulate.html",
        "functions/plansheet.solve.html",
        "functions/plansheet_node.loadModel.html",
        "classes/plansheet.Model.html",
      ])
        expect(existsSync(join(out, page)), page).toBe(true);
      // a doc comment is on its page: buildModel's says what it throws
      expect(readFileSync(join(out, "functions/plansheet.buildModel.html"), "utf8")).toContain("ModelError");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  it("cites no document the repository does not have", () => {
    const cited: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const [name] of text.matchAll(/\b(?:DESIGN|PERFORMANCE|STYLE|ECOSYSTEM)\b/g))
        cited.push(`${relative(ROOT, file)}: ${name}`);
      for (const [path] of text.matchAll(/[\w./-]*\w\.md\b/g)) {
        if (!inRepository(join(ROOT, path)) && !inRepository(join(dirname(file), path)))
          cited.push(`${relative(ROOT, file)}: ${path}`);
      }
    }
    expect(cited).toEqual([]);
  });
});
