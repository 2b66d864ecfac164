import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");

/** The newest modification time under a folder. */
function newest(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** Builds the package when `dist/` is older than the sources: notebooks import it by name, as a user's would. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = Math.min(
      ...["index.js", "index.cjs", "node.cjs", "svg.cjs"].map((f) => statSync(join(ROOT, "dist", f)).mtimeMs),
    );
  } catch {
    built = 0;
  }
  if (built < newest(join(ROOT, "src"))) execFileSync("npx", ["tsup", "--silent"], { cwd: ROOT, stdio: "ignore" });
}
