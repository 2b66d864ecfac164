/**
 * The measures of the Mentougou example (`measures/mentougou-run.ts`) bundled with the library as the package ships
 * it, and run one at a time in fresh processes: used by `benchmarks/mentougou.ts`, and by `npm run bench` for the
 * goal seek on probability on every target.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The Mentougou example's model file. */
export const MENTOUGOU_MODEL = `${root}examples/mentougou-2021/model.yaml`;

/**
 * Bundles the measures into `out` with the library as the package ships it: ES modules, `plansheet/node`'s Monte
 * Carlo worker next to the code that starts it, the optional peers left out.
 */
export async function bundleMentougou(out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      "mentougou-run": `${root}benchmarks/measures/mentougou-run.ts`,
      "montecarlo-worker": `${root}src/node/worker.ts`,
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["exceljs", "vega", "vega-lite"],
    // the CommonJS dependencies (yaml, commander) require Node's own modules: give them a real require
    banner: {
      js: 'import { createRequire as __require_ } from "node:module"; const require = __require_(import.meta.url);',
    },
    logLevel: "error",
  });
}

/** Runs one measure (`loop`, `threads` or `seek`) of the bundle in `out` in a fresh process and reads its JSON. */
export function runMentougou<T>(out: string, name: string, trials: number, rounds: number): T {
  const args = [`${out}/mentougou-run.js`, name, MENTOUGOU_MODEL, String(trials), String(rounds)];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 })) as T;
}
