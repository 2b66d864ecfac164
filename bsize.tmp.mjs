import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const r = await build({ entryPoints: ["src/index.ts"], bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, logLevel: "error" });
const out = r.outputFiles[0].contents;
console.log("bytes", out.length, "gzip", gzipSync(out).length);
const byPkg = {};
for (const [f, v] of Object.entries(r.metafile.outputs)) for (const [inp, m] of Object.entries(v.inputs)) {
  const k = inp.includes("node_modules/") ? inp.split("node_modules/")[1].split("/").slice(0, inp.includes("node_modules/@") ? 2 : 1).join("/") + (inp.includes("zod/v4/locales") ? "/locales" : "") : "src";
  byPkg[k] = (byPkg[k] ?? 0) + m.bytesInOutput;
}
console.log(Object.entries(byPkg).sort((a, b) => b[1] - a[1]));
