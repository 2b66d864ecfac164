import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface MemoryRow {
  readonly name: string;
  /** Growth of `heapUsed` from before building to after the first evaluation. */
  readonly heapMB: number;
  /** Growth of memory outside the heap (typed arrays' contents), for completeness. */
  readonly outsideMB: number;
  /** Build and first evaluation, in that process (cold: no warm-up). */
  readonly ms: number;
}

export interface MemoryResult {
  readonly chains: number;
  readonly rows: readonly MemoryRow[];
  /** plansheet's heap growth over HyperFormula's. */
  readonly ratio: number;
}

function probe(kind: "plansheet" | "hyperformula", chains: number): MemoryRow {
  const script = fileURLToPath(new URL("./memory-probe.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", script, kind, String(chains)], {
    encoding: "utf8",
  });
  const result = JSON.parse(output.trim().split("\n").pop()!) as {
    heapBytes: number;
    outsideBytes: number;
    ms: number;
  };
  const name =
    kind === "plansheet" ? "plansheet (model built, compiled, evaluated)" : "HyperFormula (sheet built and evaluated)";
  return { name, heapMB: result.heapBytes / 2 ** 20, outsideMB: result.outsideBytes / 2 ** 20, ms: result.ms };
}

/** Heap growth of a built model of M(N, 10), each in a fresh process. */
export function memory(chains: number): MemoryResult {
  const rows = [probe("plansheet", chains), probe("hyperformula", chains)];
  return { chains, rows, ratio: rows[0]!.heapMB / rows[1]!.heapMB };
}
