import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../src/cli/version.js";
import { FUNCTIONS } from "../src/formula/index.js";

const ROOT = resolve(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

describe("the README", () => {
  it("opens with the two commands that work on a fresh machine", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(README)![1]!;
    expect(firstBlock).toMatch(/^npm ci && npm run demo\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it("documents every function a formula may call", () => {
    for (const name of FUNCTIONS.keys()) expect(README, name).toContain(`\`${name}(`);
  });

  it("runs its library example as written (against the sources)", () => {
    const example = /## Library\n\n```ts\n([\s\S]*?)```/.exec(README)![1]!;
    const dir = mkdtempSync(join(tmpdir(), "plansheet-readme-"));
    try {
      const file = join(dir, "example.mts");
      const code = example
        .replaceAll('from "plansheet/node"', `from ${JSON.stringify(join(ROOT, "src/node.ts"))}`)
        .replaceAll('from "plansheet"', `from ${JSON.stringify(join(ROOT, "src/index.ts"))}`)
        .replaceAll('"examples/', `"${ROOT}/examples/`);
      writeFileSync(
        file,
        `${code}\nconsole.log(JSON.stringify({ share: baseline.get("re_share", 2025), trials: odds.trials }));\n`,
      );
      const out = execFileSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, encoding: "utf8" });
      const result = JSON.parse(out.trim().split("\n").pop()!);
      expect(result.share).toBeCloseTo(0.102, 3);
      expect(result.trials).toBe(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the Chinese README", () => {
  const zh = readFileSync(join(ROOT, "README.zh-CN.md"), "utf8");
  // YAML blocks without their comments, which each README writes in its own language
  const yamlBlocks = (text: string) =>
    [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/ +#.*$/gm, ""));

  it("opens with the same two commands, and each README links the other", () => {
    expect(/```sh\n([\s\S]*?)```/.exec(zh)![1]).toMatch(/^npm ci && npm run demo\b[\s\S]*^npm test\b/m);
    expect(README).toContain("(README.zh-CN.md)");
    expect(zh).toContain("(README.md)");
  });

  it("shows the English README's model and claims file, word for word but the comments", () => {
    const english = yamlBlocks(README);
    const chinese = yamlBlocks(zh);
    expect(chinese.length).toBe(2);
    for (const block of chinese) expect(english).toContain(block);
  });

  it("names only files that exist and commands that exist", () => {
    for (const [path] of zh.matchAll(/examples\/[\w./-]+\.(?:txt|yaml)/g))
      expect(readFileSync(join(ROOT, path), "utf8").length, path).toBeGreaterThan(0);
    const commands = new Set(["run", "verify", "extract", "solve", "sweep", "compare", "simulate", "report", "schema"]);
    for (const [, command] of zh.matchAll(/plansheet (\w+)/g)) expect(commands, command).toContain(command);
  });
});

describe("the version", () => {
  it("is the same in the command line and in package.json", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});

describe("what the example cites", () => {
  const example = join(ROOT, "examples/mentougou-2021");

  it("names as its source a file inside the repository, and the demo cites that file", () => {
    const model = readFileSync(join(example, "model.yaml"), "utf8");
    const source = /^source: (.+)$/m.exec(model)![1]!;
    const path = resolve(example, source);
    expect(path.startsWith(`${ROOT}/`)).toBe(true);
    expect(readFileSync(path, "utf8")).toContain("门头沟");
    const demo = readFileSync(join(example, "demo.ts"), "utf8");
    for (const [, cited] of demo.matchAll(/Source: (\S+)/g))
      expect(readFileSync(join(ROOT, cited!), "utf8").length).toBeGreaterThan(0);
  });

  it("ships a LICENSE that package.json names", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { license: string; files: string[] };
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toContain(`${pkg.license} License`);
    expect(pkg.files).toContain("LICENSE");
  });
});
