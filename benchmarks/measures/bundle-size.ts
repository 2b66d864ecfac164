import { build, type BuildResult } from "esbuild";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The core entry bundled for a browser page, minified: its size and what it is made of. */
export interface BundleSizeResult {
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Bytes in the bundle by package (`plansheet` for the library's own code), largest first. */
  readonly parts: readonly { readonly name: string; readonly bytes: number }[];
}

/** The core entry `src/index.ts` bundled by esbuild as a page's bundler would: ES module, browser, minified, tree-shaken. */
export function bundleCore(): Promise<BuildResult<{ write: false; metafile: true }>> {
  return build({
    entryPoints: [fileURLToPath(new URL("../../src/index.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "error",
  });
}

/** The size of {@link bundleCore}'s output, and what it is made of. */
export async function bundleSize(): Promise<BundleSizeResult> {
  const result = await bundleCore();
  const code = result.outputFiles[0]!.contents;
  const parts = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const name = inPackage ? inPackage[1]! : "plansheet";
      parts.set(name, (parts.get(name) ?? 0) + bytesInOutput);
    }
  }
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code).length,
    parts: [...parts].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
