import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, type Spread, spreadOf } from "../harness.js";

/** One command's start-up: its median wall time and `node -e 0`'s, timed in alternation. */
export interface StartUpRow {
  readonly name: string;
  readonly ms: number;
  readonly nodeMs: number;
  /** The command's median over the bare Node's median in the same pairs. */
  readonly ratio: number;
  /** The spread of the command's runs, ms. */
  readonly spread: Spread;
}

/** Start-up as a user meets it: commands against a bare `node -e 0`, and the library's first import. */
export interface StartUpResult {
  readonly runs: number;
  readonly rows: readonly StartUpRow[];
  /** `await import("plansheet")` in a fresh process, median milliseconds. */
  readonly importMs: number;
  readonly importSpread: Spread;
}

const root = fileURLToPath(new URL("../../", import.meta.url));

function wall(args: readonly string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (run.status !== 0 && run.status !== 3) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

/**
 * Builds the package (`dist/`, as a user installs it), then times each command `runs` times, each run paired
 * with a `node -e 0` right before it, so that both see the same load; and the first import of the library in a
 * fresh process, timed inside it.
 */
export function startUp(runs: number): StartUpResult {
  execFileSync("npx", ["tsup", "--silent"], { cwd: root, stdio: "ignore" });
  const commands: [string, string[]][] = [
    ["plansheet schema", ["dist/cli.js", "schema"]],
    [
      "plansheet verify examples/mentougou-2021/claims.yaml",
      ["dist/cli.js", "verify", "examples/mentougou-2021/claims.yaml"],
    ],
    ["plansheet run examples/mentougou-2021/model.yaml", ["dist/cli.js", "run", "examples/mentougou-2021/model.yaml"]],
  ];
  const rows = commands.map(([name, args]) => {
    wall(args);
    const bare: number[] = [];
    const mine: number[] = [];
    for (let k = 0; k < runs; k++) {
      bare.push(wall(["-e", "0"]));
      mine.push(wall(args));
    }
    return {
      name,
      ms: median(mine),
      nodeMs: median(bare),
      ratio: median(mine) / median(bare),
      spread: spreadOf(mine),
    };
  });
  const entry = pathToFileURL(`${root}dist/index.js`).href;
  const script = `const t0 = performance.now(); await import(${JSON.stringify(entry)}); process.stdout.write(String(performance.now() - t0));`;
  const imports = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })),
  );
  return { runs, rows, importMs: median(imports), importSpread: spreadOf(imports) };
}
