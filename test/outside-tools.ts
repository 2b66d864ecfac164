import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** A program found by name on PATH, or at a path given. */
function located(candidate: string): string | undefined {
  if (candidate.includes("/")) return existsSync(candidate) ? candidate : undefined;
  try {
    return execFileSync("which", [candidate], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of an outside program a test needs (headless Chromium, Deno, a Python with nbclient): the environment
 * variable named, else the first candidate (a name on PATH or a path) found that `works`. `.ci/run` installs each
 * one; in CI (`CI` set) a missing program fails the test. Elsewhere the test is skipped with the reason printed,
 * never silently.
 */
export function outsideTool(
  candidates: readonly string[],
  variable: string,
  install: string,
  works: (path: string) => boolean = () => true,
): string | undefined {
  const given = process.env[variable];
  if (given) return given;
  for (const candidate of candidates) {
    const path = located(candidate);
    if (path && works(path)) return path;
  }
  const reason = `${candidates.join(" or ")} is not available (${install}; or set ${variable})`;
  if (process.env.CI) throw new Error(`${reason}: .ci/run installs it, so in CI this is a failure`);
  console.warn(`skipped: ${reason}`);
  return undefined;
}
