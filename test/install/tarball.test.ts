import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const EXAMPLE = join(ROOT, "examples/mentougou-2021");

/**
 * The package as a user gets it: `npm pack` (which builds it, `prepack`) in a copy of the package's own files — so
 * that this checkout's `dist/`, which other tests read, is left alone — then the tarball unpacked into a scratch
 * project's node_modules beside its production dependencies only, copied from this checkout's install so that
 * nothing is fetched, with the `plansheet` command linked as npm links it. Neither the sources, nor tsx, nor any
 * dev dependency is in reach.
 */
describe("the packed package, installed without dev dependencies", () => {
  let scratch = "";
  let packOutput = "";

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "plansheet-install-"));
    const source = join(scratch, "source");
    mkdirSync(source);
    for (const file of ["package.json", "tsup.config.ts", "tsconfig.json", "LICENSE", "README.md", "src"])
      cpSync(join(ROOT, file), join(source, file), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(source, "node_modules"));
    const packed = spawnSync("npm", ["pack", "--pack-destination", scratch], { cwd: source, encoding: "utf8" });
    packOutput = `${packed.stdout}\n${packed.stderr}`;
    expect(packed.status, packOutput).toBe(0);
    const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"))!;
    const modules = join(scratch, "node_modules");
    mkdirSync(join(modules, "plansheet"), { recursive: true });
    execFileSync("tar", ["xzf", join(scratch, tarball), "--strip-components=1", "-C", join(modules, "plansheet")]);
    const production = execFileSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: ROOT })
      .toString()
      .split("\n")
      .filter((path) => path.startsWith(join(ROOT, "node_modules")));
    for (const path of production)
      cpSync(path, join(modules, relative(join(ROOT, "node_modules"), path)), { recursive: true });
    mkdirSync(join(modules, ".bin"));
    symlinkSync("../plansheet/dist/cli.js", join(modules, ".bin/plansheet"));
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true }));
  }, 300_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const run = (command: string, args: readonly string[]) =>
    spawnSync(command, args, { cwd: scratch, encoding: "utf8", env: { ...process.env, NODE_PATH: "" } });

  it("is built without a warning", () => {
    expect(packOutput).not.toMatch(/reexported|circular|warn/i);
  });

  it("runs `npx plansheet verify` on the example's claims", () => {
    const result = run("npx", ["--no-install", "plansheet", "verify", join(EXAMPLE, "claims.yaml"), "--wide"]);
    expect(result.stderr).not.toMatch(/Error:|internal error/);
    expect(result.stdout).toMatch(/共15项核对 — 发现2处问题；4项相符，1项不符/);
    expect([0, 3]).toContain(result.status);
  });

  it("is imported from ESM and required from CommonJS, with its plansheet/node entry", () => {
    const script = (lines: readonly string[]) => lines.join("\n");
    const model = JSON.stringify(join(EXAMPLE, "model.yaml"));
    const esm = run("node", [
      "--input-type=module",
      "-e",
      script([
        'import { buildModel } from "plansheet";',
        'import { loadModel } from "plansheet/node";',
        'const m = buildModel({ years: [2020, 2022], baseYear: 2020, indicators: { a: { value: 2 }, b: { formula: "a * 3" } } });',
        `console.log(m.run().get("b", 2021), loadModel(${model}).structure.indicators.length > 10);`,
      ]),
    ]);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("6 true");
    const cjs = run("node", [
      "-e",
      script([
        'const { buildModel } = require("plansheet");',
        'const { loadModel } = require("plansheet/node");',
        'const m = buildModel({ years: [2020, 2022], baseYear: 2020, indicators: { a: { value: 2 }, b: { formula: "a * 3" } } });',
        `console.log(m.run().get("b", 2021), loadModel(${model}).structure.indicators.length > 10);`,
      ]),
    ]);
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("6 true");
  });
});
