import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The layers of src/, lowest first (DESIGN "Layers"): a folder may import only from folders of lower rank.
const RANK: Record<string, number> = {
  core: 0,
  units: 1,
  formula: 2,
  model: 3,
  evaluation: 4,
  scenarios: 5,
  verification: 5,
  targets: 6,
  montecarlo: 7,
  io: 8,
  render: 8,
  cli: 9,
};

const SRC = resolve(__dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every import specifier of a file: static imports, re-exports and dynamic imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/g), ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)];
  return specs.map((m) => m[1]!);
}

const layerOf = (file: string) => relative(SRC, file).split("/")[0]!;

describe("architecture", () => {
  const files = sourceFiles(SRC);

  it("keeps the layers one-way: each folder imports only from lower layers", () => {
    const offending: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (!(from in RANK)) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to === from) continue;
        const allowed = to in RANK ? RANK[to]! < RANK[from]! : from === "cli";
        if (!allowed) offending.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("crosses folders only through each folder's index.ts, its contract", () => {
    const offending: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to === from || !(to in RANK)) continue;
        if (!/\/index\.js$/.test(spec)) offending.push(`${relative(SRC, file)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("keeps the browser-safe entry free of node: imports, all the way down", () => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec.startsWith("node:") || ["fs", "path", "os", "worker_threads", "child_process"].includes(spec)) {
          offending.push(`${relative(SRC, file)} imports ${spec}`);
        } else if (spec.startsWith(".")) {
          visit(resolve(dirname(file), spec).replace(/\.js$/, ".ts"));
        }
      }
    };
    visit(join(SRC, "index.ts"));
    expect(seen.size).toBeGreaterThan(20);
    expect(offending).toEqual([]);
  });

  it("keeps Node-only code (src/node/, worker threads) out of every layer: only the plansheet/node entry uses it", () => {
    const offending = files
      .filter((f) => layerOf(f) !== "node" && relative(SRC, f) !== "node.ts")
      .flatMap((f) => importsOf(f).filter((s) => s.startsWith(".") && layerOf(resolve(dirname(f), s)) === "node").map((s) => `${relative(SRC, f)} → ${s}`));
    expect(offending).toEqual([]);
  });

  it("lets nothing but the executable import the command line", () => {
    const offending = files
      .filter((f) => layerOf(f) !== "cli")
      .flatMap((f) => importsOf(f).filter((s) => s.startsWith(".") && layerOf(resolve(dirname(f), s)) === "cli").map((s) => `${relative(SRC, f)} → ${s}`));
    expect(offending).toEqual([]);
  });
});
