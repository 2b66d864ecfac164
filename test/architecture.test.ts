import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The layers of src/, lowest first (docs/ARCHITECTURE.md): a folder may import only from folders of lower rank.
const RANK: Record<string, number> = {
  core: 0,
  units: 1,
  formula: 2,
  structure: 3,
  evaluation: 4,
  scenarios: 5,
  verification: 5,
  targets: 6,
  extraction: 6,
  montecarlo: 7,
  io: 8,
  render: 8,
  workbook: 8,
  charts: 9,
  page: 10,
  cli: 11,
};

const SRC = resolve(__dirname, "../src");

/** The longest a source file may grow before it is split by what it does. */
const MAX_LINES = 450;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every import specifier of a file: static imports, re-exports and dynamic imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/g),
    ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g),
  ];
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
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s.startsWith(".") && layerOf(resolve(dirname(f), s)) === "node")
          .map((s) => `${relative(SRC, f)} → ${s}`),
      );
    expect(offending).toEqual([]);
  });

  it("lets nothing but the executable import the command line", () => {
    const offending = files
      .filter((f) => layerOf(f) !== "cli")
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s.startsWith(".") && layerOf(resolve(dirname(f), s)) === "cli")
          .map((s) => `${relative(SRC, f)} → ${s}`),
      );
    expect(offending).toEqual([]);
  });

  it(`keeps every source file focused: at most ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => [relative(SRC, f), readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it("links doc comments only to names their file can see, and cites no document the repository lacks", () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (/\bDESIGN\b/.test(text)) broken.push(`${relative(SRC, file)}: cites DESIGN`);
      for (const [, name] of text.matchAll(/\{@link\s+([A-Za-z_$][\w$]*)/g)) {
        const declared = new RegExp(`(?:function|class|interface|type|const|let|enum)\\s+${name}\\b`).test(text);
        const imported = new RegExp(`(?:import|export)\\s[^;]*\\b${name}\\b[^;]*from`).test(text);
        if (!declared && !imported) broken.push(`${relative(SRC, file)}: {@link ${name}}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("makes every usage error with usageError (core/issues.ts), one shape for all", () => {
    const inline = files
      .filter((f) => !f.endsWith("core/issues.ts"))
      .filter((f) => readFileSync(f, "utf8").includes('makeIssue("usage"'))
      .map((f) => relative(SRC, f));
    expect(inline).toEqual([]);
  });

  it("has no import cycle among the files of a folder", () => {
    // Edges between files of the same top-level folder (index.ts re-exports included); a cycle is a strongly
    // connected set of two or more files, found by a depth-first search with an explicit stack.
    const edges = new Map<string, string[]>();
    for (const file of files) {
      edges.set(
        file,
        importsOf(file)
          .filter((s) => s.startsWith("."))
          .map((s) => resolve(dirname(file), s).replace(/\.js$/, ".ts"))
          .filter((target) => target !== file && layerOf(target) === layerOf(file)),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    for (const root of files) {
      if (state.has(root)) continue;
      const path: string[] = [];
      const stack: { file: string; next: number }[] = [{ file: root, next: 0 }];
      state.set(root, "open");
      path.push(root);
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const out = edges.get(frame.file) ?? [];
        if (frame.next < out.length) {
          const target = out[frame.next++]!;
          if (state.get(target) === "open")
            cycles.push([...path.slice(path.indexOf(target)), target].map((f) => relative(SRC, f)).join(" → "));
          else if (!state.has(target)) {
            state.set(target, "open");
            path.push(target);
            stack.push({ file: target, next: 0 });
          }
          continue;
        }
        state.set(frame.file, "done");
        path.pop();
        stack.pop();
      }
    }
    expect(cycles).toEqual([]);
  });

  it("keeps each folder's index.ts to what other layers, the entries, the examples or the benchmarks use", () => {
    const names = (list: string) =>
      list
        .split(",")
        .map((part) => part.trim().replace(/^type\s+/, ""))
        .filter((part) => part !== "");
    const users = [
      ...files,
      ...sourceFiles(resolve(SRC, "../benchmarks")),
      ...sourceFiles(resolve(SRC, "../examples")),
    ];
    const used = new Map<string, Set<string>>();
    for (const file of users) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
        const target = resolve(dirname(file), m[2]!);
        if (!m[2]!.startsWith(".") || !target.endsWith("/index.js") || dirname(target) === SRC) continue;
        const folder = layerOf(target);
        if (file.startsWith(`${join(SRC, folder)}/`)) continue;
        const set = used.get(folder) ?? new Set<string>();
        for (const name of names(m[1]!)) set.add(name.split(/\s+as\s+/)[0]!);
        used.set(folder, set);
      }
    }
    const unused: string[] = [];
    for (const folder of Object.keys(RANK).filter((f) => existsSync(join(SRC, f, "index.ts")))) {
      const text = readFileSync(join(SRC, folder, "index.ts"), "utf8");
      for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from/g)) {
        for (const name of names(m[1]!)) {
          const exported = name.split(/\s+as\s+/).pop()!;
          if (!used.get(folder)?.has(exported)) unused.push(`${folder}: ${exported}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });
});
